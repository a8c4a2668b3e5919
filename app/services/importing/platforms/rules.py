"""A recognised format's rules applied to a file: each line's money, the rows that are not
sales, the walk-in rows.

Order-level cells are read once per order (from its first row that has them), so an export that
repeats them on every line item counts them once, like one that writes them on the first only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services.importing import parsing
from app.services.importing.coded import CodedText, Mask
from app.services.importing.platforms.base import PlatformFormat

Floats = npt.NDArray[np.float64]
Groups = npt.NDArray[np.int64]
ANY = "*"


@dataclass(frozen=True)
class LineMoney:
    amounts: Floats  # minor units per row; NaN where missing or unreadable
    missing: Mask  # the money the rule needs is blank
    bad: Mask  # a money cell is not a number
    bad_header: str  # the first column with an unreadable cell (for the reason)


def order_groups(orders: CodedText) -> Groups:
    """One number per order; a row without an order number is an order of its own."""
    groups = orders.codes.copy()
    alone = groups < 0
    groups[alone] = len(orders.texts) + np.arange(int(alone.sum()))
    return groups


def line_money(fmt: PlatformFormat, frame: pd.DataFrame, groups: Groups,
               price: Floats | None, quantity: Floats) -> LineMoney:
    """What the customer paid, per line, by the format's money rule (see base.Money)."""
    rule, headers = fmt.money, [str(c) for c in frame.columns]
    n, count = len(frame), int(groups.max()) + 1 if len(groups) else 0
    bad = np.zeros(n, dtype=bool)
    bad_header = ""

    def column(name: str) -> tuple[Floats, Mask]:
        nonlocal bad, bad_header
        header = fmt.find(headers, name)
        if header is None:
            return np.zeros(n), np.ones(n, dtype=bool)
        values = frame[header]
        blank = parsing.blank_mask(values)
        money = parsing.parse_money(values, fmt.decimal_comma)
        unreadable = np.isnan(money) & ~blank
        if unreadable.any() and not bad_header:
            bad_header = header
        bad |= unreadable
        return np.where(blank | unreadable, 0.0, money), blank

    def per_order(name: str) -> tuple[Floats, Mask]:
        """The order's value (0 where none) and whether the order has one."""
        money, blank = column(name)
        first = _first_rows(groups, ~blank, count)
        has = first >= 0
        return np.where(has, money[np.maximum(first, 0)], 0.0), has

    order_value = np.zeros(count)
    order_has = np.zeros(count, dtype=bool)
    for name in rule.order_total:
        value, has = per_order(name)
        order_value += value
        order_has |= has
    for name in rule.order_less:
        order_value -= per_order(name)[0]
    if rule.order_instead:
        value, has = per_order(rule.order_instead)
        order_value = np.where(has, value, order_value)

    own = np.zeros(n)
    missing = np.zeros(n, dtype=bool)
    for position, name in enumerate(rule.line):
        money, blank = column(name)
        own += money
        if position == 0:
            missing = blank
    for name in rule.line_less:
        own -= column(name)[0]
    if rule.order_total:
        missing = ~order_has[groups] if not rule.line else missing & ~order_has[groups]

    if rule.line:
        weights = np.abs(own)
    elif price is not None:
        weights = np.nan_to_num(np.abs(price * quantity))
    else:
        weights = np.ones(n)
    amounts = own + _shares(order_value, groups, weights)
    returned = _matching_rows(fmt.refund, fmt, frame)
    amounts[returned] = -np.abs(amounts[returned])
    amounts[bad | missing] = np.nan
    return LineMoney(amounts, missing, bad, bad_header)


def _first_rows(groups: Groups, present: Mask, count: int) -> npt.NDArray[np.int64]:
    """Each group's first row where `present`, -1 where it has none."""
    rows = np.flatnonzero(present)[::-1]  # reversed: the first row's write comes last and wins
    first = np.full(count, -1, dtype=np.int64)
    first[groups[rows]] = rows
    return first


def _shares(values: Floats, groups: Groups, weights: Floats) -> Floats:
    """Each group's value shared out over its rows by weight, in whole minor units that add up
    to the value (the rounding remainder goes to the group's last row)."""
    if not len(groups):
        return np.zeros(0)
    count = len(values)
    total = np.bincount(groups, weights, minlength=count)
    even = total[groups] == 0  # nothing to weigh by: share evenly
    weights = np.where(even, 1.0, weights)
    total = np.bincount(groups, weights, minlength=count)
    shares = np.round(values[groups] * weights / total[groups])
    remainder = values - np.bincount(groups, shares, minlength=count)
    last = np.full(count, -1, dtype=np.int64)
    last[groups] = np.arange(len(groups))
    has = last >= 0
    shares[last[has]] += remainder[has]
    return shares


def skipped_orders(fmt: PlatformFormat, frame: pd.DataFrame, groups: Groups
                   ) -> list[tuple[str, Mask]]:
    """(header, rows) for each `skip` column: every row of an order that has a row matching."""
    headers = [str(c) for c in frame.columns]
    found = []
    count = int(groups.max()) + 1 if len(groups) else 0
    for name, values in fmt.skip.items():
        header = fmt.find(headers, name)
        if header is None:
            continue
        column = frame[header]
        wanted = {_norm(v) for v in values}
        if ANY in wanted:
            hit = ~parsing.blank_mask(column)
        else:
            hit = parsing.by_unique(column, _one_of(wanted), bool, False)
        orders_hit = np.zeros(count, dtype=bool)
        orders_hit[groups[hit]] = True
        found.append((header, orders_hit[groups]))
    return found


def _matching_rows(wanted_values: Mapping[str, tuple[str, ...]], fmt: PlatformFormat,
                   frame: pd.DataFrame) -> Mask:
    """Rows where any of the columns holds one of its values."""
    headers = [str(c) for c in frame.columns]
    hit = np.zeros(len(frame), dtype=bool)
    for name, values in wanted_values.items():
        header = fmt.find(headers, name)
        if header is not None:
            wanted = {_norm(v) for v in values}
            hit |= parsing.by_unique(frame[header], _one_of(wanted), bool, False)
    return hit


def _one_of(wanted: set[str]) -> Callable[[object], bool]:
    def test(value: object) -> bool:
        return _norm(value) in wanted

    return test


def walk_in_rows(fmt: PlatformFormat, customer: CodedText) -> Mask:
    """Rows whose customer name says "no customer" (a walk-in sale)."""
    if not fmt.walk_in or not len(customer.texts):
        return np.zeros(len(customer), dtype=bool)
    names = {_norm(v) for v in fmt.walk_in}
    is_walk_in = np.append([_norm(t) in names for t in customer.texts.tolist()], False)
    walk_in: Mask = is_walk_in[customer.codes]
    return walk_in


def _norm(value: object) -> str:
    return " ".join(str(value).casefold().replace("ё", "е").split()) if isinstance(
        value, str) else ""
