"""Loyalty points: a ledger of rows per customer (services.points). The balance is never stored."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PointsEntry(Base):
    """One movement of a customer's points, in hundredths of a point (a point is worth one unit
    of the shop's currency, so points are kept in the currency's minor units).

    kind: "earned" (derived from one order, `order_key`; a correction after a refund or an undone
    import is another "earned" row of the same key, negative), "redeemed" (negative), "adjusted"
    (either sign, `reason` required), "expired" (negative, `lot_id` is the row whose points
    lapsed). A row counts from `active_on` (an order's points after the activation delay).
    """

    __tablename__ = "points_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str]
    points_minor: Mapped[int]
    day: Mapped[dt.date]
    active_on: Mapped[dt.date]
    order_key: Mapped[str | None]
    order_minor: Mapped[int | None]
    lot_id: Mapped[int | None]
    reason: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_points_ledger_customer", "customer_id", "active_on"),
        Index("ix_points_ledger_order_key", "order_key"),
    )
