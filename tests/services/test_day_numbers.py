"""Day numbers: Python, numpy and SQLite agree on which number a date is."""

from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import pytest

from app.services import day_numbers

DATES = [dt.date(1970, 1, 1), dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date(2026, 11, 27)]


def test_the_epoch_is_day_zero() -> None:
    assert day_numbers.from_date(day_numbers.EPOCH) == 0
    assert day_numbers.from_date(dt.date(1970, 1, 2)) == 1
    assert day_numbers.from_date(dt.date(1969, 12, 31)) == -1


@pytest.mark.parametrize("date", DATES)
def test_round_trip(date: dt.date) -> None:
    assert day_numbers.to_date(day_numbers.from_date(date)) == date


def test_numpy_counts_from_the_same_day() -> None:
    days = np.array([day_numbers.from_date(d) for d in DATES])
    assert day_numbers.to_iso(days) == [d.isoformat() for d in DATES]
    assert day_numbers.as_datetime64(days).tolist() == DATES


def test_missing_is_no_real_day() -> None:
    assert day_numbers.from_date(dt.date(1, 1, 1)) > day_numbers.MISSING
    assert np.array([day_numbers.MISSING], dtype=np.int64)[0] == day_numbers.MISSING


def test_sqlite_agrees() -> None:
    conn = sqlite3.connect(":memory:")
    try:
        for date in DATES:
            got = conn.execute(f"SELECT {day_numbers.sql('?')}", (date.isoformat(),)).fetchone()
            assert got[0] == day_numbers.from_date(date)
        # A time of day does not move a date after the epoch to the next day.
        got = conn.execute(f"SELECT {day_numbers.sql('?')}", ("2026-11-27 23:59:00",)).fetchone()
        assert got[0] == day_numbers.from_date(dt.date(2026, 11, 27))
        assert conn.execute(f"SELECT {day_numbers.sql('NULL')}").fetchone()[0] is None
        assert conn.execute(f"SELECT {day_numbers.sql('?')}", ("lapse:x",)).fetchone()[0] is None
    finally:
        conn.close()
