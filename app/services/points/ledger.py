"""The arithmetic of points, on plain rows (no database): earning, the redemption cap, FIFO expiry.

Units: a point is worth one unit of the shop's currency and is kept in hundredths, like money
(minor units), so 5 % of 1,234.56 is 61.72 points. Every fraction below a hundredth is dropped
(truncated toward zero): the shop never promises more than its percentage, and a refund takes back
exactly what the same amount would have earned.

Expiry is first in, first out: a spend (a redemption, a negative adjustment, a correction after a
refund) uses the oldest points still valid on its day; what is left of a lot on its expiry day
lapses. A spend larger than every valid lot (a refund after the points were used) is a debt that
the next points pay first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal


@dataclass(frozen=True)
class Row:
    id: int
    kind: str  # "earned" | "redeemed" | "adjusted" | "expired"
    points_minor: int
    active_on: dt.date
    lot_id: int | None = None


@dataclass(frozen=True)
class Lot:
    """A positive row and what became of it by the day asked about."""

    id: int
    points_minor: int
    expires_on: dt.date | None
    left_minor: int  # not yet spent (nor lapsed) on that day
    lapsed_minor: int  # due to lapse by that day (recorded or not)


def earned_for(amount_minor: int, percent: float) -> int:
    """Points (in hundredths) an order of `amount_minor` earns; a negative amount (a refund on its
    own) gives a negative number of the same size a sale of that amount would earn."""
    exact = Decimal(amount_minor) * Decimal(str(percent)) / 100
    return int(exact.to_integral_value(rounding=ROUND_DOWN))


def redeem_cap(balance_minor: int, order_minor: int | None, max_share_percent: int) -> int:
    """The most that may be redeemed: the balance, and against an order at most its share."""
    cap = max(balance_minor, 0)
    if order_minor is not None:
        cap = min(cap, max(order_minor, 0) * max_share_percent // 100)
    return cap


def balance(rows: list[Row], as_of: dt.date) -> int:
    return sum(r.points_minor for r in rows if r.active_on <= as_of)


def lots(rows: list[Row], as_of: dt.date, expiry_days: int) -> list[Lot]:
    """Each positive row active by `as_of`, oldest first, with FIFO spending and lapsing applied
    up to `as_of` (expired rows already recorded are outcomes here, never spends)."""
    positive = sorted((r for r in rows if r.points_minor > 0 and r.kind != "expired"
                       and r.active_on <= as_of), key=lambda r: (r.active_on, r.id))
    spends = sorted((r for r in rows if r.points_minor < 0 and r.kind != "expired"
                     and r.active_on <= as_of), key=lambda r: (r.active_on, r.id))
    never = expiry_days <= 0

    def ends(r: Row) -> dt.date | None:
        return None if never else r.active_on + dt.timedelta(days=expiry_days)

    left = {r.id: r.points_minor for r in positive}
    lapsed = dict.fromkeys(left, 0)
    debt = 0
    # Walk the days on which something happens: a lot starts, a lot lapses, a spend.
    days = sorted({r.active_on for r in positive} | {r.active_on for r in spends}
                  | {e for r in positive if (e := ends(r)) is not None and e <= as_of})
    spend_at = 0
    for day in days:
        for r in positive:  # lapse first: points are usable up to the day before they end
            end = ends(r)
            if end is not None and end <= day and left[r.id] > 0:
                lapsed[r.id] += left[r.id]
                left[r.id] = 0
        for r in positive:  # a new lot pays any debt first
            if r.active_on == day and debt > 0:
                paid = min(debt, left[r.id])
                left[r.id] -= paid
                debt -= paid
        while spend_at < len(spends) and spends[spend_at].active_on == day:
            need = -spends[spend_at].points_minor
            for r in positive:
                if need == 0:
                    break
                end = ends(r)
                if r.active_on <= day and (end is None or end > day) and left[r.id] > 0:
                    used = min(need, left[r.id])
                    left[r.id] -= used
                    need -= used
            debt += need
            spend_at += 1
    return [Lot(r.id, r.points_minor, ends(r), left[r.id], lapsed[r.id]) for r in positive]


def lapses_to_record(rows: list[Row], as_of: dt.date, expiry_days: int) -> dict[int, int]:
    """lot id -> hundredths still to write as "expired" (what lapsed minus what is recorded)."""
    recorded: dict[int, int] = {}
    for r in rows:
        if r.kind == "expired" and r.lot_id is not None:
            recorded[r.lot_id] = recorded.get(r.lot_id, 0) - r.points_minor
    due = {}
    for lot in lots(rows, as_of, expiry_days):
        missing = lot.lapsed_minor - recorded.get(lot.id, 0)
        if missing > 0:
            due[lot.id] = missing
    return due


def expiring(rows: list[Row], as_of: dt.date, expiry_days: int,
             within_days: int) -> tuple[dt.date, int] | None:
    """The nearest day (after `as_of`, within `within_days`) on which some points lapse, and how
    many; None when nothing lapses that soon."""
    soon = [lot for lot in lots(rows, as_of, expiry_days)
            if lot.expires_on is not None and lot.left_minor > 0
            and as_of < lot.expires_on <= as_of + dt.timedelta(days=within_days)]
    if not soon:
        return None
    first = min(lot.expires_on for lot in soon if lot.expires_on is not None)
    return first, sum(lot.left_minor for lot in soon if lot.expires_on == first)
