"""What the customer card shows about recommendations: her code, who brought her (and the
bonus she was promised), and the people she brought with the money they spent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.database import Database
from app.services.referrals.codes import code_of


@dataclass(frozen=True)
class Reward:
    day: dt.date  # the friend's first order
    friend_bonus: str
    referrer_bonus: str


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class BroughtFriend:
    id: int
    name: str
    first_day: dt.date | None  # None: has not bought yet
    revenue_minor: int  # all her lines, never below zero (a customer's money)
    reward: Reward | None


@dataclass(frozen=True)
class ReferralCard:
    code: str
    referrer: Person | None
    reward: Reward | None  # the bonus recorded for her own first order
    brought: list[BroughtFriend]

    @property
    def brought_revenue_minor(self) -> int:
        return sum(f.revenue_minor for f in self.brought)


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def load_card(db: Database, customer_id: int) -> ReferralCard:
    code = code_of(db, customer_id)
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT r.id, r.display_name FROM customers c JOIN customers r"
                           " ON r.id = c.referred_by_id WHERE c.id = ?", (customer_id,)).fetchone()
        rewards = {int(f): Reward(_day(d) or dt.date.min, str(fb), str(rb)) for f, d, fb, rb in
                   conn.execute("SELECT friend_id, day, friend_bonus, referrer_bonus"
                                " FROM referral_rewards WHERE friend_id = ? OR referrer_id = ?",
                                (customer_id, customer_id))}
        brought = [BroughtFriend(int(fid), str(name), _day(first), max(0, int(money or 0)),
                                 rewards.get(int(fid)))
                   for fid, name, first, money in conn.execute(
                       "SELECT c.id, c.display_name,"
                       " (SELECT MIN(purchased_on) FROM purchases p WHERE p.customer_id = c.id"
                       "  AND p.amount_minor >= 0),"
                       " (SELECT SUM(amount_minor) FROM purchases p WHERE p.customer_id = c.id)"
                       " FROM customers c WHERE c.referred_by_id = ?", (customer_id,))]
        # Sorted here, case-folded the same way on both engines (and for Cyrillic too).
        brought.sort(key=lambda friend: (friend.name.casefold(), friend.name))
    finally:
        conn.close()
    return ReferralCard(code, Person(int(row[0]), str(row[1])) if row else None,
                        rewards.get(customer_id), brought)
