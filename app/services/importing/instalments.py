"""Instalments: a package paid in parts over several days is one sale, not several orders.

A file with an order-number column says which lines are one order already. A file without one
(a tutor's sheet of payments) only has the customer, the product and the day: with the
`instalment_days` setting above 0, the lines of one customer for one product within that many days
of the group's first payment become one order. Each line stays a line (the file's sum is the
customers' spend); they only share a made-up order number, so counting orders, the reminders
("3rd order") and the segments see one order. Refunds (negative lines) are left alone: they are
no order anyway.

The made-up number is built from the customer, the product and the first payment's day, so
importing the same file again makes the same numbers. Line keys (dedup) are computed from the
file's own columns before this, so changing the setting never makes a re-import add lines again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services import day_numbers


@dataclass(frozen=True)
class Joined:
    """What joining did: per line an order number (None: not joined) and order code (-1)."""

    order_ids: list[str | None]
    order_codes: npt.NDArray[np.int64]
    payments: int  # lines now sharing a made-up order number
    orders: int  # the orders they make


NOTHING_JOINED_CODE = -1


def join_instalments(refs: np.ndarray, identity: list[str | None], products: list[str | None],
                     days: np.ndarray, amounts: np.ndarray, within_days: int) -> Joined:
    """Per line: `refs` the customer, `identity` the customer's text identity (stable across
    imports), `products`, `days` (days since 1970), `amounts` (minor units)."""
    n = len(refs)
    order_ids: list[str | None] = [None] * n
    codes = np.full(n, NOTHING_JOINED_CODE, dtype=np.int64)
    if within_days <= 0 or n == 0:
        return Joined(order_ids, codes, 0, 0)
    eligible = np.flatnonzero((np.asarray(amounts) >= 0)
                              & pd.notna(np.asarray(products, dtype=object)))
    frame = pd.DataFrame({"line": eligible, "ref": np.asarray(refs)[eligible],
                          "product": np.asarray(products, dtype=object)[eligible],
                          "day": np.asarray(days)[eligible]})
    frame = frame.sort_values(["ref", "product", "day", "line"], kind="stable")
    payments = orders = 0
    for (_ref, product), lines in frame.groupby(["ref", "product"], sort=False):
        for group in _groups(lines["day"].to_numpy(), within_days):
            members = lines["line"].to_numpy()[group]
            if len(set(lines["day"].to_numpy()[group].tolist())) < 2:
                continue  # one day: one order already
            first_day = int(lines["day"].to_numpy()[group][0])
            first_line = int(members[0])
            order_id = instalment_order_id(identity[first_line] or str(_ref), str(product),
                                           first_day)
            for line in members.tolist():
                order_ids[line] = order_id
                codes[line] = orders
            payments += len(members)
            orders += 1
    return Joined(order_ids, codes, payments, orders)


def _groups(days: np.ndarray, within_days: int) -> list[np.ndarray]:
    """Positions of `days` (ascending) grouped: a group holds every day within `within_days` of
    its first day; the next day after that starts a new group."""
    groups: list[np.ndarray] = []
    start = 0
    while start < len(days):
        stop = int(np.searchsorted(days, days[start] + within_days, side="right"))
        groups.append(np.arange(start, stop))
        start = stop
    return groups


def instalment_order_id(identity: str, product: str, first_day: int) -> str:
    """A readable, stable order number: the first payment's date and a short hash of who and
    what (two customers' courses starting on one day stay two orders)."""
    digest = hashlib.sha1(f"{identity}\x1f{product}".encode()).hexdigest()[:8]
    return f"instalments-{day_numbers.to_date(first_day).isoformat()}-{digest}"
