"""Segment snapshots and movement since the previous snapshot."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.segments.recompute import recompute
from app.services.segments.snapshots import (
    ensure_monthly_snapshot,
    movements,
    snapshot_dates,
    take_snapshot,
)
from app.services.settings import Settings

DAY = dt.date(2026, 10, 1)


def add(db: Database, customer_id: int, *days: str) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("INSERT INTO customers (id, display_name) VALUES (?, ?)"
                         " ON CONFLICT DO NOTHING", (customer_id, f"Customer {customer_id}"))
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor) VALUES (?,?,?)",
                [(customer_id, d, 1000) for d in days])
    finally:
        conn.close()


def test_movements_group_customers_by_from_and_to(db: Database) -> None:
    # 1 and 2: frequent buyers, recent on DAY (champions), and go silent -> at risk later.
    frequent = ["2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"]
    add(db, 1, *frequent)
    add(db, 2, *frequent)
    add(db, 3, "2025-12-01")  # hibernating on DAY, buys again -> came back
    recompute(db, DAY)
    take_snapshot(db, DAY)
    before = {}
    conn = db.raw_connection()
    for cid, seg in conn.execute("SELECT customer_id, segment FROM segment_snapshots"):
        before[cid] = seg
    conn.close()
    assert before == {1: "champions", 2: "champions", 3: "hibernating"}

    add(db, 3, "2026-12-20")
    add(db, 4, "2027-01-05")  # a brand new customer
    later = dt.date(2027, 1, 10)
    recompute(db, later)
    report = movements(db)
    assert report.baseline_on == DAY and report.current_as_of == later
    by_kind = {m.kind: m for m in report.movements}
    assert by_kind["moved_down"].customer_ids == (1, 2)
    assert (by_kind["moved_down"].from_segment, by_kind["moved_down"].to_segment) == (
        "champions", "at_risk")
    assert by_kind["moved_down"].text() == "2 moved Champions → At risk"
    assert by_kind["came_back"].customer_ids == (3,)
    assert by_kind["came_back"].text() == "1 came back from Hibernating"
    assert by_kind["joined"].customer_ids == (4,)
    assert by_kind["joined"].text() == "1 joined New"
    assert report.movements[0].count == 2  # biggest group first


def test_no_movement_without_an_earlier_snapshot(db: Database) -> None:
    add(db, 1, "2026-09-20")
    recompute(db, DAY)
    take_snapshot(db, DAY)  # same day as the cache: not "previous"
    report = movements(db)
    assert report.baseline_on is None and report.movements == []


def test_snapshot_on_the_same_day_replaces_and_monthly_takes_one_per_month(db: Database) -> None:
    assert ensure_monthly_snapshot(db, DAY) is False  # nothing to store yet
    add(db, 1, "2026-09-20")
    recompute(db, DAY)
    assert ensure_monthly_snapshot(db, DAY, backfill_days=0) is True
    assert ensure_monthly_snapshot(db, DAY + dt.timedelta(days=20)) is False  # same month
    assert take_snapshot(db, DAY) == 1  # on demand, same day: replaced, not duplicated
    assert ensure_monthly_snapshot(db, dt.date(2026, 11, 2)) is True
    assert snapshot_dates(db) == [dt.date(2026, 11, 2), DAY]
    assert Settings(db).get("last_snapshot_on") == "2026-11-02"


def test_first_snapshot_reconstructs_last_month_from_history(db: Database) -> None:
    add(db, 1, "2026-08-01", "2026-08-20", "2026-09-25")  # bought again 6 days before DAY
    add(db, 2, "2026-09-28")  # first order after the backfilled day: not in that snapshot
    recompute(db, DAY)
    assert ensure_monthly_snapshot(db, DAY) is True
    assert snapshot_dates(db) == [DAY, dt.date(2026, 9, 1)]
    report = movements(db)
    assert report.baseline_on == dt.date(2026, 9, 1)
    moves = {(m.from_segment, m.to_segment): m.customer_ids for m in report.movements}
    # On 1 September: 2 orders, last 12 days before -> potential loyalist; now 3 orders -> same
    # row of the map but F3: still potential loyalist, so only customer 2 is news.
    assert moves == {(None, "new"): (2,)}
