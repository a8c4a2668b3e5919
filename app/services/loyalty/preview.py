"""Who would move if the owner saved a proposed ladder, before she saves it.

Asked again on every edit in the ladder editor, so it reads as little as it can: the purchase
lines once (the fast read of segments/orders.py; orders are built from them and money summed
from the same lines), and the current levels as one id list per level (group_concat), never a
row per customer. Levels are small integer codes from then on: the proposed ladder's keys
first, then any key only stored levels have (a level the proposal removes).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.loyalty.ladder import WINDOW_DAYS, WINDOW_YEAR, Ladder, level_index
from app.services.loyalty.levels import HAND
from app.services.segments import orders as orders_mod
from app.services.sql_dialect import group_concat

NONE = -1  # no level
_FEW = 5_000  # moves up to which names are read by id (more: one read of every name)


@dataclass(frozen=True)
class Move:
    customer_id: int
    name: str
    before: str | None  # level key, None for no level
    after: str | None


@dataclass(frozen=True)
class LadderPreview:
    counts_now: dict[str, int]  # level key -> customers on it now (keys of either ladder)
    counts_proposed: dict[str, int]
    up: list[Move]
    down: list[Move]


@dataclass(frozen=True)
class _Standing:
    """Customers (sorted ids) and their level under a ladder, from orders and money."""
    ids: np.ndarray
    level: np.ndarray  # index into the ladder's levels, NONE below the first


@dataclass(frozen=True)
class _Current:
    """Customers standing on a level now (sorted ids): the level's key and set-by-hand."""
    ids: np.ndarray
    keys: list[str]  # distinct stored keys
    code: np.ndarray  # index into `keys`
    hand: np.ndarray


def _standing(ladder: Ladder, today: dt.date, lines: pd.DataFrame) -> _Standing:
    """As levels.standing: orders counted by the order rule, money the sum of every line
    (refunds lower it, never below 0), both within the ladder's window."""
    orders = orders_mod.build_orders(lines)
    if ladder.window == WINDOW_YEAR:
        start = day_numbers.from_date(today) - (WINDOW_DAYS - 1)
        lines = lines[lines["day"].to_numpy(dtype="int64") >= start]
        orders = orders[orders["day"].to_numpy(dtype="int64") >= start]
    money = lines.groupby("customer_id")["amount_minor"].sum()
    count = orders.groupby("customer_id").size()
    ids = np.union1d(money.index.to_numpy(dtype="int64"), count.index.to_numpy(dtype="int64"))
    spent = money.reindex(ids, fill_value=0).to_numpy(dtype="int64").clip(min=0)
    counted = count.reindex(ids, fill_value=0).to_numpy(dtype="int64")
    return _Standing(ids, level_index(ladder, counted, spent))


def _current(conn: sqlite3.Connection) -> _Current:
    keys: list[str] = []
    parts: list[tuple[np.ndarray, int, bool]] = []
    for key, how, ids in conn.execute(
            f"SELECT level, how, {group_concat(conn, 'customer_id')} FROM customer_levels"
            " WHERE until IS NULL GROUP BY level, how"):
        if str(key) not in keys:
            keys.append(str(key))
        parts.append((np.array(str(ids).split(","), dtype="int64"), keys.index(str(key)),
                      how == HAND))
    if not parts:
        empty = np.zeros(0, dtype="int64")
        return _Current(empty, [], empty, np.zeros(0, dtype=bool))
    ids = np.concatenate([p[0] for p in parts])
    code = np.concatenate([np.full(len(p[0]), p[1], dtype="int64") for p in parts])
    hand = np.concatenate([np.full(len(p[0]), p[2], dtype=bool) for p in parts])
    order = np.argsort(ids, kind="stable")
    return _Current(ids[order], keys, code[order], hand[order])


def _placed(ids: np.ndarray, values: np.ndarray, everyone: np.ndarray, fill: int) -> np.ndarray:
    """`values` of sorted `ids`, spread over the sorted superset `everyone`; `fill` elsewhere."""
    out = np.full(len(everyone), fill, dtype=values.dtype)
    out[np.searchsorted(everyone, ids)] = values
    return out


def _names(db: Database, ids: np.ndarray) -> dict[int, str]:
    """Display names of these customers: all names read at once when many move, else by id."""
    conn = db.raw_connection()
    try:
        if len(ids) > _FEW:
            return dict(conn.execute("SELECT id, display_name FROM customers").fetchall())
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500].tolist()
            found.update(conn.execute(
                f"SELECT id, display_name FROM customers WHERE id IN"
                f" ({','.join('?' * len(chunk))})", chunk).fetchall())
        return found
    finally:
        conn.close()


def preview(db: Database, proposed: Ladder, today: dt.date,
            saved: Ladder | None = None) -> LadderPreview:
    """Counts per level now vs under `proposed`, and the people moving up and down. Hand-set
    levels stay (unless the ladder lifts them), as saving would do. A level the proposal
    removes is ranked by its place on the `saved` ladder."""
    conn = db.raw_connection()
    try:
        lines = orders_mod.load_order_lines(conn)
        now = _current(conn)
    finally:
        conn.close()
    stand = _standing(proposed, today, lines)
    ids = np.union1d(stand.ids, now.ids)
    # One vocabulary of keys: the proposal's (so a computed index is its own code), then the
    # stored keys it no longer has.
    vocabulary = [lv.key for lv in proposed.levels]
    vocabulary += [k for k in now.keys if k not in vocabulary]
    to_vocabulary = np.array([vocabulary.index(k) for k in now.keys] or [0], dtype="int64")
    proposed_rank = np.array([i if i < len(proposed.levels) else NONE
                              for i in range(len(vocabulary))] + [NONE], dtype="int64")
    was_rank = np.array([proposed_rank[i] if proposed_rank[i] >= 0 or saved is None
                         else saved.index_of(k) for i, k in enumerate(vocabulary)] + [NONE],
                        dtype="int64")
    before = _placed(now.ids, to_vocabulary[now.code], ids, NONE)
    hand = _placed(now.ids, now.hand, ids, False)
    after = _placed(stand.ids, stand.level, ids, NONE)
    # Index NONE (-1) reads the last entry of the rank tables: NONE.
    after = np.where(hand & (proposed_rank[before] >= after), before, after)

    def counts(codes: np.ndarray) -> dict[str, int]:
        found = np.bincount(codes[codes >= 0], minlength=len(vocabulary))
        return {vocabulary[i]: int(n) for i, n in enumerate(found.tolist()) if n}

    counts_proposed = dict.fromkeys((lv.key for lv in proposed.levels), 0)
    counts_proposed.update(counts(after))
    moved = np.flatnonzero(before != after)
    rising = proposed_rank[after[moved]] > was_rank[before[moved]]
    names = _names(db, ids[moved])
    key_of = [*vocabulary, None]
    up: list[Move] = []
    down: list[Move] = []
    for i, rises in zip(moved.tolist(), rising.tolist(), strict=True):
        customer = int(ids[i])
        move = Move(customer, str(names.get(customer, "")), key_of[before[i]], key_of[after[i]])
        (up if rises else down).append(move)
    return LadderPreview(counts(before), counts_proposed, up, down)
