"""One read of the purchases shared by the Dashboard's jobs gives exactly what each job's own
read gives (a purchase after the day included, which every job must ignore alike)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import numpy as np
import pandas as pd

from app.services.dashboard.charts_data import ChartsData, compute_charts
from app.services.dashboard.metrics import compute_dashboard
from app.services.dashboard.overview import FigureSettings, compare_periods
from app.services.dashboard.periods import calendar_period
from app.services.dashboard.shared import SharedOrders
from app.services.database import Database
from app.services.predictions.backtest import backtest, backtest_orders
from app.services.segments import orders as orders_mod
from tests.free_shop import create_free_shop
from tests.services.dashboard.hand_shop import AS_OF, create_hand_shop


def _same_charts(a: ChartsData, b: ChartsData) -> None:
    for name in ("revenue", "gaps", "orders_per_customer"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert a.cohorts.months == b.cohorts.months
    for name in ("sizes", "buyers", "value"):
        np.testing.assert_array_equal(getattr(a.cohorts, name), getattr(b.cohorts, name))


def test_shared_results_equal_each_jobs_own_read(db: Database) -> None:
    create_hand_shop(db)  # F's 2 July purchase is after AS_OF
    config = FigureSettings()
    for as_of in (AS_OF, dt.date(2026, 5, 31), dt.date(2026, 8, 1)):
        source = SharedOrders(db, as_of)
        period = calendar_period("month", as_of)
        assert compare_periods(db, period, as_of, config, source=source) == compare_periods(
            db, period, as_of, config)
        assert compute_dashboard(db, as_of, source=source) == compute_dashboard(db, as_of)
        _same_charts(compute_charts(db, as_of, source=source), compute_charts(db, as_of))
        shared, own = backtest_orders(source.all_orders(), as_of), backtest(db, as_of)
        assert (shared.cut, shared.enough, shared.reason, shared.model) == (
            own.cut, own.enough, own.reason, own.model)
        pd.testing.assert_frame_equal(shared.groups, own.groups)


def test_the_free_shop_too(db: Database) -> None:
    create_free_shop(db)  # free orders and refunds
    today = dt.date(2026, 11, 27)
    source = SharedOrders(db, today)
    assert compute_dashboard(db, today, source=source) == compute_dashboard(db, today)
    period = calendar_period("quarter", today)
    assert compare_periods(db, period, today, FigureSettings(), source=source) == (
        compare_periods(db, period, today, FigureSettings()))


def test_three_jobs_at_once_read_the_purchases_once(db: Database) -> None:
    create_hand_shop(db)
    source = SharedOrders(db, AS_OF)
    real = orders_mod.load_order_lines
    with (mock.patch.object(orders_mod, "load_order_lines", side_effect=real) as reads,
          ThreadPoolExecutor(max_workers=3) as pool):
        jobs = [pool.submit(compare_periods, db, calendar_period("month", AS_OF), AS_OF,
                            FigureSettings(), source=source),
                pool.submit(compute_dashboard, db, AS_OF, source=source),
                pool.submit(compute_charts, db, AS_OF, source=source)]
        board = jobs[1].result()
        for job in jobs:
            job.result()
    assert reads.call_count == 1
    assert board.buyers == 7  # hand_shop: A B C D E H I bought by AS_OF
    # The figures' job did not see the dashboard's added "nth" column: the frame is shared.
    assert "nth" not in source.orders().columns
