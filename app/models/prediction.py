"""Cached predictions per customer (services.predictions.store); safe to drop and rebuild."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class CustomerPrediction(Base):
    """One row per customer with an order, as of the day in the store's stamp. Days are day
    numbers (services.day_numbers), NULL where no order is expected."""

    __tablename__ = "predictions"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    next_day: Mapped[int | None]
    low_day: Mapped[int | None]
    high_day: Mapped[int | None]
    overdue: Mapped[bool] = mapped_column(default=False)
    p_alive: Mapped[float | None]
    expected_orders_90d: Mapped[float | None]
    predicted_value_12m_minor: Mapped[int] = mapped_column(default=0)
    at_stake_minor: Mapped[int] = mapped_column(default=0)
    next_order_confidence: Mapped[str] = mapped_column(default="low")
    p_alive_confidence: Mapped[str] = mapped_column(default="low")
    orders_confidence: Mapped[str] = mapped_column(default="low")
    value_confidence: Mapped[str] = mapped_column(default="low")
