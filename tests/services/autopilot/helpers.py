"""A shop with day-3 thank-yous due, a local SMTP server's settings, and outbox readers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from app.services.database import Database
from app.services.messages.library import ensure_builtin_templates
from app.services.settings import Settings
from tests.services.reminders.data import add_customer, add_order, generate, only
from tests.smtp_server import Handler, free_port

D = dt.timedelta


def shop(db: Database, settings: Settings, today: dt.date, people: int = 3,
         automatic: bool = True) -> list[int]:
    """`people` customers with an e-mail who bought 3 days ago (a day-3 thank-you each)."""
    ensure_builtin_templates(db)
    only(settings, "sequence", sequence={"steps": [
        {"day": 3, "template": "thank_you_day_3", "autopilot": automatic},
        {"day": 14, "template": "tip_day_14"}]})
    ids = []
    for n in range(people):
        cid = add_customer(db, f"Покупатель {n}", email=f"c{n}@example.com")
        add_order(db, cid, today - D(days=3))
        ids.append(cid)
    generate(db, settings, today)
    return ids


def use_server(settings: Settings, port: int, *, start: int = 9, end: int = 20,
               cap: int = 50) -> None:
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port),
                       ("smtp_security", "none"), ("smtp_sender_email", "shop@example.com"),
                       ("send_delay_seconds", 1.5), ("autopilot_send_from", start),
                       ("autopilot_send_until", end), ("autopilot_daily_cap", cap)):
        settings.set(key, value)


def states(db: Database) -> dict[str, int]:
    conn = db.raw_connection()
    try:
        return dict(conn.execute(
            "SELECT state, COUNT(*) FROM autopilot_outbox GROUP BY state").fetchall())
    finally:
        conn.close()


def contacts(db: Database) -> list[tuple]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT c.customer_id, c.channel, c.outcome, t.status"
                            " FROM contacts c LEFT JOIN tasks t ON t.id = c.task_id"
                            " ORDER BY c.id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, int]]:
    """A real local SMTP server that refuses refused@example.com."""
    handler = Handler(refuse=("refused@example.com",))
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()
