"""Closing the loop: did a contact bring the customer back?

A contact is *converted* when the customer placed an order (any line but a refund: a free sample
fetched after a reminder is a visit too) on one of the `window` days after the contact's day;
contacts.converted_on holds the first such purchase day. The figures shown count people, not
contacts: a person written to three times who bought once is one success out of one.
A purchase on the contact's own day does not count: thank-you messages are written on purchase
days, and the purchase came first. The whole column is recomputed each time (one SQL statement), so
undoing an import or changing the window never leaves a stale mark. Failed e-mails never convert.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services import sql_dialect
from app.services.database import Database


def attribute_conversions(db: Database, window_days: int) -> int:
    """Recompute contacts.converted_on; returns how many contacts are converted now."""
    conn = db.raw_connection()
    try:
        with conn:
            window_end = sql_dialect.plus_days(conn, "contacts.contacted_at", str(int(window_days)))
            conn.execute(
                "UPDATE contacts SET converted_on = CASE WHEN outcome = 'failed' THEN NULL ELSE ("
                " SELECT MIN(p.purchased_on) FROM purchases p"
                " WHERE p.customer_id = contacts.customer_id AND p.amount_minor >= 0"
                " AND p.purchased_on > date(contacts.contacted_at)"
                f" AND p.purchased_on <= {window_end}) END",
            )
        return int(conn.execute(
            "SELECT COUNT(*) FROM contacts WHERE converted_on IS NOT NULL").fetchone()[0])
    finally:
        conn.close()


@dataclass(frozen=True)
class RuleConversion:
    """People, not clicks: how many people were written to, and how many of them came back.

    A person contacted in the period counts once (in each rule's row once, and once overall, however
    many messages she got); she counts as brought back when she bought within the window after any
    of those contacts (contacts.converted_on)."""

    rule: str  # a rule key; "" for contacts not made from a reminder; "*" for everyone
    people: int
    converted: int

    @property
    def rate(self) -> float:
        return self.converted / self.people if self.people else 0.0


def _people(since: str | None, until: str | None) -> tuple[str, dict[str, str]]:
    """The counting columns and their filter; an open end of the period adds no condition (a
    NULL parameter has no type PostgreSQL could compare with a date)."""
    sql = ("COUNT(DISTINCT customer_id),"
           " COUNT(DISTINCT CASE WHEN converted_on IS NOT NULL THEN customer_id END)"
           " FROM contacts WHERE outcome != 'failed'")
    params: dict[str, str] = {}
    if since is not None:
        sql += " AND date(contacted_at) >= :since"
        params["since"] = since
    if until is not None:
        sql += " AND date(contacted_at) <= :until"
        params["until"] = until
    return sql, params


def conversion_by_rule(db: Database, since: str | None = None,
                       until: str | None = None) -> list[RuleConversion]:
    """People written to and people who came back, per rule (most people first), optionally
    within dates (ISO, both ends included)."""
    conn = db.raw_connection()
    try:
        people, params = _people(since, until)
        rows = conn.execute(
            f"SELECT COALESCE(rule, ''), {people} GROUP BY COALESCE(rule, '')"
            " ORDER BY 2 DESC, 1", params).fetchall()
    finally:
        conn.close()
    return [RuleConversion(rule, int(n), int(c)) for rule, n, c in rows]


def conversion_overall(db: Database, since: str | None = None,
                       until: str | None = None) -> RuleConversion:
    """Everyone written to in the period, each person once, whatever the rule."""
    conn = db.raw_connection()
    try:
        people, params = _people(since, until)
        n, c = conn.execute(f"SELECT {people}", params).fetchone()
    finally:
        conn.close()
    return RuleConversion("*", int(n), int(c))


def came_back_since(db: Database, since: str) -> int:
    """Customers who bought after a message sent on or after `since` (ISO date)."""
    conn = db.raw_connection()
    try:
        return int(conn.execute(
            "SELECT COUNT(DISTINCT customer_id) FROM contacts WHERE converted_on IS NOT NULL"
            " AND outcome != 'failed' AND date(contacted_at) >= ?", (since,)).fetchone()[0])
    finally:
        conn.close()
