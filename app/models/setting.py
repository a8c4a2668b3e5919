"""A typed setting stored as JSON text; the declarations live in services.settings."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(primary_key=True)
    value_json: Mapped[str]
