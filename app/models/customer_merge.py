"""Merged duplicates: the record that lets a merge be undone, the other identities a merged
customer keeps (so later imports still find her), and the pairs the owner said are two people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CustomerMerge(Base):
    """One merge of `other_id` into `keep_id`. No foreign keys: the record outlives the other
    customer (deleted by the merge) and must say so when the kept one is gone."""

    __tablename__ = "customer_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    keep_id: Mapped[int] = mapped_column(index=True)
    other_id: Mapped[int]
    merged_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    # JSON: the other customer's row, the kept one's fields before the merge filled them, the
    # moved rows' ids per table and column, and the rows that could not move (kept whole).
    snapshot_json: Mapped[str]
    undone_at: Mapped[dt.datetime | None]
    by_person: Mapped[str | None]  # who merged (team mode)


class CustomerIdentity(Base):
    """A phone, e-mail, card code or name a customer was also known by (a merged duplicate's)."""

    __tablename__ = "customer_identities"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str]  # "phone" (E.164), "email" (lower case), "code", "name"
    value: Mapped[str]
    merge_id: Mapped[int | None] = mapped_column(index=True)

    __table_args__ = (Index("ix_customer_identities_customer_id", "customer_id"),)


class DuplicateDismissal(Base):
    """"Not the same person": the pair (lower id first) is not suggested again."""

    __tablename__ = "duplicate_dismissals"

    low_id: Mapped[int] = mapped_column(primary_key=True)
    high_id: Mapped[int] = mapped_column(primary_key=True)
    dismissed_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
