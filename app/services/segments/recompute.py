"""Rebuilds the `customer_stats` cache from purchases: the numbers every screen shows.

Run after an import, an undo, a purchase edit, and when the date changes (recency moves on).
Segments (services.segments.rfm) fill the score and segment columns in the same pass.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.services import day_numbers, pg_bulk
from app.services.database import Database
from app.services.segments import orders as orders_mod
from app.services.sql_dialect import is_postgres
from app.services.sqlite_bulk import insert_columns

log = logging.getLogger(__name__)

# The purchases the cached figures were computed from, as (highest id, count), kept in a settings
# row beside them. An import commits its purchases first and recomputes in a second transaction
# (one transaction would slow the large import); a kill or a full disk in between leaves the
# figures behind the purchases, and this stamp lets the next start or command see it and repair.
FIGURES_STAMP_KEY = "figures_purchases_stamp"


def purchases_stamp(conn: sqlite3.Connection) -> list[int]:
    highest, count = conn.execute(
        "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM purchases").fetchone()
    return [int(highest), int(count)]


def figures_stamp(conn: sqlite3.Connection) -> list[int]:
    """The stamp stored with the figures; (0, 0) when none was (no figures ever computed)."""
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?",
                       (FIGURES_STAMP_KEY,)).fetchone()
    if row is None:
        return [0, 0]
    try:
        return [int(v) for v in json.loads(row[0])]
    except (ValueError, TypeError):
        return [-1, -1]  # unreadable: never equal, so the figures are recomputed


@dataclass(frozen=True)
class RecomputeResult:
    customers: int
    as_of: dt.date
    seconds: float
    # The orders built on the way, so the reminder rules that follow need not read them again.
    orders: pd.DataFrame | None = field(default=None, compare=False, repr=False)


def compute_stats(purchases: pd.DataFrame, as_of: dt.date,
                  orders: pd.DataFrame | None = None) -> pd.DataFrame:
    """customer_stats rows (without scores) for every customer that bought anything."""
    if orders is None:
        orders = orders_mod.build_orders(purchases)
    summary = orders_mod.customer_summary(purchases, orders)
    today = day_numbers.from_date(as_of)
    stats = pd.DataFrame(index=summary.index)
    stats["orders_count"] = summary["orders_count"]
    stats["total_spent_minor"] = summary["total_spent_minor"]
    stats["first_day"] = summary["first_day"]
    stats["last_day"] = summary["last_day"]
    stats["recency_days"] = today - summary["last_day"]
    return stats


def recompute(db: Database, as_of: dt.date, lines: pd.DataFrame | None = None) -> RecomputeResult:
    """`lines`: every purchase line as orders.load_order_lines would read it, when the caller
    has them already (an import into an empty database); else they are read."""
    started = time.perf_counter()
    conn = db.raw_connection()
    try:
        # Read before the purchases: a line added meanwhile makes the stamp older than the
        # figures, which only costs one more recompute, never a missed one.
        stamp = purchases_stamp(conn)
        purchases = (orders_mod.load_order_lines(conn)  # numeric order keys: no strings
                     if lines is None else lines)
        orders = orders_mod.build_orders(purchases)
        stats = compute_stats(purchases, as_of, orders)
        segments = _segments(stats, purchases, as_of, db)
        columns = _columns(stats, segments, as_of)
        # customer_stats is a cache rebuilt from purchases (whose customers exist), so its
        # foreign-key checks only cost time: off, SQLite empties the table in one step and
        # inserts skip a lookup per row. A customer deleted meanwhile leaves a harmless row that
        # no screen joins to, gone at the next recompute.
        if not is_postgres(conn):  # SQLite only: PostgreSQL checks references as always
            conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            conn.execute("DELETE FROM customer_stats")
            # Building the segment index once after the insert is cheaper than keeping it up to
            # date row by row (same transaction: readers never see the table without it). On
            # PostgreSQL that drop closes the table to readers until COMMIT anyway, so its keys
            # go too, each checked once when added back instead of per row.
            if is_postgres(conn):
                rebuilt = pg_bulk.drop_keys_and_indexes(conn, "customer_stats")
            else:
                conn.execute("DROP INDEX IF EXISTS ix_customer_stats_segment")
                rebuilt = ["CREATE INDEX ix_customer_stats_segment ON customer_stats (segment)"]
            insert_columns(
                conn, "INSERT INTO customer_stats (customer_id, orders_count, total_spent_minor,"
                " first_order_on, last_order_on, recency_days, r_score, f_score, m_score, segment,"
                " computed_as_of) VALUES ", "(?,?,?,?,?,?,?,?,?,?,?)", columns)
            for sql in rebuilt:
                conn.execute(sql)
            conn.execute("INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key)"
                         " DO UPDATE SET value_json = excluded.value_json",
                         (FIGURES_STAMP_KEY, json.dumps(stamp)))
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    log.info("Recomputed %d customers in %.2f s", len(stats), seconds)
    return RecomputeResult(customers=len(stats), as_of=as_of, seconds=seconds, orders=orders)


def _segments(
    stats: pd.DataFrame, purchases: pd.DataFrame, as_of: dt.date, db: Database
) -> pd.DataFrame | None:
    """Scores and segment per customer (services.segments.rfm)."""
    from app.services.segments import rfm

    return rfm.score_for_stats(stats, as_of, db)


def _columns(stats: pd.DataFrame, segments: pd.DataFrame | None,
             as_of: dt.date) -> list[list[Any]]:
    """The insert's columns, built with numpy (a per-value Python loop took over a second for
    100,000 customers)."""
    as_of_text = as_of.isoformat()
    first = _iso_days(stats["first_day"])
    last = _iso_days(stats["last_day"])
    recency = _nullable_ints(stats["recency_days"])
    n = len(stats)
    r_s: list[int | None]
    f_s: list[int | None]
    m_s: list[int | None]
    if segments is None:
        r_s = f_s = m_s = [None] * n
        seg = [None] * n
    else:
        aligned = segments.reindex(stats.index)
        r_s, f_s, m_s = (_nullable_ints(aligned[c]) for c in ("r_score", "f_score", "m_score"))
        seg_values = aligned["segment"].to_numpy(dtype=object)
        # numpy's stubs refuse None as a fill value; it is what makes the NULLs here.
        seg = np.where(pd.isna(seg_values), None, seg_values).tolist()  # type: ignore[call-overload]
    return [stats.index.astype("int64").tolist(), stats["orders_count"].astype("int64").tolist(),
            stats["total_spent_minor"].astype("int64").tolist(),
            first, last, recency, r_s, f_s, m_s, seg, [as_of_text] * n]


def _nullable_ints(values: pd.Series) -> list[int | None]:
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    missing = np.isnan(numbers)
    out = np.where(missing, 0, numbers).astype("int64").astype(object)
    out[missing] = None
    numbers_or_none: list[int | None] = out.tolist()
    return numbers_or_none


def _iso_days(days: pd.Series) -> list[str | None]:
    """ISO dates from day numbers (NaN -> None); each distinct day is formatted once."""
    numbers = days.to_numpy(dtype="float64", na_value=np.nan)
    missing = np.isnan(numbers)
    unique, inverse = np.unique(np.where(missing, 0, numbers).astype("int64"), return_inverse=True)
    text = np.array([day_numbers.to_date(d).isoformat() for d in unique.tolist()], dtype=object)
    out = text[inverse.reshape(-1)] if len(unique) else np.array([], dtype=object)
    out[missing] = None
    dates_or_none: list[str | None] = out.tolist()
    return dates_or_none
