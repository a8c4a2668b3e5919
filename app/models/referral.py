"""The two-sided bonus of a recommendation, recorded when the friend made a first order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ReferralReward(Base):
    __tablename__ = "referral_rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    friend_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    day: Mapped[dt.date]  # the friend's first order
    first_purchase_id: Mapped[int | None]  # a line of that order (no key: it may be deleted)
    # The settings' texts when it was recorded ("10 % off"): what was promised stays.
    friend_bonus: Mapped[str] = mapped_column(default="", server_default="")
    referrer_bonus: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())

    __table_args__ = (Index("ix_referral_rewards_referrer_id", "referrer_id"),
                      Index("ix_referral_rewards_friend_id", "friend_id"))
