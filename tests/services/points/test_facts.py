"""The `points` variable of scripts and Today's reason for "points_expiring"."""

from __future__ import annotations

import datetime as dt

from app.services.messages.context import context_for_customer
from app.services.points import store
from app.services.points.facts import expiring_reason, format_points
from tests.services.points.helpers import buy, points_on
from tests.services.reminders.data import add_customer

D0 = dt.date(2026, 3, 2)


def test_points_are_written_as_each_language_writes_numbers() -> None:
    assert format_points(6_172, "en") == "61.72"
    assert format_points(6_172, "ru") == "61,72"
    assert format_points(123_456_700, "en") == "1,234,567"
    assert format_points(123_456_700, "ru") == "1\u00a0234\u00a0567"
    assert format_points(-505, "en") == "-5.05"


def test_the_points_variable_is_the_balance_on_the_day_of_the_message(db, settings) -> None:
    points_on(settings, percent=5, delay=14)
    anna = add_customer(db, "Анна")
    buy(db, anna, D0, 123_456, "o1")
    store.sync(db, settings, D0, dt.datetime(2026, 3, 2, 9))
    before = context_for_customer(db, settings, anna, "ru", D0 + dt.timedelta(days=13))
    after = context_for_customer(db, settings, anna, "ru", D0 + dt.timedelta(days=14))
    assert before is not None and after is not None
    assert (before["points"], after["points"]) == ("0", "61,72")


def test_todays_reason_names_the_points_and_the_day() -> None:
    params = {"points": 6_000, "expires": "2026-04-08"}
    assert expiring_reason(params, "en") == "60 points expire on 8 Apr — remind them to use them"
    assert expiring_reason(params, "ru") == "08.04 сгорят баллы: 60 — напомнить, чтобы потратили"
