"""Closing the loop: did a contact bring the customer back?

A contact is *converted* when the customer placed an order (any line but a refund: a free sample
fetched after a reminder is a visit too) on one of the `window` days after the contact's day;
contacts.converted_on holds the first such purchase day.
A purchase on the contact's own day does not count: thank-you messages are written on purchase
days, and the purchase came first. The whole column is recomputed each time (one SQL statement), so
undoing an import or changing the window never leaves a stale mark. Failed e-mails never convert.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.database import Database


def attribute_conversions(db: Database, window_days: int) -> int:
    """Recompute contacts.converted_on; returns how many contacts are converted now."""
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(
                "UPDATE contacts SET converted_on = CASE WHEN outcome = 'failed' THEN NULL ELSE ("
                " SELECT MIN(p.purchased_on) FROM purchases p"
                " WHERE p.customer_id = contacts.customer_id AND p.amount_minor >= 0"
                " AND p.purchased_on > date(contacts.contacted_at)"
                " AND p.purchased_on <= date(contacts.contacted_at, ?)) END",
                (f"+{int(window_days)} days",),
            )
        return int(conn.execute(
            "SELECT COUNT(*) FROM contacts WHERE converted_on IS NOT NULL").fetchone()[0])
    finally:
        conn.close()


@dataclass(frozen=True)
class RuleConversion:
    rule: str  # a rule key; "" for contacts not made from a reminder
    contacts: int
    converted: int

    @property
    def rate(self) -> float:
        return self.converted / self.contacts if self.contacts else 0.0


def conversion_by_rule(db: Database, since: str | None = None) -> list[RuleConversion]:
    """Contacts and conversions per rule (most contacts first), optionally from a date (ISO)."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT COALESCE(rule, ''), COUNT(*), COUNT(converted_on) FROM contacts"
            " WHERE outcome != 'failed' AND (? IS NULL OR date(contacted_at) >= ?)"
            " GROUP BY COALESCE(rule, '') ORDER BY COUNT(*) DESC, 1",
            (since, since),
        ).fetchall()
    finally:
        conn.close()
    return [RuleConversion(rule, int(n), int(c)) for rule, n, c in rows]


def came_back_since(db: Database, since: str) -> int:
    """Customers who bought after a message sent on or after `since` (ISO date)."""
    conn = db.raw_connection()
    try:
        return int(conn.execute(
            "SELECT COUNT(DISTINCT customer_id) FROM contacts WHERE converted_on IS NOT NULL"
            " AND outcome != 'failed' AND date(contacted_at) >= ?", (since,)).fetchone()[0])
    finally:
        conn.close()
