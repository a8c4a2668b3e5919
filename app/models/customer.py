"""A shop's customer: who they are and how to reach them."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Channel(enum.StrEnum):
    """How a message reaches a customer; values are stored in the database."""

    EMAIL = "email"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    SMS = "sms"
    PHONE = "phone"
    IN_PERSON = "in_person"


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str]
    first_name: Mapped[str | None]
    phone_raw: Mapped[str | None]
    phone_e164: Mapped[str | None] = mapped_column(index=True)
    email: Mapped[str | None] = mapped_column(index=True)
    telegram: Mapped[str | None]
    birthday_month: Mapped[int | None]
    birthday_day: Mapped[int | None]
    birthday_year: Mapped[int | None]
    preferred_channel: Mapped[str | None]
    notes: Mapped[str] = mapped_column(default="", server_default="")
    # Comma-separated, as owners type them ("vip, опт").
    tags: Mapped[str] = mapped_column(default="", server_default="")
    do_not_contact: Mapped[bool] = mapped_column(default=False, server_default="0")
    # From an imported "Accepts Email Marketing" / "Согласие на рассылку": None never said.
    marketing_consent: Mapped[bool | None]
    external_code: Mapped[str | None] = mapped_column(index=True)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    # The code she gives friends (services/referrals/codes.py); capitals, unique.
    referral_code: Mapped[str | None]
    # The import that created this customer: "undo import" removes it if nothing else refers to it.
    created_by_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    # Bumped by every card save: a save from an older version is refused (services.customers).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    updated_at: Mapped[dt.datetime] = mapped_column(
        server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    __table_args__ = (Index("ix_customers_display_name", "display_name"),
                      Index("ix_customers_referral_code", "referral_code", unique=True))
