"""Small builders for reminder tests: customers, orders, contacts and a rule switchboard."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from app.services.database import Database
from app.services.reminders.config import DEFAULTS
from app.services.reminders.generate import GenerateResult, generate_tasks
from app.services.settings import Settings

_keys = itertools.count(1)
SECTIONS = [k for k, v in DEFAULTS.items() if isinstance(v, dict)]


def add_customer(db: Database, name: str = "Анна", *, dnc: bool = False, tags: str = "",
                 birthday: tuple[int, int] | None = None, year: int | None = None,
                 phone: str | None = "+79001234567", email: str | None = None) -> int:
    conn = db.raw_connection()
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO customers (display_name, first_name, phone_e164, email, tags,"
                " do_not_contact, birthday_month, birthday_day, birthday_year)"
                " VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                (name, name, phone, email, tags, dnc, birthday[0] if birthday else None,
                 birthday[1] if birthday else None, year),
            )
            return int(cur.fetchone()[0])
    finally:
        conn.close()


def add_order(db: Database, customer_id: int, day: dt.date, amount: int = 100_000,
              category: str | None = None, product: str | None = None) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, category,"
                " product, order_id, dedup_key) VALUES (?,?,?,?,?,?,?)",
                (customer_id, day.isoformat(), amount, category, product, f"o{next(_keys)}",
                 next(_keys)),
            )
    finally:
        conn.close()


def add_contact(db: Database, customer_id: int, day: dt.date, outcome: str = "sent",
                rule: str | None = None) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(
                "INSERT INTO contacts (customer_id, contacted_at, outcome, rule) VALUES (?,?,?,?)",
                (customer_id, dt.datetime.combine(day, dt.time(10)).isoformat(sep=" "), outcome,
                 rule),
            )
    finally:
        conn.close()


def set_segment(db: Database, customer_id: int, segment: str, snapshot: tuple[dt.date, str]
                | None = None) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(
                "INSERT INTO customer_stats (customer_id, orders_count, total_spent_minor, segment)"
                " VALUES (?, 1, 0, ?) ON CONFLICT (customer_id) DO UPDATE SET orders_count = 1,"
                " total_spent_minor = 0, segment = excluded.segment", (customer_id, segment))
            if snapshot:
                conn.execute(
                    "INSERT INTO segment_snapshots (taken_on, customer_id, segment) VALUES (?,?,?)",
                    (snapshot[0].isoformat(), customer_id, snapshot[1]))
    finally:
        conn.close()


def only(settings: Settings, *sections: str, **overrides: dict | list) -> None:
    """Switch every rule off except `sections`; `overrides` patch a section's values."""
    value: dict = {s: {"enabled": s in sections} for s in SECTIONS}
    for section, patch in overrides.items():
        if isinstance(patch, list):
            value[section] = patch
        else:
            value.setdefault(section, {}).update(patch)
    settings.set("reminder_rules", value)


def generate(db: Database, settings: Settings, today: dt.date) -> GenerateResult:
    return generate_tasks(db, settings, today, dt.datetime.combine(today, dt.time(9)))


def tasks(db: Database, status: str | None = None) -> list[dict]:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT id, customer_id, rule, occasion_key, due_on, status, priority, reason_params,"
            " template_key FROM tasks ORDER BY id").fetchall()
    finally:
        conn.close()
    names = ["id", "customer_id", "rule", "occasion_key", "due_on", "status", "priority",
             "params", "template"]
    found = [dict(zip(names, r, strict=True)) for r in rows]
    for t in found:
        t["params"] = json.loads(t["params"])
        t["due_on"] = dt.date.fromisoformat(t["due_on"])
    return [t for t in found if status is None or t["status"] == status]


def rules_of(db: Database) -> list[str]:
    return sorted(t["rule"] for t in tasks(db))
