"""Recommendation figures for a period, as the Dashboard shows them.

- **New customers**: first order (a line of 0 or more) within the period.
- **Came by recommendation**: those of them with a referrer; **share**: of the new customers.
- **Revenue from recommended customers**: the period's lines (refunds lower it) of every customer
  who came by recommendation, whenever she came.
- **Conversion**: of all customers recorded as recommended (by the period's end, ever), how many
  made a first order by the period's end.
- **Top referrers**: by friends whose first order fell in the period, then by those friends'
  revenue in the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.database import Database

TOP = 5

_FIRST = ("(SELECT customer_id, MIN(purchased_on) AS day FROM purchases WHERE amount_minor >= 0"
          " GROUP BY customer_id)")


@dataclass(frozen=True)
class TopReferrer:
    id: int
    name: str
    friends: int
    revenue_minor: int


@dataclass(frozen=True)
class ReferralFigures:
    new_customers: int
    referred_new: int
    revenue_minor: int
    recommended: int
    converted: int
    top: list[TopReferrer]

    @property
    def share(self) -> float | None:
        return self.referred_new / self.new_customers if self.new_customers else None

    @property
    def conversion(self) -> float | None:
        return self.converted / self.recommended if self.recommended else None


def referral_figures(db: Database, start: dt.date, end: dt.date) -> ReferralFigures:
    """Figures of the days start..end (both included)."""
    s, e = start.isoformat(), end.isoformat()
    conn = db.raw_connection()
    try:
        new, referred = conn.execute(
            f"SELECT COUNT(*), COUNT(c.referred_by_id) FROM {_FIRST} f"
            " JOIN customers c ON c.id = f.customer_id WHERE f.day BETWEEN ? AND ?",
            (s, e)).fetchone()
        revenue = conn.execute(
            "SELECT COALESCE(SUM(p.amount_minor), 0) FROM purchases p JOIN customers c"
            " ON c.id = p.customer_id WHERE c.referred_by_id IS NOT NULL"
            " AND p.purchased_on BETWEEN ? AND ?", (s, e)).fetchone()[0]
        recommended, converted = conn.execute(
            f"SELECT COUNT(*), COUNT(f.day) FROM customers c LEFT JOIN {_FIRST} f"
            " ON f.customer_id = c.id AND f.day <= ? WHERE c.referred_by_id IS NOT NULL",
            (e,)).fetchone()
        top = [TopReferrer(int(i), str(n), int(k), int(m)) for i, n, k, m in conn.execute(
            "SELECT r.id, r.display_name, COUNT(*) AS friends,"
            " COALESCE(SUM((SELECT SUM(p.amount_minor) FROM purchases p"
            "  WHERE p.customer_id = c.id AND p.purchased_on BETWEEN ? AND ?)), 0) AS money"
            f" FROM {_FIRST} f JOIN customers c ON c.id = f.customer_id"
            " JOIN customers r ON r.id = c.referred_by_id WHERE f.day BETWEEN ? AND ?"
            " GROUP BY r.id ORDER BY friends DESC, money DESC, r.display_name LIMIT ?",
            (s, e, s, e, TOP))]
    finally:
        conn.close()
    return ReferralFigures(int(new), int(referred), int(revenue), int(recommended),
                           int(converted), top)
