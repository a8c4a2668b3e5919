"""Everything the monthly report shows, computed without Qt (the PDF is drawn by the UI layer).

A report is about one calendar month: its figures beside the previous month's and the same month
a year before, the dashboard's pictures as of the month's last day (the twelve months ending with
it), how many customers each segment held at the month's end against the previous month's end,
and the reminders' outcomes in the month.

Segment counts come from the stored monthly snapshots when both months have one (what the owner
saw then); otherwise both months are recomputed from the purchase history with today's segment
settings, the way a first snapshot is backfilled, so the two columns are always comparable.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.services.dashboard.charts_data import ChartsData, compute_charts
from app.services.dashboard.overview import Comparison, FigureSettings, compare_periods
from app.services.dashboard.periods import Period, calendar_period
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.segments.catalog import KEYS
from app.services.settings import QT_TRANSLATE_NOOP

BAD_MONTH = QT_TRANSLATE_NOOP("errors", "\"%1\" is not a month: write it as YYYY-MM, e.g. 2026-03.")
FUTURE_MONTH = QT_TRANSLATE_NOOP(
    "errors", "The month %1 has not started yet: choose an earlier one.")

CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Could not write the report to %1: %2")


@dataclass(frozen=True)
class SegmentRow:
    key: str
    now: int  # customers in the segment at the month's end
    before: int  # ... at the previous month's end


@dataclass(frozen=True)
class ReportData:
    month: Period
    comparison: Comparison  # with last_year filled
    charts: ChartsData
    segments: list[SegmentRow]
    segments_from_snapshots: bool

    @property
    def empty(self) -> bool:
        """Nobody had ordered by the month's end: nothing to report."""
        return not self.comparison.current.repeat_rate.whole


def parse_month(text: str) -> dt.date:
    """"2026-03" -> 1 March 2026; a clear error for anything else."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return dt.date(year, month, 1)
    except (ValueError, TypeError):
        raise UserFacingError(BAD_MONTH, params=[text]) from None


def report_month(month: dt.date, today: dt.date) -> Period:
    """The calendar month holding `month`; one that has not started is an error."""
    period = calendar_period("month", month)
    if period.first_date > today:
        raise UserFacingError(FUTURE_MONTH, params=[period.first_date.isoformat()[:7]])
    return period


def check_output(path: Path) -> None:
    """Say before the work that the PDF cannot be written there (writing may still fail)."""
    folder = path.parent
    if path.is_dir():
        raise UserFacingError(CANNOT_WRITE, params=[str(path), "it is a folder"])
    if not folder.is_dir():
        raise UserFacingError(CANNOT_WRITE, params=[str(path), "no such folder"])
    if not os.access(folder, os.W_OK):
        raise UserFacingError(CANNOT_WRITE, params=[str(path), "the folder is read-only"])


def build_report(db: Database, month: Period, today: dt.date,
                 config: FigureSettings) -> ReportData:
    comparison = compare_periods(db, month, today, config, last_year=True)
    charts = compute_charts(db, min(month.last_date, today))
    segments, from_snapshots = segment_rows(db, month, today)
    return ReportData(month, comparison, charts, segments, from_snapshots)


def segment_rows(db: Database, month: Period, today: dt.date) -> tuple[list[SegmentRow], bool]:
    """Customers per segment at the month's end and the previous month's end, biggest first;
    whether the counts are the stored snapshots'."""
    now, before = _snapshot_counts(db, month), _snapshot_counts(db, month.previous())
    from_snapshots = now is not None and before is not None
    if now is None or before is None:
        now = _history_counts(db, min(month.last_date, today))
        before = _history_counts(db, month.previous().last_date)
    order = {key: i for i, key in enumerate(KEYS)}
    keys = sorted(set(now) | set(before), key=lambda k: (-now.get(k, 0), order.get(k, 99)))
    return [SegmentRow(k, now.get(k, 0), before.get(k, 0)) for k in keys], from_snapshots


def _snapshot_counts(db: Database, month: Period) -> Counter[str] | None:
    """Counts of the month's last snapshot, or None when the month has none."""
    conn = db.raw_connection()
    try:
        taken = conn.execute(
            "SELECT MAX(taken_on) FROM segment_snapshots WHERE taken_on BETWEEN ? AND ?",
            (month.first_date.isoformat(), month.last_date.isoformat())).fetchone()[0]
        if taken is None:
            return None
        rows = conn.execute("SELECT segment, COUNT(*) FROM segment_snapshots WHERE taken_on = ?"
                            " GROUP BY segment", (taken,)).fetchall()
    finally:
        conn.close()
    return Counter({str(segment): int(count) for segment, count in rows if segment})


def _history_counts(db: Database, day: dt.date) -> Counter[str]:
    from app.services.segments.reports import customer_segments  # heavy; only when needed

    frame = customer_segments(db, day)
    return Counter(s for s in frame["segment"] if isinstance(s, str))
