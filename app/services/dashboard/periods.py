"""Periods the dashboard compares: a month, a quarter, a year or any range of days.

A period is two day numbers (day_numbers), both ends included. Its previous period is the one of
the same kind just before it: the previous calendar month, quarter or year (so February is
compared with January, whatever their lengths), and for a custom range the same number of days
ending the day before it starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services import day_numbers

_MONTHS = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True)
class Period:
    kind: str  # "month", "quarter", "year" or "custom"
    first: int  # day number of the first day, included
    last: int  # day number of the last day, included

    @property
    def days(self) -> int:
        return self.last - self.first + 1

    @property
    def first_date(self) -> dt.date:
        return day_numbers.to_date(self.first)

    @property
    def last_date(self) -> dt.date:
        return day_numbers.to_date(self.last)

    def contains(self, day: int) -> bool:
        return self.first <= day <= self.last

    def previous(self) -> Period:
        if self.kind in _MONTHS:
            return calendar_period(self.kind, self.first_date - dt.timedelta(days=1))
        return Period("custom", self.first - self.days, self.first - 1)

    def year_before(self) -> Period:
        """The same month (quarter, year) a year earlier; a custom range shifted by a year
        (29 February becomes the 28th)."""
        if self.kind in _MONTHS:
            start = self.first_date
            return calendar_period(self.kind, start.replace(year=start.year - 1))
        return custom_period(_year_earlier(self.first_date), _year_earlier(self.last_date))


def _year_earlier(day: dt.date) -> dt.date:
    if (day.month, day.day) == (2, 29):
        day = day.replace(day=28)
    return day.replace(year=day.year - 1)


def calendar_period(kind: str, day: dt.date) -> Period:
    """The month, quarter or year holding `day`."""
    months = _MONTHS[kind]
    start_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, start_month, 1)
    end_month = start_month + months  # the first month after the period (may be 13)
    end = dt.date(day.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return Period(kind, day_numbers.from_date(start), day_numbers.from_date(end) - 1)


def custom_period(first: dt.date, last: dt.date) -> Period:
    if last < first:
        first, last = last, first
    return Period("custom", day_numbers.from_date(first), day_numbers.from_date(last))


def default_period(today: dt.date) -> Period:
    """The last full month: a month in progress always looks worse than the one before it."""
    return calendar_period("month", today.replace(day=1) - dt.timedelta(days=1))
