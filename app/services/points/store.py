"""The points ledger in the database: earning derived from purchases, redemptions, adjustments,
expiry, and what the card shows. One short transaction per write.

Earning is a reconciliation, so running it again (after an import, a hand sale, an undone
import, a merge) adds nothing twice. An order is keyed per customer by its order id, or by its
day when it has none ("o:<id>", "d:<YYYY-MM-DD>"), and its amount is the sum of all its lines,
refunds included. The ledger remembers which amount each order earned on (`order_minor`); when
the purchases now say otherwise (a refund line, an import undone), a correction row of the same
key is appended, never an edit: the order's points are then what its new amount earns, or all of
them taken back when the order is gone. A change of the percentage reaches an old order only
through such a correction.
Rows keep the activation day of their order, so a correction to an order whose points are still
waiting cancels them before they ever count.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.points import ledger
from app.services.settings import (
    POINTS_ACTIVATION_DAYS,
    POINTS_ENABLED,
    POINTS_EXPIRY_DAYS,
    POINTS_MAX_SHARE,
    POINTS_PERCENT,
    POINTS_SINCE,
    QT_TRANSLATE_NOOP,
    Settings,
)

_ORDERS_SQL = """
SELECT customer_id, COALESCE('o:' || order_id, 'd:' || purchased_on) AS k,
       MIN(purchased_on), SUM(amount_minor)
FROM purchases WHERE purchased_on >= ? {where} GROUP BY customer_id, k
ORDER BY customer_id, MIN(purchased_on), k
"""
_EARNED_SQL = """
SELECT customer_id, order_key, SUM(points_minor), SUM(order_minor), MIN(active_on)
FROM points_ledger WHERE kind = 'earned' {where} GROUP BY customer_id, order_key
"""


_TOO_MUCH = QT_TRANSLATE_NOOP("errors", "At most %1 points can be redeemed here.")


class RedeemTooMuchError(UserFacingError):
    """More than the balance or the order's share; `cap_minor` lets the UI write the number its
    own way (61,72 in Russian)."""

    def __init__(self, cap_minor: int) -> None:
        self.cap_minor = cap_minor
        super().__init__(_TOO_MUCH, params=[f"{cap_minor / 100:.2f}"])


@dataclass(frozen=True)
class Entry:
    """One ledger row as the card lists it."""

    id: int
    kind: str
    points_minor: int
    day: dt.date
    active_on: dt.date
    order_minor: int | None
    reason: str


@dataclass(frozen=True)
class Summary:
    balance_minor: int  # spendable today
    waiting_minor: int  # earned, not yet active
    expiring: tuple[dt.date, int] | None  # the next lapse within the reminder's days
    entries: list[Entry]


def enabled(settings: Settings) -> bool:
    return bool(settings.get(POINTS_ENABLED))


def sync(db: Database, settings: Settings, as_of: dt.date, now: dt.datetime,
         customer_id: int | None = None) -> int:
    """Bring the earned rows in line with the purchases, then record what lapsed by `as_of`.
    Returns the number of rows written. Nothing happens while points are off."""
    if not enabled(settings):
        return 0
    since = settings.get(POINTS_SINCE)
    if not since:
        since = as_of.isoformat()
        settings.set(POINTS_SINCE, since)
    percent = float(settings.get(POINTS_PERCENT))
    delay = dt.timedelta(days=int(settings.get(POINTS_ACTIVATION_DAYS)))
    where, args = ("AND customer_id = ?", (customer_id,)) if customer_id is not None else ("", ())
    with db.immediate() as conn:
        orders = conn.execute(_ORDERS_SQL.format(where=where), (since, *args)).fetchall()
        known = {(c, k): (int(p), int(a or 0), act) for c, k, p, a, act
                 in conn.execute(_EARNED_SQL.format(where=where), args)}
        rows = []
        for cid, key, day, amount in orders:
            points, seen, active = known.pop((cid, key), (0, 0, None))
            if amount == seen:
                continue
            change = ledger.earned_for(amount, percent) - points
            if active is None:
                active = (dt.date.fromisoformat(day) + delay).isoformat()
                written_on = day
            else:
                written_on = as_of.isoformat()
            rows.append((cid, "earned", change, written_on, active, key, amount - seen))
        for (cid, key), (points, seen, active) in known.items():  # orders that are gone
            if points or seen:
                rows.append((cid, "earned", -points, as_of.isoformat(), active, key, -seen))
        conn.executemany(
            "INSERT INTO points_ledger (customer_id, kind, points_minor, day, active_on,"
            " order_key, order_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r, now.isoformat(sep=" ")) for r in rows])
        written = len(rows) + _record_lapses(conn, settings, as_of, now, customer_id)
    return written


def rows_by_customer(conn: sqlite3.Connection,
                      customer_id: int | None) -> dict[int, list[ledger.Row]]:
    where, args = ("WHERE customer_id = ?", (customer_id,)) if customer_id is not None else ("", ())
    out: dict[int, list[ledger.Row]] = defaultdict(list)
    for rid, cid, kind, points, active, lot in conn.execute(
            "SELECT id, customer_id, kind, points_minor, active_on, lot_id FROM points_ledger "
            + where, args):
        out[cid].append(ledger.Row(rid, kind, points, dt.date.fromisoformat(active), lot))
    return out


def _record_lapses(conn: sqlite3.Connection, settings: Settings, as_of: dt.date,
                   now: dt.datetime, customer_id: int | None) -> int:
    days = int(settings.get(POINTS_EXPIRY_DAYS))
    if days <= 0:
        return 0
    rows = []
    for cid, mine in rows_by_customer(conn, customer_id).items():
        starts = {r.id: r.active_on for r in mine}
        for lot_id, lapsed in ledger.lapses_to_record(mine, as_of, days).items():
            end = (starts[lot_id] + dt.timedelta(days=days)).isoformat()
            rows.append((cid, -lapsed, end, end, lot_id, now.isoformat(sep=" ")))
    conn.executemany(
        "INSERT INTO points_ledger (customer_id, kind, points_minor, day, active_on, lot_id,"
        " created_at) VALUES (?, 'expired', ?, ?, ?, ?, ?)", rows)
    return len(rows)


def summary(db: Database, settings: Settings, customer_id: int, as_of: dt.date,
            within_days: int) -> Summary:
    conn = db.raw_connection()
    try:
        mine = rows_by_customer(conn, customer_id).get(customer_id, [])
        entries = [Entry(i, k, p, dt.date.fromisoformat(d), dt.date.fromisoformat(a), o, r or "")
                   for i, k, p, d, a, o, r in conn.execute(
                       "SELECT id, kind, points_minor, day, active_on, order_minor, reason"
                       " FROM points_ledger WHERE customer_id = ? ORDER BY day DESC, id DESC",
                       (customer_id,))]
    finally:
        conn.close()
    total = sum(r.points_minor for r in mine)
    spendable = ledger.balance(mine, as_of)
    soon = ledger.expiring(mine, as_of, int(settings.get(POINTS_EXPIRY_DAYS)), within_days)
    return Summary(spendable, total - spendable, soon, entries)


def redeem(db: Database, settings: Settings, customer_id: int, points_minor: int,
           as_of: dt.date, now: dt.datetime, order_minor: int | None = None,
           note: str = "") -> None:
    """Pay with points: at most the balance and, against an order, its allowed share."""
    if points_minor <= 0:
        raise UserFacingError("Enter how many points to redeem.")
    share = int(settings.get(POINTS_MAX_SHARE))
    with db.immediate() as conn:
        mine = rows_by_customer(conn, customer_id).get(customer_id, [])
        cap = ledger.redeem_cap(ledger.balance(mine, as_of), order_minor, share)
        if points_minor > cap:
            raise RedeemTooMuchError(cap)
        conn.execute(
            "INSERT INTO points_ledger (customer_id, kind, points_minor, day, active_on,"
            " order_minor, reason, created_at) VALUES (?, 'redeemed', ?, ?, ?, ?, ?, ?)",
            (customer_id, -points_minor, as_of.isoformat(), as_of.isoformat(), order_minor,
             note.strip(), now.isoformat(sep=" ")))


def adjust(db: Database, customer_id: int, points_minor: int, reason: str, as_of: dt.date,
           now: dt.datetime) -> None:
    """Add (positive) or take away (negative) points by hand; the reason is required."""
    if not reason.strip():
        raise UserFacingError("Write why the points change.")
    if points_minor == 0:
        raise UserFacingError(
            "Enter how many points to add or take away.")
    with db.immediate() as conn:
        conn.execute(
            "INSERT INTO points_ledger (customer_id, kind, points_minor, day, active_on, reason,"
            " created_at) VALUES (?, 'adjusted', ?, ?, ?, ?, ?)",
            (customer_id, points_minor, as_of.isoformat(), as_of.isoformat(), reason.strip(),
             now.isoformat(sep=" ")))
