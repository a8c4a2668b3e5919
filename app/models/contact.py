"""A logged touch with a customer: a message copied, opened, sent, a call, a meeting."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ContactOutcome(enum.StrEnum):
    COPIED = "copied"
    OPENED = "opened"
    SENT = "sent"
    FAILED = "failed"
    CALLED = "called"
    MET = "met"
    DONE = "done"
    EXPORTED = "exported"  # handed to a mailing service in a bulk CSV


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contacted_at: Mapped[dt.datetime]
    channel: Mapped[str | None]
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("templates.id", ondelete="SET NULL")
    )
    template_name: Mapped[str | None]
    text: Mapped[str] = mapped_column(default="", server_default="")
    outcome: Mapped[str]
    # The reminder that led to this contact, for "did reminders bring customers back".
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    rule: Mapped[str | None]
    converted_on: Mapped[dt.date | None]
    # The person using the app who made it (team mode); None when not known.
    by_person: Mapped[str | None]

    __table_args__ = (Index("ix_contacts_customer_when", "customer_id", "contacted_at"),)
