"""Logging touches with customers: every copied, opened or sent message, call or meeting.

Reminder rules read these (a contact resets "not bought" timers; the frequency cap counts them)
and the dashboard measures which contacts were followed by a purchase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import Contact
from app.services.database import Database


def message_text(channel: str | None, subject: str, body: str) -> str:
    """A message as the customer receives it in one piece: an e-mail's subject line on top.

    Used for what is logged on the card, copied, previewed and exported, so all four agree."""
    if channel == "email" and subject:
        return f"{subject}\n\n{body}"
    return body


@dataclass(frozen=True)
class NewContact:
    customer_id: int
    channel: str | None
    outcome: str  # a models.ContactOutcome value
    text: str = ""
    template_id: int | None = None
    template_name: str | None = None
    task_id: int | None = None
    rule: str | None = None


def log_contact(db: Database, contact: NewContact, when: dt.datetime) -> int:
    """Store one contact; returns its id."""
    with db.transaction() as session:
        row = Contact(
            customer_id=contact.customer_id, contacted_at=when, channel=contact.channel,
            outcome=contact.outcome, text=contact.text, template_id=contact.template_id,
            template_name=contact.template_name, task_id=contact.task_id, rule=contact.rule,
        )
        session.add(row)
        session.flush()
        return row.id
