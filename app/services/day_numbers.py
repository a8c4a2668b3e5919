"""Dates as day numbers: whole days since 1970-01-01, so date arithmetic is integer arithmetic
and vectorises in pandas and numpy. numpy's datetime64[D] counts from the same day.

Every service that turns a date into a number, or back, does it here; SQL does it with `sql`.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

EPOCH = dt.date(1970, 1, 1)
# A day number that is no date (blank or unreadable cell): int64's smallest value, so it fits an
# int64 array beside real days and sorts before all of them.
MISSING = int(np.iinfo(np.int64).min)
# SQLite's julianday() of EPOCH at midnight.
_JULIAN_EPOCH = 2440587.5


def from_date(value: dt.date) -> int:
    return (value - EPOCH).days


def to_date(day: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(day))


def sql(expression: str) -> str:
    """SQLite's SQL for the day number of a date (or date-time) column or expression, NULL stays
    NULL. Code that may run on a shared server (team mode) uses `sql_dialect.day_number`."""
    return f"CAST(julianday({expression}) - {_JULIAN_EPOCH} AS INTEGER)"


def to_iso(days: np.ndarray | pd.Series) -> list[str]:
    """Day numbers (none MISSING) -> ISO date strings, vectorised."""
    iso: list[str] = as_datetime64(days).astype(str).tolist()
    return iso


def as_datetime64(days: np.ndarray | pd.Series) -> np.ndarray:
    """Day numbers -> numpy dates (datetime64[D])."""
    return np.asarray(days, dtype="int64").astype("datetime64[D]")
