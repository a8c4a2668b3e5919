"""The monthly report's content: the same month last year, the month chosen, segment counts at
both month ends (snapshots or history), an empty database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from app.services.dashboard.overview import FigureSettings
from app.services.dashboard.periods import calendar_period, custom_period
from app.services.dashboard.report_data import (
    build_report,
    check_output,
    parse_month,
    report_month,
    segment_rows,
)
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.segments.reports import customer_segments
from tests.services.dashboard.hand_shop import AS_OF, PURCHASES, create_hand_shop

MAY = calendar_period("month", dt.date(2026, 5, 1))


def test_year_before_is_the_same_month_or_range_a_year_earlier() -> None:
    assert MAY.year_before() == calendar_period("month", dt.date(2025, 5, 17))
    quarter = calendar_period("quarter", dt.date(2026, 2, 1))
    assert quarter.year_before().first_date == dt.date(2025, 1, 1)
    assert quarter.year_before().last_date == dt.date(2025, 3, 31)
    leap = custom_period(dt.date(2024, 2, 29), dt.date(2024, 3, 10))
    assert leap.year_before() == custom_period(dt.date(2023, 2, 28), dt.date(2023, 3, 10))


def test_month_text_and_the_months_that_can_be_reported() -> None:
    assert parse_month(" 2026-03 ") == dt.date(2026, 3, 1)
    for bad in ("2026-13", "March", "2026", "2026-3-1", ""):
        with pytest.raises(UserFacingError, match="is not a month"):
            parse_month(bad)
    assert report_month(dt.date(2026, 11, 1), dt.date(2026, 11, 27)).last_date == dt.date(
        2026, 11, 30)  # the month in progress may be reported
    with pytest.raises(UserFacingError, match="has not started yet"):
        report_month(dt.date(2026, 12, 1), dt.date(2026, 11, 27))


def test_output_folder_is_checked_first(tmp_path: Path) -> None:
    check_output(tmp_path / "report.pdf")
    with pytest.raises(UserFacingError, match="no such folder"):
        check_output(tmp_path / "missing" / "report.pdf")
    with pytest.raises(UserFacingError, match="it is a folder"):
        check_output(tmp_path)


def test_may_against_april_and_may_last_year(db: Database) -> None:
    # J bought twice in May 2025 (250 + 150 roubles) and never again.
    create_hand_shop(db, {**PURCHASES, "J": [("2025-05-10", 250), ("2025-05-20", 150)]})
    data = build_report(db, MAY, AS_OF, FigureSettings())
    now, before, last_year = (data.comparison.current, data.comparison.previous,
                              data.comparison.last_year)
    assert last_year is not None
    # May 2026 by hand: A 2000 - 300, B 700 + 300, C 0, D 600, H 100 = 3400 roubles; A, B, C,
    # D, H bought; A's refund is not an order, so A 1, B 2, C 1, D 1, H 1 = 6 orders.
    assert (now.buyers, now.orders, now.revenue_minor) == (5, 6, 340_000)
    # April 2026: nobody bought.
    assert (before.buyers, before.orders, before.revenue_minor) == (0, 0, 0)
    # May 2025: J alone, two orders, 400 roubles; new that month.
    assert last_year.period == calendar_period("month", dt.date(2025, 5, 1))
    assert (last_year.buyers, last_year.new_customers, last_year.orders,
            last_year.revenue_minor) == (1, 1, 2, 40_000)
    assert not data.empty
    # The pictures end with the reported month.
    assert data.charts.revenue["month"].iloc[-1] == dt.date(2026, 5, 1)


def test_segments_from_history_at_both_month_ends(db: Database) -> None:
    create_hand_shop(db)
    rows, from_snapshots = segment_rows(db, MAY, AS_OF)
    assert not from_snapshots
    now = Counter(s for s in customer_segments(db, dt.date(2026, 5, 31))["segment"]
                  if isinstance(s, str))
    before = Counter(s for s in customer_segments(db, dt.date(2026, 4, 30))["segment"]
                     if isinstance(s, str))
    assert {r.key: (r.now, r.before) for r in rows} == {
        k: (now[k], before[k]) for k in set(now) | set(before)}
    # Customers with an order by the end of May: A B C D E H I (7); by the end of April:
    # A D E I (4). G only returned something, F bought after today.
    assert (sum(r.now for r in rows), sum(r.before for r in rows)) == (7, 4)
    assert [r.now for r in rows] == sorted((r.now for r in rows), reverse=True)


def test_segments_from_the_months_last_snapshots(db: Database) -> None:
    ids = create_hand_shop(db)

    def snapshot(day: str, segments: dict[str, str]) -> None:
        conn = db.raw_connection()
        with conn:
            conn.executemany(
                "INSERT INTO segment_snapshots (taken_on, customer_id, segment) VALUES (?, ?, ?)",
                [(day, ids[name], segment) for name, segment in segments.items()])
        conn.close()

    snapshot("2026-04-30", {"A": "loyal", "D": "lost", "E": "new", "I": "lost"})
    snapshot("2026-05-10", {"A": "champions"})  # not the month's last: ignored
    snapshot("2026-05-31", {"A": "loyal", "B": "new", "D": "loyal", "E": "promising",
                            "I": "lost"})
    snapshot("2026-06-01", {"A": "lost"})  # the next month's
    rows, from_snapshots = segment_rows(db, MAY, AS_OF)
    assert from_snapshots
    # Biggest first; equal counts in the segment map's order (healthiest first).
    assert [(r.key, r.now, r.before) for r in rows] == [
        ("loyal", 2, 1), ("new", 1, 1), ("promising", 1, 0), ("lost", 1, 2)]


def test_an_empty_database_has_nothing_to_report(db: Database) -> None:
    data = build_report(db, MAY, AS_OF, FigureSettings())
    assert data.empty
    assert data.segments == []
    assert data.comparison.current.revenue_minor == 0
