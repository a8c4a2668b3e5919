"""One import of one file: what it added, so it can be undone exactly."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str]
    file_hash: Mapped[str] = mapped_column(index=True)
    sheet: Mapped[str | None]
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    rows_read: Mapped[int] = mapped_column(default=0, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(default=0, server_default="0")
    purchases_added: Mapped[int] = mapped_column(default=0, server_default="0")
    orders_added: Mapped[int] = mapped_column(default=0, server_default="0")
    customers_created: Mapped[int] = mapped_column(default=0, server_default="0")
    customers_matched: Mapped[int] = mapped_column(default=0, server_default="0")
    undone_at: Mapped[dt.datetime | None]
