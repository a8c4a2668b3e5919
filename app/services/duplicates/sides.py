"""The two cards of a pair side by side, and "not the same person" remembered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.database import Database


@dataclass(frozen=True)
class Side:
    id: int
    name: str
    phone: str
    email: str
    orders: int
    spent_minor: int
    last_order_on: dt.date | None


def sides(db: Database, ids: list[int]) -> dict[int, Side]:
    """The customers among `ids` that exist (a merged or deleted one is absent)."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT c.id, c.display_name, COALESCE(c.phone_e164, c.phone_raw, ''),"
            " COALESCE(c.email, ''), COALESCE(s.orders_count, 0),"
            " COALESCE(s.total_spent_minor, 0), s.last_order_on FROM customers c"
            " LEFT JOIN customer_stats s ON s.customer_id = c.id"
            f" WHERE c.id IN ({', '.join('?' for _ in ids)})", ids).fetchall()
    finally:
        conn.close()
    return {r[0]: Side(r[0], r[1], r[2], r[3], r[4], r[5],
                       dt.date.fromisoformat(r[6]) if r[6] else None) for r in rows}


def dismiss_pair(db: Database, a: int, b: int) -> None:
    """The owner says these two are different people: the pair is not suggested again."""
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("INSERT INTO duplicate_dismissals (low_id, high_id)"
                         " VALUES (?, ?) ON CONFLICT DO NOTHING", (min(a, b), max(a, b)))
    finally:
        conn.close()
