"""The products' clear replenishment intervals, kept between reminder generations.

Working them out reads every purchase line (figures.py), and they change only when the lines
do, so they are stored in a settings row with what they were computed from:
- the purchases stamp the cached figures use (highest id, count: an import or its undo);
- the customer merges done and undone (a merge moves lines between customers without changing
  the stamp);
- the product aliases (a merge of two names pools their intervals);
- the last purchase day then: lines dated after `today` are no line of today, so the stored
  intervals hold for any day from that one on, and are not stored before it.
Each is read from an index or a small table: no scan of the lines' values at each generation.
A hand sale edited in place changes none of these: records.py drops the row (`forget`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import sqlite3

from app.services import day_numbers, sql_dialect
from app.services.database import Database
from app.services.products.figures import figures
from app.services.products.lines import load_product_lines
from app.services.segments.recompute import purchases_stamp

CACHE_KEY = "restock_intervals"


def intervals(db: Database, today: dt.date, names: dict[str, str]) -> dict[str, float]:
    """Canonical product name -> its clear replenishment interval (the median, in days)."""
    conn = db.raw_connection()
    try:
        key = _key(conn, names)
        stored = _stored(conn, key, day_numbers.from_date(today))
        if stored is not None:
            return stored
        last_day = conn.execute(f"SELECT {sql_dialect.day_number(conn, 'MAX(purchased_on)')}"
                                " FROM purchases").fetchone()[0]
    finally:
        conn.close()
    found = compute(db, today, names)
    if last_day is None or last_day <= day_numbers.from_date(today):
        _store(db, {"key": key, "last_day": last_day or 0, "intervals": found})
    return found


def compute(db: Database, today: dt.date, names: dict[str, str]) -> dict[str, float]:
    """The straightforward way: every line up to today, the product figures, the clear ones."""
    lines = load_product_lines(db, today, names)
    days = figures(lines, "product")["replenish_days"].to_numpy()
    return {lines.products[code]: float(value) for code, value in enumerate(days)
            if not math.isnan(value)}


def forget(conn: sqlite3.Connection) -> None:
    """Drop the stored intervals (inside the caller's transaction)."""
    conn.execute("DELETE FROM settings WHERE key = ?", (CACHE_KEY,))


def _key(conn: sqlite3.Connection, names: dict[str, str]) -> str:
    merges = conn.execute("SELECT COALESCE(MAX(id), 0), COUNT(*), COUNT(undone_at)"
                          " FROM customer_merges").fetchone()
    aliases = hashlib.sha256(json.dumps(sorted(names.items())).encode()).hexdigest()[:16]
    return ":".join(str(v) for v in [*purchases_stamp(conn), *merges, aliases])


def _stored(conn: sqlite3.Connection, key: str, today: int) -> dict[str, float] | None:
    """The stored intervals when they were computed from this state of the lines and no line
    is dated after `today` (a day number)."""
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (CACHE_KEY,)).fetchone()
    try:
        value = json.loads(row[0]) if row is not None else None
        if not isinstance(value, dict) or value.get("key") != key \
                or int(value["last_day"]) > today:
            return None
        return {str(name): float(days) for name, days in value["intervals"].items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # unreadable: worked out again


def _store(db: Database, value: dict[str, object]) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key)"
                         " DO UPDATE SET value_json = excluded.value_json",
                         (CACHE_KEY, json.dumps(value)))
    finally:
        conn.close()
