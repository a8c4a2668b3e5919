"""Shared set-up for the points tests: points on with known numbers, purchases by hand."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.settings import Settings


def points_on(settings: Settings, *, percent: float = 5, delay: int = 14, expiry: int = 365,
              remind: int = 14, share: int = 30, since: str = "2020-01-01") -> None:
    settings.set_many({"points_enabled": True, "points_percent": percent,
                       "points_activation_days": delay, "points_expiry_days": expiry,
                       "points_remind_days": remind, "points_max_share": share,
                       "points_since": since})


def buy(db: Database, customer_id: int, day: dt.date, amount: int,
        order_id: str | None = None) -> int:
    conn = db.raw_connection()
    try:
        with conn:
            return int(conn.execute(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id)"
                " VALUES (?, ?, ?, ?) RETURNING id",
                (customer_id, day.isoformat(), amount, order_id)).fetchone()[0])
    finally:
        conn.close()


def ledger_rows(db: Database, customer_id: int | None = None) -> list[tuple]:
    conn = db.raw_connection()
    try:
        where = "" if customer_id is None else f"WHERE customer_id = {int(customer_id)}"
        return [tuple(r) for r in conn.execute(
            "SELECT customer_id, kind, points_minor, day, active_on, order_key"
            f" FROM points_ledger {where} ORDER BY id")]
    finally:
        conn.close()
