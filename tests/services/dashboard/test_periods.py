"""Periods: calendar boundaries (both ends included) and the previous period of each kind."""

from __future__ import annotations

import datetime as dt

from app.services.dashboard.periods import calendar_period, custom_period, default_period

D = dt.date


def _dates(period) -> tuple[dt.date, dt.date]:
    return period.first_date, period.last_date


def test_calendar_periods_and_their_previous() -> None:
    march = calendar_period("month", D(2024, 3, 31))
    assert _dates(march) == (D(2024, 3, 1), D(2024, 3, 31))
    assert _dates(march.previous()) == (D(2024, 2, 1), D(2024, 2, 29))  # a leap February
    q1 = calendar_period("quarter", D(2026, 2, 14))
    assert _dates(q1) == (D(2026, 1, 1), D(2026, 3, 31))
    assert _dates(q1.previous()) == (D(2025, 10, 1), D(2025, 12, 31))
    year = calendar_period("year", D(2026, 12, 31))
    assert _dates(year) == (D(2026, 1, 1), D(2026, 12, 31)) and year.days == 365
    assert _dates(calendar_period("month", D(2026, 12, 5))) == (D(2026, 12, 1), D(2026, 12, 31))


def test_custom_range_previous_has_the_same_length() -> None:
    week = custom_period(D(2026, 5, 10), D(2026, 5, 4))  # given backwards
    assert _dates(week) == (D(2026, 5, 4), D(2026, 5, 10)) and week.days == 7
    assert _dates(week.previous()) == (D(2026, 4, 27), D(2026, 5, 3))


def test_default_is_the_last_full_month() -> None:
    assert _dates(default_period(D(2026, 1, 1))) == (D(2025, 12, 1), D(2025, 12, 31))
    assert _dates(default_period(D(2026, 11, 27))) == (D(2026, 10, 1), D(2026, 10, 31))
