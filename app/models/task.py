"""A reminder on the owner's to-do list: contact this customer, for this reason."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    # An event reminder whose day passed while it was still on the list (a birthday greeting
    # after the birthday): closed by the start of the day, kept apart from what the owner did.
    MISSED = "missed"


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    rule: Mapped[str]
    # What makes two reminders "the same occasion" (e.g. "lapse:2025-03-01:90"):
    # generating twice is a no-op.
    occasion_key: Mapped[str]
    due_on: Mapped[dt.date]
    status: Mapped[str] = mapped_column(default=TaskStatus.OPEN, server_default="open")
    snoozed_until: Mapped[dt.date | None]
    priority: Mapped[int] = mapped_column(default=50, server_default="50")
    # Reason as a key plus JSON parameters: the UI words it in the user's language.
    reason_params: Mapped[str] = mapped_column(default="{}", server_default="{}")
    template_key: Mapped[str | None]
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    completed_at: Mapped[dt.datetime | None]

    __table_args__ = (
        UniqueConstraint("customer_id", "rule", "occasion_key"),
        Index("ix_tasks_status_due", "status", "due_on"),
    )
