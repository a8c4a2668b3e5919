"""Hand-made shops for the referral tests: customers and purchase lines written directly."""

from __future__ import annotations

import datetime as dt
import re

from app.services.database import Database
from app.services.referrals.codes import DIGITS, LETTERS


def is_well_formed(code: str) -> bool:
    """Name letters then digits, none of them 0, O, 1 or I."""
    return bool(re.fullmatch(f"[{LETTERS}]+[{DIGITS}]+", code)) and not set("0O1I") & set(code)


def add_customer(db: Database, name: str, *, phone: str | None = None,
                 email: str | None = None, referred_by: int | None = None) -> int:
    conn = db.raw_connection()
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO customers (display_name, first_name, phone_e164, email,"
                " referred_by_id) VALUES (?, ?, ?, ?, ?) RETURNING id",
                (name, name.split()[0], phone, email, referred_by))
            return int(cur.fetchone()[0])
    finally:
        conn.close()


def add_line(db: Database, customer_id: int, day: dt.date, amount_minor: int,
             order_id: str | None = None) -> int:
    conn = db.raw_connection()
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id)"
                " VALUES (?, ?, ?, ?) RETURNING id",
                (customer_id, day.isoformat(), amount_minor, order_id))
            return int(cur.fetchone()[0])
    finally:
        conn.close()
