"""What customers told the shop: satisfaction scores (0-10) and complaints with their outcome."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ScoreSource(enum.StrEnum):
    CARD = "card"  # typed on the customer card
    TODAY = "today"  # recorded right after a Today task was done
    IMPORT = "import"  # a survey export (a Google Forms CSV)


class ComplaintStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


class Score(Base):
    __tablename__ = "scores"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    scored_on: Mapped[dt.date]
    score: Mapped[int]
    comment: Mapped[str] = mapped_column(default="", server_default="")
    source: Mapped[str]

    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        Index("ix_scores_customer_day", "customer_id", "scored_on"),
        Index("ix_scores_day", "scored_on"),
    )


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    # The low score that opened it, when a score did (a detractor is a complaint to resolve).
    score_id: Mapped[int | None] = mapped_column(ForeignKey("scores.id", ondelete="SET NULL"))
    opened_on: Mapped[dt.date]
    text: Mapped[str] = mapped_column(default="", server_default="")
    status: Mapped[str] = mapped_column(default=ComplaintStatus.OPEN, server_default="open")
    resolution: Mapped[str] = mapped_column(default="", server_default="")
    compensation: Mapped[str] = mapped_column(default="", server_default="")
    compensation_minor: Mapped[int | None]
    resolved_on: Mapped[dt.date | None]
    by_person: Mapped[str | None]  # who opened it (team mode)

    __table_args__ = (
        Index("ix_complaints_customer_id", "customer_id"),
        Index("ix_complaints_status", "status"),
    )
