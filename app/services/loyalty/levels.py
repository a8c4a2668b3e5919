"""Each customer's level and its history (table `customer_levels`), kept up to date.

`recalculate` runs where the figures are recomputed (after an import, at the start of the day:
services/day.py) and after the owner edits the ladder. Moving up is at once; moving down waits
`grace_days` from the day the ladder first put her lower (`below_since`), so a refund or a quiet
month does not take a regular's status away overnight. An edit of the ladder re-levels at once
(the owner asked for it). A level set by hand is never lowered; reaching a higher one by the
ladder lifts it. Vectorised: per customer the work is numpy, and the writes are executemany.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import text

from app.services import day_numbers
from app.services.database import Database
from app.services.loyalty.ladder import (
    WINDOW_DAYS,
    WINDOW_YEAR,
    Ladder,
    Level,
    check,
    level_index,
    parse,
    reach_days,
)
from app.services.segments import orders as orders_mod
from app.services.settings import LOYALTY_LADDER, Settings

COMPUTED = "computed"
HAND = "hand"


def ladder_of(settings: Settings) -> Ladder:
    return parse(settings.get(LOYALTY_LADDER))


@dataclass(frozen=True)
class Recalculated:
    customers: int  # customers standing on a level after the recalculation
    moved_up: int
    moved_down: int
    pending_down: int  # lower by the ladder, waiting for the grace period
    seconds: float


@dataclass(frozen=True)
class Stretch:
    level: str
    since: dt.date
    until: dt.date | None
    how: str


def standing(conn: sqlite3.Connection, ladder: Ladder, today: dt.date,
             orders: pd.DataFrame) -> pd.DataFrame:
    """Per customer with any order or money: orders, money (in the ladder's window) and the
    level index the ladder gives (-1 none), indexed by customer_id."""
    day = orders["day"].to_numpy(dtype="int64")
    sql = "SELECT customer_id, SUM(amount_minor) FROM purchases"
    params: tuple[str, ...] = ()
    if ladder.window == WINDOW_YEAR:
        start = day_numbers.from_date(today) - (WINDOW_DAYS - 1)
        orders = orders[day >= start]
        sql += " WHERE purchased_on >= ?"
        params = (day_numbers.to_date(start).isoformat(),)
    money = pd.Series(dict(conn.execute(sql + " GROUP BY customer_id", params).fetchall()),
                      dtype="int64")
    count = orders.groupby("customer_id").size()
    frame = pd.DataFrame({"orders": count, "money": money}).fillna(0).astype("int64")
    frame["money"] = frame["money"].clip(lower=0)  # refunds of older purchases: never below 0
    frame["level"] = level_index(ladder, frame["orders"].to_numpy(), frame["money"].to_numpy())
    return frame


def current(conn: sqlite3.Connection) -> pd.DataFrame:
    """The current level row per customer: id, level, how, since, below_since."""
    rows = conn.execute("SELECT customer_id, id, level, how, since, below_since"
                        " FROM customer_levels WHERE until IS NULL").fetchall()
    return pd.DataFrame(rows, columns=["customer_id", "id", "level", "how", "since",
                                       "below_since"]).set_index("customer_id")


def _reached(ladder: Ladder, orders: pd.DataFrame, customers: np.ndarray) -> np.ndarray:
    """days[i, L]: the first day customer `customers[i]` stood on level L or higher by the
    ladder, from her orders; MISSING when never (e.g. only within today's window)."""
    n_levels = len(ladder.levels)
    out = np.full((len(customers), max(n_levels, 1)), day_numbers.MISSING, dtype="int64")
    if orders.empty or n_levels == 0 or len(customers) == 0:
        return out
    reach = reach_days(ladder, orders)
    reach["top"] = reach.groupby("customer_id")["level"].cummax()
    first = reach[reach["top"] >= 0].groupby(["customer_id", "top"])["day"].min()
    pos = np.searchsorted(customers, first.index.get_level_values(0).to_numpy())
    found = (pos < len(customers)) & (
        customers[np.minimum(pos, len(customers) - 1)] == first.index.get_level_values(0))
    big = np.iinfo(np.int64).max
    mat = np.full(out.shape, big, dtype="int64")
    mat[pos[found], first.index.get_level_values(1).to_numpy()[found]] = first.to_numpy()[found]
    mat = np.minimum.accumulate(mat[:, ::-1], axis=1)[:, ::-1]  # reached L = reached >= L
    return np.where(mat == big, day_numbers.MISSING, mat)


def _iso_days(values: pd.Series) -> np.ndarray:
    """ISO date strings (None for none) as day numbers, MISSING for none."""
    out = np.full(len(values), day_numbers.MISSING, dtype="int64")
    known = values.notna().to_numpy()
    if known.any():
        parsed = pd.to_datetime(values[known], format="ISO8601").to_numpy("datetime64[D]")
        out[known] = parsed.astype("int64")
    return out


def _climbs(ladder: Ladder, ids: np.ndarray, cur: np.ndarray, computed: np.ndarray,
            unknown: np.ndarray, has_row: np.ndarray, row_id: pd.Series, row_since: pd.Series,
            reached: np.ndarray, today_n: int,
            ) -> tuple[list[tuple[str, int]], list[tuple[int, str, str, str, str | None]]]:
    """Rows for customers moving up: one per level passed (the card lists when each was
    reached), each since the day it was reached, never before the level it replaces began nor
    before the level below it; the replaced row ends when the first new one begins. Whole
    arrays at once: a first run places every customer."""
    climbing = np.flatnonzero(((computed > cur) & ~unknown) | (unknown & (computed >= 0)))
    if len(climbing) == 0:
        return [], []
    first = np.where(unknown[climbing], computed[climbing], cur[climbing] + 1)
    count = computed[climbing] - first + 1
    owner = np.repeat(np.arange(len(climbing)), count)  # position in `climbing` per new row
    starts = np.r_[0, np.cumsum(count)[:-1]]
    level = first[owner] + (np.arange(len(owner)) - starts[owner])
    who = climbing[owner]
    days = reached[who, level]
    days = np.where((days == day_numbers.MISSING) | (days > today_n) | unknown[who], today_n, days)
    floor = _iso_days(row_since.iloc[climbing])
    floor = np.where(has_row[climbing] & ~unknown[climbing], floor, day_numbers.MISSING)
    days = np.maximum(days, floor[owner])
    # Non-decreasing within each customer's new rows: a running maximum, kept per customer by
    # lifting each customer's block above the one before it.
    span = int(days.max() - days.min() + 1)
    lifted = days - days.min() + owner.astype("int64") * span
    days = np.maximum.accumulate(lifted) - owner.astype("int64") * span + days.min()
    iso = np.array(day_numbers.to_iso(days), dtype=object)
    last = np.r_[owner[1:] != owner[:-1], True]
    until = np.asarray(np.where(last, None, np.r_[iso[1:], None]), dtype=object)
    keys = np.array([lv.key for lv in ladder.levels], dtype=object)[level]
    inserts = list(zip(ids[who].tolist(), keys.tolist(), iso.tolist(),
                       [COMPUTED] * len(who), until.tolist(), strict=True))
    replaced = has_row[climbing]
    closes = list(zip(iso[starts[replaced]].tolist(),
                      row_id.iloc[climbing[replaced]].astype("int64").tolist(), strict=True))
    return closes, inserts


def recalculate(db: Database, ladder: Ladder, today: dt.date, *,
                orders: pd.DataFrame | None = None, immediate: bool = False) -> Recalculated:
    """Bring every customer's level in line with the ladder (see the module's docstring).
    `immediate`: lower without the grace period (the owner changed the ladder)."""
    started = time.perf_counter()
    today_n = day_numbers.from_date(today)
    today_iso = today.isoformat()
    conn = db.raw_connection()
    try:
        if orders is None:
            orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
        stand = standing(conn, ladder, today, orders)
        now = current(conn)
        ids = np.union1d(stand.index.to_numpy(dtype="int64"), now.index.to_numpy(dtype="int64"))
        computed = stand["level"].reindex(ids, fill_value=-1).to_numpy(dtype="int64")
        cur_key = now["level"].reindex(ids)
        has_row = cur_key.notna().to_numpy()
        cur = np.array([ladder.index_of(k) for k in cur_key.tolist()], dtype="int64")
        unknown = has_row & (cur < 0)  # a level the owner removed: re-level at once
        hand = (now["how"].reindex(ids) == HAND).to_numpy()
        below = now["below_since"].reindex(ids)
        row_id = now["id"].reindex(ids)
        row_since = now["since"].reindex(ids)

        up = (computed > cur) & ~unknown
        lower = (computed < cur) & ~hand & has_row & ~unknown
        pending_since = np.array([day_numbers.from_date(dt.date.fromisoformat(s))
                                  if isinstance(s, str) else today_n for s in below.tolist()],
                                 dtype="int64")
        due = lower & (immediate | (today_n - pending_since >= ladder.grace_days))
        start_wait = lower & ~due & below.isna().to_numpy()
        clear_wait = ~lower & below.notna().to_numpy() & ~unknown & ~due

        reached = _reached(ladder, orders, ids)
        closes, inserts = _climbs(ladder, ids, cur, computed, unknown, has_row,
                                  row_id, row_since, reached, today_n)
        # Down (grace over, or a removed level with nothing below): ends today.
        ending = due | (unknown & (computed < 0))
        closes += [(today_iso, r) for r in row_id[ending].astype("int64").tolist()]
        lands = due & (computed >= 0)
        keys = np.array([lv.key for lv in ladder.levels] or [""], dtype=object)
        inserts += [(c, k, today_iso, COMPUTED, None) for c, k in zip(
            ids[lands].tolist(), keys[computed[lands]].tolist(), strict=True)]
        with conn:  # one transaction; the context manager rolls back on any error
            conn.executemany("UPDATE customer_levels SET until = ?, below_since = NULL"
                             " WHERE id = ?", closes)
            conn.executemany("INSERT INTO customer_levels (customer_id, level, since, how,"
                             " until) VALUES (?, ?, ?, ?, ?)", inserts)
            conn.executemany("UPDATE customer_levels SET below_since = ? WHERE id = ?",
                             [(today_iso, int(r)) for r in row_id[start_wait].tolist()])
            conn.executemany("UPDATE customer_levels SET below_since = NULL WHERE id = ?",
                             [(int(r),) for r in row_id[clear_wait].tolist()])
        standing_now = int(conn.execute("SELECT COUNT(*) FROM customer_levels"
                                        " WHERE until IS NULL").fetchone()[0])
    finally:
        conn.close()
    return Recalculated(standing_now, int(up.sum()), int(due.sum()),
                        int((lower & ~due).sum()), time.perf_counter() - started)


def set_by_hand(db: Database, customer_id: int, level: str | None, today: dt.date) -> None:
    """The owner's choice: `level` from now on, never lowered by the ladder; None gives the
    customer back to the ladder (the next recalculation places her)."""
    with db.session() as session, session.begin():
        conn = session.connection()
        if level is None:
            conn.execute(text("UPDATE customer_levels SET how = :how, below_since = NULL"
                              " WHERE customer_id = :customer AND until IS NULL"),
                         {"how": COMPUTED, "customer": customer_id})
            return
        conn.execute(text("UPDATE customer_levels SET until = :today WHERE customer_id ="
                          " :customer AND until IS NULL"),
                     {"today": today, "customer": customer_id})
        conn.execute(text("INSERT INTO customer_levels (customer_id, level, since, how)"
                          " VALUES (:customer, :level, :today, :how)"),
                     {"customer": customer_id, "level": level, "today": today, "how": HAND})


def history(db: Database, customer_id: int) -> list[Stretch]:
    """The customer's levels, oldest first."""
    with db.session() as session:
        rows = session.execute(text(
            "SELECT level, since, until, how FROM customer_levels WHERE customer_id = :customer"
            " ORDER BY since, id"), {"customer": customer_id}).fetchall()
    return [Stretch(str(level), dt.date.fromisoformat(str(since)),
                    dt.date.fromisoformat(str(until)) if until else None, str(how))
            for level, since, until, how in rows]


def current_levels(db: Database) -> dict[int, tuple[str, str]]:
    """customer_id -> (level key, how) for everyone on a level."""
    conn = db.raw_connection()
    try:
        return {int(c): (str(lv), str(how)) for c, lv, how in conn.execute(
            "SELECT customer_id, level, how FROM customer_levels WHERE until IS NULL")}
    finally:
        conn.close()


def apply_ladder(db: Database, settings: Settings, ladder: Ladder, today: dt.date) -> Recalculated:
    """Save the owner's edited ladder and re-level everyone at once (hand-set levels stay)."""
    check(ladder)
    settings.set(LOYALTY_LADDER, ladder.to_json())
    return recalculate(db, ladder, today, immediate=True)


def attach_levels(frame: pd.DataFrame, db: Database, ladder: Ladder) -> pd.DataFrame:
    """The customers table (services.customers) with `level` (key or None), `level_rank` (its
    place on the ladder, for sorting; <NA> for none) and `level_hand` columns."""
    now = current_levels(db)
    ids = frame["id"].tolist()
    keys = [now[i][0] if i in now else None for i in ids]
    rank = {lv.key: n for n, lv in enumerate(ladder.levels)}
    frame = frame.copy()
    frame["level"] = np.array(keys, dtype=object)
    frame["level_rank"] = pd.array([rank.get(k) if k else None for k in keys], dtype="Int64")
    frame["level_hand"] = np.array([i in now and now[i][1] == HAND for i in ids], dtype=bool)
    return frame


def stored_ladder(conn: sqlite3.Connection) -> Ladder:
    """The ladder as saved, read on a bare connection (jobs and providers with no Settings)."""
    stored = conn.execute("SELECT value_json FROM settings WHERE key = ?",
                          (LOYALTY_LADDER.key,)).fetchone()
    try:
        return parse(json.loads(stored[0]) if stored else None)
    except ValueError:
        return parse(None)


def level_names(conn: sqlite3.Connection, customer_ids: list[int]) -> dict[int, tuple[str, str]]:
    """customer_id -> her current level's name (English, Russian) for messages: the owner's
    name as typed, or the built-in one in each language."""
    marks = ",".join("?" * len(customer_ids))
    rows = conn.execute(f"SELECT customer_id, level FROM customer_levels WHERE until IS NULL"
                        f" AND customer_id IN ({marks})", customer_ids).fetchall()
    if not rows:
        return {}
    ladder = stored_ladder(conn)
    out = {}
    for customer_id, key in rows:
        level = ladder.by_key(key) or Level(str(key))
        out[int(customer_id)] = (level.label("en"), level.label("ru"))
    return out


def level_of(db: Database, customer_id: int) -> str | None:
    """One customer's current level key (None for none)."""
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT level FROM customer_levels WHERE customer_id = ?"
                           " AND until IS NULL", (customer_id,)).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else None
