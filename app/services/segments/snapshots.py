"""Segment snapshots and "movement": who changed segment since the previous snapshot.

A snapshot copies every customer's current segment (from the customer_stats cache) under a date.
One is taken automatically at least once per calendar month (`ensure_monthly_snapshot`, called after
a recompute) and the owner can take one on demand; taking another on the same day replaces it.
Movement compares the cache with the latest snapshot taken *before* the cache's date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from app.services.database import Database
from app.services.segments.catalog import BY_KEY, DORMANT, name_of
from app.services.settings import LAST_SNAPSHOT_ON, QT_TRANSLATE_NOOP, Settings

_T = QT_TRANSLATE_NOOP
CAME_BACK = _T("segments", "{count} came back from {from_name}")
MOVED = _T("segments", "{count} moved {from_name} → {to_name}")
JOINED = _T("segments", "{count} joined {to_name}")


def take_snapshot(db: Database, taken_on: dt.date) -> int:
    """Store every segmented customer's current segment under `taken_on`; returns how many."""
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("DELETE FROM segment_snapshots WHERE taken_on = ?",
                         (taken_on.isoformat(),))
            cursor = conn.execute(
                "INSERT INTO segment_snapshots (taken_on, customer_id, segment)"
                " SELECT ?, customer_id, segment FROM customer_stats WHERE segment IS NOT NULL",
                (taken_on.isoformat(),),
            )
            count = cursor.rowcount
    finally:
        conn.close()
    Settings(db).set(LAST_SNAPSHOT_ON, taken_on.isoformat())
    return count


def backfill_snapshot(db: Database, taken_on: dt.date) -> int:
    """Store the segments customers *had* on a past day, recomputed from the purchase history
    (purchases after that day ignored, today's settings). Gives movement on the very first run."""
    from app.services.segments.reports import customer_segments  # heavy; only when needed

    frame = customer_segments(db, taken_on)
    rows = [(taken_on.isoformat(), int(c), s)
            for c, s in zip(frame["customer_id"], frame["segment"], strict=True)
            if isinstance(s, str)]
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("DELETE FROM segment_snapshots WHERE taken_on = ?",
                         (taken_on.isoformat(),))
            conn.executemany("INSERT INTO segment_snapshots (taken_on, customer_id, segment)"
                             " VALUES (?, ?, ?)", rows)
    finally:
        conn.close()
    return len(rows)


def ensure_monthly_snapshot(db: Database, today: dt.date, *, backfill_days: int = 30) -> bool:
    """Take a snapshot if none exists for `today`'s month yet (and there is anything to store).

    The first time ever, also reconstructs one `backfill_days` earlier from purchase history, so
    the owner sees movement at once instead of a month later.
    """
    dates = snapshot_dates(db)
    if dates and (dates[0].year, dates[0].month) == (today.year, today.month):
        return False
    if not _scalar(db, "SELECT COUNT(*) FROM customer_stats WHERE segment IS NOT NULL"):
        return False
    if not dates and backfill_days > 0:
        backfill_snapshot(db, today - dt.timedelta(days=backfill_days))
    take_snapshot(db, today)
    return True


def snapshot_dates(db: Database) -> list[dt.date]:
    """Dates of stored snapshots, newest first."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT DISTINCT taken_on FROM segment_snapshots ORDER BY taken_on DESC"
        ).fetchall()
    finally:
        conn.close()
    return [dt.date.fromisoformat(r[0]) for r in rows]


@dataclass(frozen=True)
class Movement:
    """Customers who were in `from_segment` (None: not in the snapshot), now in `to_segment`."""

    from_segment: str | None
    to_segment: str
    customer_ids: tuple[int, ...]
    kind: str  # "came_back" | "moved_up" | "moved_down" | "joined"

    @property
    def count(self) -> int:
        return len(self.customer_ids)

    @property
    def sentence(self) -> str:
        """English source template (context "segments"); fill with `params` after translating."""
        return {"came_back": CAME_BACK, "joined": JOINED}.get(self.kind, MOVED)

    @property
    def params(self) -> dict[str, object]:
        return {"count": self.count, "from_name": name_of(self.from_segment),
                "to_name": name_of(self.to_segment)}

    def text(self) -> str:
        return self.sentence.format(**self.params)


@dataclass(frozen=True)
class MovementReport:
    baseline_on: dt.date | None  # None: no earlier snapshot to compare with
    current_as_of: dt.date | None
    movements: list[Movement] = field(default_factory=list)


def movements(db: Database, baseline_on: dt.date | None = None) -> MovementReport:
    """Changes between the snapshot `baseline_on` (default: the latest one before the cache's
    date) and the current segments, biggest groups first."""
    current = _scalar(db, "SELECT MAX(computed_as_of) FROM customer_stats")
    current_as_of = dt.date.fromisoformat(current) if isinstance(current, str) and current else None
    if baseline_on is None:
        earlier = [d for d in snapshot_dates(db) if current_as_of is None or d < current_as_of]
        if not earlier:
            return MovementReport(None, current_as_of)
        baseline_on = earlier[0]
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT p.segment, c.segment, c.customer_id FROM customer_stats c"
            " LEFT JOIN segment_snapshots p ON p.customer_id = c.customer_id AND p.taken_on = ?"
            " WHERE c.segment IS NOT NULL AND (p.segment IS NULL OR p.segment != c.segment)"
            " ORDER BY c.customer_id",
            (baseline_on.isoformat(),),
        ).fetchall()
    finally:
        conn.close()
    groups: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for before, after, customer_id in rows:
        groups[(before, after)].append(customer_id)
    found = [
        Movement(before, after, tuple(ids), _kind(before, after))
        for (before, after), ids in groups.items()
    ]
    found.sort(key=lambda m: (-m.count, _order(m.from_segment), _order(m.to_segment)))
    return MovementReport(baseline_on, current_as_of, found)


def _kind(before: str | None, after: str) -> str:
    if before is None:
        return "joined"
    if before in DORMANT and after not in DORMANT:
        return "came_back"
    return "moved_up" if _health(after) > _health(before) else "moved_down"


def _health(key: str) -> int:
    return BY_KEY[key].health if key in BY_KEY else 0


def _order(key: str | None) -> int:
    return -_health(key) if key else 0


def _scalar(db: Database, sql: str) -> object:
    conn = db.raw_connection()
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()
