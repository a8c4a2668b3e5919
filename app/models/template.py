"""A message script (Jinja2 text) the owner fills in for a customer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Template(Base):
    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Built-ins carry a stable key ("winback", "thank_you_day_3") so rules and resets can find them.
    builtin_key: Mapped[str | None]
    language: Mapped[str] = mapped_column(default="ru", server_default="ru")
    name: Mapped[str]
    subject: Mapped[str] = mapped_column(default="", server_default="")
    body: Mapped[str]
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    __table_args__ = (UniqueConstraint("builtin_key", "language"),)
