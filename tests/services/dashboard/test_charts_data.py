"""The dashboard pictures' numbers on a hand-written shop where every cell is counted by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.models import Customer, Purchase
from app.services.dashboard.charts_data import compute_charts
from app.services.database import Database

AS_OF = dt.date(2026, 11, 27)
NAN = float("nan")

SHOP = {
    # Cohort September 2026: Анна and Борис.
    "Анна": [("2026-09-03", 100), ("2026-09-20", 200), ("2026-10-05", 300), ("2026-11-10", 50),
             ("2026-12-05", 999)],  # after the as-of date: ignored
    "Борис": [("2026-09-15", 400), ("2026-11-01", 100)],
    # Cohort October 2026: Вера (a refund is no order and no order money) and Глеб.
    "Вера": [("2026-10-02", 1000), ("2026-10-10", -300)],
    "Глеб": [("2026-10-30", 500), ("2026-10-31", 250)],
    # Cohort November 2026: Дина alone (a cohort too small to read).
    "Дина": [("2026-11-20", 70)],
    # October 2025: a year before, outside three cohorts; its money is last year's line.
    "Ева": [("2025-10-15", 800)],
    # Buys only after the as-of date: not there at all.
    "Жора": [("2026-12-01", 999)],
}


def _shop(db: Database, purchases: dict[str, list[tuple[str, int]]]) -> None:
    with db.transaction() as session:
        for name, lines in purchases.items():
            customer = Customer(display_name=name)
            session.add(customer)
            session.flush()
            for day, roubles in lines:
                session.add(Purchase(customer_id=customer.id,
                                     purchased_on=dt.date.fromisoformat(day),
                                     amount_minor=roubles * 100))


def test_cohort_matrix_and_value_counted_by_hand(db: Database) -> None:
    _shop(db, SHOP)
    cohorts = compute_charts(db, AS_OF, months=3, cohorts=3).cohorts
    assert cohorts.months == [dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)]
    assert cohorts.sizes.tolist() == [2, 2, 1]
    # Sep: both bought in Sep, Анна in Oct, both in Nov. Oct: both in Oct, nobody in Nov.
    expected = np.array([[2, 1, 2], [2, 0, NAN], [1, NAN, NAN]])
    np.testing.assert_array_equal(cohorts.buyers, expected)
    np.testing.assert_array_equal(cohorts.shares, expected / np.array([[2], [2], [1]]))
    assert cohorts.small.tolist() == [[True] * 3] * 3  # every cohort under five customers
    # Money per cohort customer, accumulated: Sep 700, +300, +150 over 2; Oct 1750 over 2.
    value = np.array([[350, 500, 575], [875, 875, NAN], [70, NAN, NAN]]) * 100
    np.testing.assert_array_equal(cohorts.value, value)


def test_revenue_histograms_counted_by_hand(db: Database) -> None:
    _shop(db, SHOP)
    data = compute_charts(db, AS_OF, months=3, cohorts=3)
    revenue = data.revenue
    assert [m.month for m in revenue["month"]] == [9, 10, 11]
    assert (revenue["new_revenue_minor"] / 100).tolist() == [500, 1500, 70]
    assert (revenue["returning_revenue_minor"] / 100).tolist() == [200, 550, 150]
    assert (revenue["previous_year_minor"] / 100).tolist() == [0, 800, 0]
    # Gaps: Анна 17, 15, 36; Борис 47; Глеб 1.
    gaps = data.gaps.set_index("low")["count"]
    assert gaps.to_dict() == {0: 1, 8: 0, 15: 2, 31: 2, 61: 0, 91: 0, 181: 0, 366: 0}
    assert data.gaps["high"].tolist()[:3] == [7, 14, 30] and pd.isna(data.gaps["high"].iloc[-1])
    # Orders: Анна 4, Борис 2, Вера 1, Глеб 2, Дина 1, Ева 1.
    per = data.orders_per_customer.set_index("low")["count"]
    assert per.to_dict() == {1: 3, 2: 2, 3: 0, 4: 1, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0}


def test_twelve_cohorts_leave_older_first_orders_out(db: Database) -> None:
    _shop(db, SHOP)
    cohorts = compute_charts(db, AS_OF).cohorts
    assert cohorts.months[0] == dt.date(2025, 12, 1) and len(cohorts.months) == 12
    assert cohorts.sizes.sum() == 5  # Ева's October 2025 is thirteen months back
    assert cohorts.buyers[0, 0] == 0 and np.isnan(cohorts.buyers[0, 1:]).sum() == 0
    assert np.isnan(cohorts.buyers[-1, 1:]).all()


def test_as_of_ignores_later_purchases(db: Database) -> None:
    _shop(db, SHOP)
    earlier = compute_charts(db, dt.date(2026, 9, 30), months=1, cohorts=1)
    assert earlier.cohorts.sizes.tolist() == [2]
    assert earlier.cohorts.buyers.tolist() == [[2]]
    assert (earlier.revenue["new_revenue_minor"] / 100).tolist() == [500]
    assert (earlier.revenue["returning_revenue_minor"] / 100).tolist() == [200]
    assert earlier.orders_per_customer.set_index("low")["count"][1] == 2  # Борис, Ева
    assert earlier.orders_per_customer.set_index("low")["count"][2] == 1  # Анна, in September


def test_empty_shop(db: Database) -> None:
    data = compute_charts(db, AS_OF)
    assert data.empty
    assert data.cohorts.months == [] and data.cohorts.buyers.shape == (0, 0)
    assert data.revenue["new_revenue_minor"].sum() == 0 and len(data.revenue) == 12
    assert data.gaps["count"].sum() == 0 and data.orders_per_customer["count"].sum() == 0


def test_one_customer_shop(db: Database) -> None:
    _shop(db, {"Анна": [("2026-11-02", 100), ("2026-11-09", 40)]})
    data = compute_charts(db, AS_OF)
    assert not data.empty
    assert data.cohorts.months == [dt.date(2026, 11, 1)]
    assert data.cohorts.buyers.tolist() == [[1]]  # two orders in one month: one customer
    assert data.cohorts.value.tolist() == [[14000]]
    assert data.gaps.set_index("low")["count"][0] == 1  # 7 days
    assert data.orders_per_customer.set_index("low")["count"][2] == 1
    assert data.revenue["returning_revenue_minor"].iloc[-1] == 4000


def test_free_orders_are_orders_in_the_revenue_bars(db: Database) -> None:
    """tests/free_shop.py by hand, as of 27 Nov 2026."""
    from tests.free_shop import create_free_shop

    create_free_shop(db)
    revenue = compute_charts(db, AS_OF).revenue.set_index("month")
    november, august = revenue.loc[dt.date(2026, 11, 1)], revenue.loc[dt.date(2026, 8, 1)]
    # November: Борис's and Дарья's first orders are free; Анна's 2000 ₽ and Вера's gift repeat.
    assert (november["new_revenue_minor"], november["returning_revenue_minor"]) == (0, 200_000)
    assert august["new_revenue_minor"] == 0  # Вера's free sample is her first order
