"""One sold line: a product bought by a customer on a day.

Orders are derived, not stored: rows sharing an external order id form one order; without an order
id, one customer's rows on the same day form one order. A row of amount 0 (a gift, a free sample)
still makes an order; negative amounts are refunds (ARCHITECTURE.md, "What an order is").
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Purchase(Base):
    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    purchased_on: Mapped[dt.date]
    # Money in minor units (kopecks, cents): exact, never float.
    amount_minor: Mapped[int]
    quantity: Mapped[float] = mapped_column(default=1.0, server_default="1")
    product: Mapped[str | None]
    category: Mapped[str | None]
    order_id: Mapped[str | None]
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    # Identity across imports (64 bits of a hash of the line), so re-importing an overlapping
    # export adds nothing. Not indexed: see migrations/v002_integer_line_keys.py.
    dedup_key: Mapped[int | None]
    # "hand": recorded in the app (services/sales), never part of an import batch; NULL: imported.
    origin: Mapped[str | None]
    note: Mapped[str | None]

    __table_args__ = (
        Index("ix_purchases_customer_date", "customer_id", "purchased_on"),
    )
