"""The fast ladder preview agrees with the reference one (preview_reference.py) on random shops:
refunds, order ids and same-day orders, hand-set levels, levels the proposal removes, both
windows, AND/OR thresholds, customers with no orders."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app.services.database import Database
from app.services.loyalty import levels
from app.services.loyalty.ladder import DEFAULT_LADDER, Ladder, Level
from app.services.loyalty.preview import preview
from tests.conftest import TODAY
from tests.services.loyalty.preview_reference import reference_preview

KEYS = ["new", "regular", "vip", "ambassador", "gold", "old_level"]


def _random_ladder(rng: random.Random) -> Ladder:
    keys = rng.sample(KEYS, rng.randint(0, 4))
    steps = []
    orders, money = 0, 0
    for key in keys:
        orders += rng.randint(0, 3)
        money += rng.choice([0, 0, 50_000, 200_000])
        if orders == 0 and money == 0:
            orders = 1
        steps.append(Level(key, orders=orders, money_minor=money,
                           join=rng.choice(["and", "or"])))
    return Ladder(tuple(steps), window=rng.choice(["all", "365"]), grace_days=30)


def _random_shop(db: Database, rng: random.Random) -> None:
    conn = db.raw_connection()
    with conn:
        n = rng.randint(0, 60)
        conn.executemany("INSERT INTO customers (id, display_name) VALUES (?, ?)",
                         [(i, f"Customer {i}") for i in range(1, n + 1)])
        lines = []
        for cid in range(1, n + 1):
            for _ in range(rng.choice([0, 1, 2, 3, 5, 8])):
                day = TODAY - dt.timedelta(days=rng.randrange(800))
                amount = rng.choice([0, 10_000, 40_000, 150_000, -20_000, -200_000])
                order_id = rng.choice([None, None, f"#{rng.randrange(6)}"])
                lines.append((cid, day.isoformat(), amount, order_id))
        conn.executemany("INSERT INTO purchases (customer_id, purchased_on, amount_minor,"
                         " order_id) VALUES (?, ?, ?, ?)", lines)
    conn.close()
    levels.recalculate(db, _random_ladder(rng) if rng.random() < 0.5 else DEFAULT_LADDER,
                       TODAY - dt.timedelta(days=rng.randrange(100)))
    # Some levels set by hand, some of them keys no ladder has any more.
    conn = db.raw_connection()
    with conn:
        for cid in rng.sample(range(1, n + 1), min(n, rng.randint(0, 8))):
            conn.execute("UPDATE customer_levels SET until = ? WHERE customer_id = ?"
                         " AND until IS NULL", (TODAY.isoformat(), cid))
            conn.execute("INSERT INTO customer_levels (customer_id, level, since, how)"
                         " VALUES (?, ?, ?, 'hand')", (cid, rng.choice(KEYS), TODAY.isoformat()))
    conn.close()


@pytest.mark.parametrize("seed", range(30))
def test_fast_preview_equals_the_reference(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    _random_shop(db, rng)
    proposed = _random_ladder(rng)
    saved = rng.choice([None, DEFAULT_LADDER, _random_ladder(rng)])
    fast = preview(db, proposed, TODAY, saved)
    assert fast == reference_preview(db, proposed, TODAY, saved)
    # Same keys in the same order, as the editor lists the proposal's levels first.
    assert list(fast.counts_proposed)[:len(proposed.levels)] == [lv.key for lv in proposed.levels]


def test_random_shops_move_people(db: Database) -> None:
    """The random shops are not all empty: across seeds people do move both ways."""
    rng = random.Random(7)
    _random_shop(db, rng)
    stricter = Ladder((Level("new", orders=2), Level("vip", orders=4)), window="365")
    seen = preview(db, stricter, TODAY, DEFAULT_LADDER)
    assert seen == reference_preview(db, stricter, TODAY, DEFAULT_LADDER)
    assert seen.down and sum(seen.counts_now.values()) > 0
