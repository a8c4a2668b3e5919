"""Cached per-customer figures and the monthly segment snapshots used for "movement"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CustomerStats(Base):
    """Derived from purchases by the recompute service; safe to drop and rebuild at any time."""

    __tablename__ = "customer_stats"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    orders_count: Mapped[int] = mapped_column(default=0)
    total_spent_minor: Mapped[int] = mapped_column(default=0)
    first_order_on: Mapped[dt.date | None]
    last_order_on: Mapped[dt.date | None]
    recency_days: Mapped[int | None]
    r_score: Mapped[int | None]
    f_score: Mapped[int | None]
    m_score: Mapped[int | None]
    segment: Mapped[str | None] = mapped_column(index=True)
    computed_as_of: Mapped[dt.date | None]


class SegmentSnapshot(Base):
    __tablename__ = "segment_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[dt.date]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    segment: Mapped[str]

    __table_args__ = (
        UniqueConstraint("taken_on", "customer_id"),
        Index("ix_segment_snapshots_customer", "customer_id"),
    )
