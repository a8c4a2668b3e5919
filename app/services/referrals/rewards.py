"""The two-sided bonus: recorded once per friend, on the day of her first order.

Orders follow "What an order is": a line of amount 0 or more makes an order, a refund never
does, so the first order's day is the friend's earliest such line. The bonus texts are copied
from the settings at the time (a later change of the offer does not rewrite a promise).
"""

from __future__ import annotations

import sqlite3

from app.services.database import Database
from app.services.settings import REFERRAL_FRIEND_BONUS, REFERRAL_YOUR_BONUS, Settings

# Friends with a referrer, a first order and no reward yet; their first order's day and line.
_MISSING = """
SELECT c.id, c.referred_by_id, f.day,
       (SELECT MIN(p.id) FROM purchases p WHERE p.customer_id = c.id AND p.amount_minor >= 0
        AND p.purchased_on = f.day)
FROM customers c
JOIN (SELECT customer_id, MIN(purchased_on) AS day FROM purchases WHERE amount_minor >= 0
      GROUP BY customer_id) f ON f.customer_id = c.id
WHERE c.referred_by_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM referral_rewards r WHERE r.friend_id = c.id)
"""


def record_missing(conn: sqlite3.Connection, friend_bonus: str, referrer_bonus: str) -> int:
    rows = conn.execute(_MISSING).fetchall()
    conn.executemany(
        "INSERT INTO referral_rewards (referrer_id, friend_id, day, first_purchase_id,"
        " friend_bonus, referrer_bonus) VALUES (?, ?, ?, ?, ?, ?)",
        [(referrer, friend, day, line, friend_bonus, referrer_bonus)
         for friend, referrer, day, line in rows])
    return len(rows)


def record_rewards(db: Database, settings: Settings) -> int:
    """Record the bonus of every recommended friend whose first order is now stored (after an
    import, a hand sale, a referrer set on the card); returns how many were recorded."""
    with db.immediate() as conn:
        return record_missing(conn, settings.get(REFERRAL_FRIEND_BONUS).strip(),
                              settings.get(REFERRAL_YOUR_BONUS).strip())
