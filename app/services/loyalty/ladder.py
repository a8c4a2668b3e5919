"""The ladder (setting `loyalty_ladder`) and which step each customer stands on.

A level holds when the customer has at least `orders` orders and/or at least `money_minor` spent
(`join` "and" / "or"; a threshold of 0 is no condition), counted over the whole history or the
last 365 days. The highest level that holds is the customer's. Orders follow the app's order
rule (segments/orders.py): free orders count, refunds lower money, never below zero.

Built-in levels keep an empty `name` until the owner renames them, so they are shown in the
reader's language; a name she typed is her data and is shown as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.services.errors import UserFacingError
from app.services.settings import QT_TRANSLATE_NOOP as _T

WINDOW_ALL = "all"
WINDOW_YEAR = "365"
WINDOW_DAYS = 365

# key -> (English name marked for Qt, Russian name for messages written without Qt)
BUILTIN_NAMES: dict[str, tuple[str, str]] = {
    "new": (_T("loyalty", "New"), "Новый"),
    "regular": (_T("loyalty", "Regular"), "Постоянный"),
    "vip": (_T("loyalty", "VIP"), "VIP"),
    "ambassador": (_T("loyalty", "Ambassador"), "Амбассадор"),
}


@dataclass(frozen=True)
class Level:
    key: str
    name: str = ""  # "" = the built-in name in the reader's language
    orders: int = 0
    money_minor: int = 0
    join: str = "and"

    def label(self, language: str) -> str:
        if self.name.strip():
            return self.name.strip()
        english, russian = BUILTIN_NAMES.get(self.key, (self.key, self.key))
        return russian if language == "ru" else english


@dataclass(frozen=True)
class Ladder:
    levels: tuple[Level, ...]
    window: str = WINDOW_ALL
    grace_days: int = 30

    def index_of(self, key: str | None) -> int:
        """Position of a level key; -1 for none or a level no longer on the ladder."""
        for i, level in enumerate(self.levels):
            if level.key == key:
                return i
        return -1

    def by_key(self, key: str | None) -> Level | None:
        i = self.index_of(key)
        return self.levels[i] if i >= 0 else None

    def to_json(self) -> dict[str, Any]:
        return {"window": self.window, "grace_days": self.grace_days,
                "levels": [{"key": lv.key, "name": lv.name, "orders": lv.orders,
                            "money_minor": lv.money_minor, "join": lv.join}
                           for lv in self.levels]}


DEFAULT_LADDER = Ladder((Level("new", orders=1), Level("regular", orders=2),
                         Level("vip", orders=3), Level("ambassador", orders=5)))


def parse(value: Any) -> Ladder:
    """The stored setting as a Ladder; anything unreadable is the default ladder."""
    if not isinstance(value, dict) or not isinstance(value.get("levels"), list):
        return DEFAULT_LADDER
    try:
        levels = tuple(Level(str(lv["key"]), str(lv.get("name", "")), int(lv.get("orders", 0)),
                             int(lv.get("money_minor", 0)),
                             "or" if lv.get("join") == "or" else "and")
                       for lv in value["levels"])
        window = WINDOW_YEAR if value.get("window") == WINDOW_YEAR else WINDOW_ALL
        return Ladder(levels, window, max(0, int(value.get("grace_days", 30))))
    except (KeyError, TypeError, ValueError):
        return DEFAULT_LADDER


def check(ladder: Ladder) -> None:
    """A sentence for a ladder that cannot be saved."""
    keys = [lv.key for lv in ladder.levels]
    if len(set(keys)) != len(keys):
        raise UserFacingError(_T("errors", "Two levels have the same key."))
    for level in ladder.levels:
        if level.orders <= 0 and level.money_minor <= 0:
            raise UserFacingError(_T("errors",
                                     "Each level needs a number of orders or an amount spent."))
        if level.orders < 0 or level.money_minor < 0:
            raise UserFacingError(_T("errors", "Thresholds cannot be negative."))


def new_key(ladder: Ladder) -> str:
    taken = {lv.key for lv in ladder.levels}
    n = len(taken) + 1
    while f"level_{n}" in taken:
        n += 1
    return f"level_{n}"


def holds(level: Level, orders: np.ndarray, money: np.ndarray) -> np.ndarray:
    """Which customers meet one level (arrays of order counts and money)."""
    by_orders = orders >= level.orders if level.orders > 0 else None
    by_money = money >= level.money_minor if level.money_minor > 0 else None
    if by_orders is None and by_money is None:
        return np.zeros(len(orders), dtype=bool)
    if by_orders is None or by_money is None:
        only = by_orders if by_orders is not None else by_money
        assert only is not None
        return only
    return by_orders | by_money if level.join == "or" else by_orders & by_money


def level_index(ladder: Ladder, orders: np.ndarray, money: np.ndarray) -> np.ndarray:
    """The highest level that holds, as an index into ladder.levels; -1 for none."""
    out = np.full(len(orders), -1, dtype="int64")
    for i, level in enumerate(ladder.levels):
        out[holds(level, orders, money)] = i
    return out


def reach_days(ladder: Ladder, orders: pd.DataFrame) -> pd.DataFrame:
    """For each order (sorted by customer, day as build_orders gives them): which level its
    customer stood on right after it, counting orders and their money within the window
    ending that day. Gives the day each level was first reached: the card's history and the
    level-reached reminders. Refunds are left out here (an order's own amount is what was
    paid that day); the current level (levels.py) counts them."""
    customer = orders["customer_id"].to_numpy(dtype="int64")
    day = orders["day"].to_numpy(dtype="int64")
    amount = orders["amount_minor"].to_numpy(dtype="int64")
    n = len(customer)
    if n == 0:
        return pd.DataFrame({"customer_id": customer, "day": day,
                             "level": np.zeros(0, dtype="int64")})
    first = np.r_[True, customer[1:] != customer[:-1]]
    block_start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
    position = np.arange(n)
    money_cum = np.cumsum(amount)
    if ladder.window == WINDOW_YEAR:
        key = (customer << 24) + day
        start = np.maximum(np.searchsorted(key, key - (WINDOW_DAYS - 1), "left"), block_start)
    else:
        start = block_start
    count = position - start + 1
    before = np.where(start > 0, money_cum[np.maximum(start - 1, 0)], 0)
    money = money_cum - before
    return pd.DataFrame({"customer_id": customer, "day": day,
                         "level": level_index(ladder, count, money)})
