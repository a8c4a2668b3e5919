"""Loyalty levels: each customer's level over time (services.loyalty)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CustomerLevel(Base):
    """One stretch of a customer's level: the row with no `until` is the current one.

    `how` is "computed" (the ladder put her there) or "hand" (the owner did; never lowered by
    recalculation). `below_since`: the day the ladder first put her lower, for the grace period
    before the level is lowered.
    """

    __tablename__ = "customer_levels"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    level: Mapped[str]
    since: Mapped[dt.date]
    how: Mapped[str] = mapped_column(default="computed", server_default="computed")
    until: Mapped[dt.date | None]
    below_since: Mapped[dt.date | None]

    __table_args__ = (Index("ix_customer_levels_customer", "customer_id", "until"),)
