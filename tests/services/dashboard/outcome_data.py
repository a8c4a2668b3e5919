"""Hand-made reminders and contacts in May 2026 (see test_outcomes for what each one shows)."""

from __future__ import annotations

import datetime as dt

from app.models import Contact, Task
from app.services.database import Database
from tests.services.dashboard.hand_shop import create_hand_shop

SHOP = {  # customer: purchases (day, roubles)
    "Ann": [("2026-05-01", 100), ("2026-05-10", 200)],  # ordered 9 days after her contact
    "Bob": [("2026-05-01", 100), ("2026-06-01", 200)],  # 31 days after: too late
    "Cat": [("2026-05-01", 100), ("2026-05-08", 50)],  # skipped, ordered 6 days after due
    "Dan": [("2026-05-01", 100)],  # waiting (open), never ordered again
    "Eve": [("2026-05-01", 100), ("2026-05-09", -50)],  # contacted; a refund is no order
}
DUE = dt.date(2026, 5, 2)
PLAN = [("Ann", "lapse", "lapse_soft", "done", dt.datetime(2026, 5, 1, 18)),
        ("Bob", "lapse", "lapse_soft", "done", dt.datetime(2026, 5, 1, 9)),
        ("Cat", "lapse", "lapse_hard", "skipped", None),
        ("Dan", "lapse", "lapse_hard", "open", None),
        ("Eve", "birthday", "birthday", "done", dt.datetime(2026, 5, 3, 12))]


def create_outcome_shop(db: Database) -> dict[str, int]:
    """The shop, its reminders and contacts; returns customer ids and "task:<name>" ->
    the task's id, "contact:<name>" -> the contact's id."""
    ids = create_hand_shop(db, SHOP)
    with db.transaction() as session:
        for name, rule, script, status, contacted in PLAN:
            task = Task(customer_id=ids[name], rule=rule, occasion_key=name, due_on=DUE,
                        status=status, template_key=script)
            session.add(task)
            session.flush()
            ids[f"task:{name}"] = task.id
            if contacted:
                contact = Contact(customer_id=ids[name], contacted_at=contacted, outcome="sent",
                                  rule=rule, task_id=task.id)
                session.add(contact)
                session.flush()
                ids[f"contact:{name}"] = contact.id
    return ids


def sent_by_autopilot(db: Database, ids: dict[str, int], name: str,
                      contact_id: int | None) -> None:
    """An autopilot_outbox row for `name`'s reminder pointing to `contact_id` (None: a message
    planned but never sent, which logs no contact)."""
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(
                "INSERT INTO autopilot_outbox (task_id, customer_id, rule, email, subject, body,"
                " planned_on, state, contact_id, created_at) VALUES (?, ?, 'lapse', 'a@b.c',"
                " 's', 'b', '2026-05-01', ?, ?, '2026-05-01 08:00:00')",
                (ids[f"task:{name}"], ids[name], "sent" if contact_id else "planned",
                 contact_id))
    finally:
        conn.close()
