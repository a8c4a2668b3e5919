"""Who may be recorded as having recommended whom, and setting it.

A recommendation brings a *new* customer: the friend has no order before the day it is recorded
(or it is set before her first order). Nobody recommends herself: not the same card, not a card
sharing her phone or e-mail, not a card merged into hers (customer_identities). And no circle:
if Anna brought Boris, Boris cannot be recorded as having brought Anna (nor anyone above her).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.settings import QT_TRANSLATE_NOOP as _T

ERR_SAME = _T("errors", "A customer cannot recommend themselves: choose the friend who told them.")
ERR_SAME_CONTACT = _T("errors", "%1 has the same phone or e-mail as this customer, so it is "
                                "probably the same person: a customer cannot recommend themselves.")
ERR_MERGED = _T("errors", "%1 was merged with this customer (they are one person): a customer "
                          "cannot recommend themselves.")
ERR_NOT_NEW = _T("errors", "%1 already bought here on %2: a recommendation counts only for a "
                           "new customer, before the first order.")
ERR_CYCLE = _T("errors", "%1 came by this customer's recommendation (directly or through "
                         "friends), so this customer cannot have come by theirs.")
ERR_GONE = _T("errors", "This customer no longer exists: close the card and open it again.")


def _one(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> tuple[object, ...]:
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise UserFacingError(ERR_GONE)
    return tuple(row)


def _contacts(conn: sqlite3.Connection, customer_id: int) -> set[tuple[str, str]]:
    """Her phone and e-mail, and those of cards merged into hers, as (kind, value)."""
    phone, email = _one(conn, "SELECT phone_e164, lower(email) FROM customers WHERE id = ?",
                        (customer_id,))
    found = {("phone", str(phone))} if phone else set()
    if email:
        found.add(("email", str(email).strip()))
    found |= {(str(k), str(v).strip().lower()) for k, v in conn.execute(
        "SELECT kind, value FROM customer_identities WHERE customer_id = ?"
        " AND kind IN ('phone', 'email')", (customer_id,))}
    return found


def _merged_into(conn: sqlite3.Connection, keep_id: int, other_id: int) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM customer_merges WHERE undone_at IS NULL"
                        " AND ((keep_id = ? AND other_id = ?) OR (keep_id = ? AND other_id = ?)))",
                        (keep_id, other_id, other_id, keep_id)).fetchone()[0])


def check(conn: sqlite3.Connection, friend_id: int, referrer_id: int,
          day: dt.date) -> UserFacingError | None:
    """Why `referrer_id` cannot be recorded as having recommended `friend_id` on `day`, or
    None when the recommendation is allowed."""
    if friend_id == referrer_id:
        return UserFacingError(ERR_SAME)
    (friend_name,) = _one(conn, "SELECT display_name FROM customers WHERE id = ?", (friend_id,))
    (referrer_name,) = _one(conn, "SELECT display_name FROM customers WHERE id = ?",
                            (referrer_id,))
    if _merged_into(conn, friend_id, referrer_id):
        return UserFacingError(ERR_MERGED, params=(referrer_name,))
    if _contacts(conn, friend_id) & _contacts(conn, referrer_id):
        return UserFacingError(ERR_SAME_CONTACT, params=(referrer_name,))
    first = conn.execute("SELECT MIN(purchased_on) FROM purchases WHERE customer_id = ?"
                         " AND amount_minor >= 0", (friend_id,)).fetchone()[0]
    if first is not None and dt.date.fromisoformat(str(first)[:10]) < day:
        return UserFacingError(ERR_NOT_NEW, params=(friend_name, str(first)[:10]))
    # Walk up from the referrer: reaching the friend closes a circle. `seen` stops on a circle
    # already stored (older data, an import) instead of looping.
    seen, current = {referrer_id}, referrer_id
    while (row := conn.execute("SELECT referred_by_id FROM customers WHERE id = ?",
                               (current,)).fetchone()) and row[0] is not None:
        current = int(row[0])
        if current == friend_id:
            return UserFacingError(ERR_CYCLE, params=(referrer_name,))
        if current in seen:
            break
        seen.add(current)
    return None


def set_referrer(db: Database, friend_id: int, referrer_id: int | None, day: dt.date) -> None:
    """Record who recommended `friend_id` (None: nobody), or raise the refusal's sentence.
    Removing a referrer also removes a bonus recorded for that recommendation."""
    with db.immediate() as conn:
        if referrer_id is not None:
            refusal = check(conn, friend_id, referrer_id, day)
            if refusal is not None:
                raise refusal
        _one(conn, "SELECT id FROM customers WHERE id = ?", (friend_id,))
        conn.execute("UPDATE customers SET referred_by_id = ?, updated_at = CURRENT_TIMESTAMP"
                     " WHERE id = ?", (referrer_id, friend_id))
        conn.execute("DELETE FROM referral_rewards WHERE friend_id = ?"
                     " AND referrer_id IS DISTINCT FROM ?", (friend_id, referrer_id))

