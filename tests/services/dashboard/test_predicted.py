"""Predicted CLV: the stored model's 12-month values, their mean per customer and their total."""

from __future__ import annotations

import datetime as dt

from app.services.dashboard.overview import FigureSettings, compare_periods
from app.services.dashboard.periods import calendar_period
from app.services.dashboard.predicted import predicted_clv
from app.services.database import Database
from tests.services.dashboard.hand_shop import AS_OF, create_hand_shop
from tests.services.dashboard.predicted_data import store_predictions


def test_mean_and_total_of_the_fitted_model(db: Database) -> None:
    ids = create_hand_shop(db)
    # 1200.00 + 300.50 + 0 = 1500.50 roubles over 3 customers = 500.1666… per customer.
    store_predictions(db, AS_OF, {ids["A"]: 120_000, ids["B"]: 30_050, ids["C"]: 0})
    found = predicted_clv(db, AS_OF)
    assert found is not None
    assert (found.model, found.total_minor, found.customers) == ("bgnbd", 150_050, 3)
    assert found.value.value == 150_050 / 3
    comparison = compare_periods(db, calendar_period("month", AS_OF), AS_OF, FigureSettings())
    assert comparison.predicted == found


def test_none_without_a_model_or_when_stale(db: Database) -> None:
    ids = create_hand_shop(db)
    assert predicted_clv(db, AS_OF) is None  # never fitted
    store_predictions(db, AS_OF, {ids["A"]: 120_000}, model="simple")
    assert predicted_clv(db, AS_OF) is None  # the simple estimate is no model
    store_predictions(db, AS_OF, {ids["A"]: 120_000})
    assert predicted_clv(db, AS_OF) is not None
    assert predicted_clv(db, AS_OF + dt.timedelta(days=1)) is None  # fitted for another day
