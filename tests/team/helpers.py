"""A customer with one open reminder, written with SQL both engines read."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database

DAY = dt.date(2026, 11, 27)


def customer_with_task(db: Database, name: str = "Мария Ковалёва") -> tuple[int, int]:
    conn = db.raw_connection()
    try:
        with conn:
            customer_id = conn.execute(
                "INSERT INTO customers (display_name, phone_raw) VALUES (?, ?) RETURNING id",
                (name, "+7 912 345-67-89")).fetchone()[0]
            task_id = conn.execute(
                "INSERT INTO tasks (customer_id, rule, occasion_key, due_on)"
                " VALUES (?, 'lapse', 'lapse:test', ?) RETURNING id",
                (customer_id, DAY.isoformat())).fetchone()[0]
    finally:
        conn.close()
    return int(customer_id), int(task_id)
