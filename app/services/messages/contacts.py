"""Logging touches with customers: what counts as a contact, and counting each one once.

A contact is a message that went, or was handed, to the customer:
- opening the message in WhatsApp, Telegram, SMS or the mail app ("opened");
- an e-mail sent from the app ("sent"), a CSV handed to a mailing service ("exported");
- the owner saying so: "Done" on a reminder, "Mark as sent" in the send dialog ("done").
Copying the text alone is not a contact: the owner may copy just to read it or to try it
elsewhere. It becomes one when she marks it sent (Done) or opens it in a channel.

One person, one contact a day: a second action for the same customer on the same day (Open
after Open, Done after Open, an export after an Open) updates that day's contact instead of adding
a row. The stronger outcome wins (opened < exported < done < sent), and with it the channel and
the text; the reminder it answers is kept, or filled in when the first touch had none. A failed
e-mail is its own row and never merges. So "Copy, then Open" is one contact and "Open twice" is one.

Reminder rules read these (a contact resets "not bought" timers; the frequency cap counts them)
and the dashboard measures which contacted people bought afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, func, literal, select
from sqlalchemy.orm import Session

from app.models import Contact, ContactOutcome
from app.services.database import Database
from app.services.team import changes, people

# How sure we are that the message reached the customer; a later, stronger action upgrades.
# "copied" is only in databases from before copying stopped counting.
STRENGTH: dict[str, int] = {
    ContactOutcome.COPIED: 0, ContactOutcome.OPENED: 1, ContactOutcome.EXPORTED: 2,
    ContactOutcome.DONE: 3, ContactOutcome.SENT: 4, ContactOutcome.CALLED: 4,
    ContactOutcome.MET: 4,
}


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
    """Store one contact, or upgrade the customer's contact of that day; returns its id."""
    with db.transaction() as session:
        if contact.outcome != ContactOutcome.FAILED:
            earlier = session.scalars(
                select(Contact).where(
                    Contact.customer_id == contact.customer_id,
                    Contact.outcome != ContactOutcome.FAILED.value,
                    # A typed date: PostgreSQL compares no date with a text.
                    func.date(Contact.contacted_at) == literal(when.date(), Date))
                .order_by(Contact.id).limit(1)).first()
            if earlier is not None:
                _upgrade(earlier, contact)
                changes.note(session, "contact")
                return earlier.id
        changes.note(session, "contact")
        return _insert(session, contact, when)


def upgrade_contact(db: Database, contact_id: int, contact: NewContact) -> int:
    """Let a later action on the same touch (Done after Open, days later) upgrade its outcome."""
    with db.transaction() as session:
        row = session.get(Contact, contact_id)
        if row is not None:
            _upgrade(row, contact)
    return contact_id


def _upgrade(row: Contact, contact: NewContact) -> None:
    if row.task_id is None and contact.task_id is not None:
        row.task_id, row.rule = contact.task_id, contact.rule
    if STRENGTH.get(contact.outcome, 0) < STRENGTH.get(row.outcome, 0):
        return
    row.outcome = contact.outcome
    if contact.channel:
        row.channel = contact.channel
    if contact.text:
        row.text = contact.text
        row.template_id, row.template_name = contact.template_id, contact.template_name


def _insert(session: Session, contact: NewContact, when: dt.datetime) -> int:
    row = Contact(
        customer_id=contact.customer_id, contacted_at=when, channel=contact.channel,
        outcome=contact.outcome, text=contact.text, template_id=contact.template_id,
        template_name=contact.template_name, task_id=contact.task_id, rule=contact.rule,
        by_person=people.current(),
    )
    session.add(row)
    session.flush()
    return row.id
