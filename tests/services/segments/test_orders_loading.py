"""The fast purchase reader (orders.load_order_lines) and the vectorised build_orders agree with a
plain Python reading of the order rules, including the slow fallbacks."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from app.services import day_numbers
from app.services.database import Database
from app.services.segments import orders

IDS = [None, "", "#1", "#2", "#10", "#01", "заказ 5", "a b", "1", "x" * 40, "x" * 41]


def reference_orders(lines: list[tuple[int, str, int, str | None]]) -> list[tuple[int, int, int]]:
    """(customer, day, amount) per order, sorted by customer, day, first appearance. Every line
    but a refund belongs to an order: a free line (amount 0) makes one on its own."""
    groups: dict[tuple, list] = {}
    for position, (customer, day, amount, order_id) in enumerate(lines):
        if amount < 0:
            continue
        number = day_numbers.from_date(dt.date.fromisoformat(day))
        key = (customer, "id", order_id) if order_id else (customer, "day", number)
        group = groups.setdefault(key, [customer, number, 0, position])
        group[1] = min(group[1], number)
        group[2] += amount
    ordered = sorted(groups.values(), key=lambda g: (g[0], g[1], g[3]))
    return [(c, d, a) for c, d, a, _ in ordered]


def store(db: Database, lines: list[tuple[int, str, int, str | None]]) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany("INSERT INTO customers (id, display_name) VALUES (?, 'x')",
                             [(c,) for c in sorted({line[0] for line in lines})])
            conn.executemany("INSERT INTO purchases (customer_id, purchased_on, amount_minor,"
                             " order_id) VALUES (?,?,?,?)", lines)
    finally:
        conn.close()


def random_lines(seed: int, n: int = 400) -> list[tuple[int, str, int, str | None]]:
    rng = random.Random(seed)
    # One line in five is free, so free-only orders, free lines in paid orders and free lines
    # beside refunds all occur.
    return [(rng.randint(1, 12), (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 40)))
             .isoformat(), rng.choice([0, rng.randint(-50, 300)]) if rng.random() < 0.4
             else rng.randint(-50, 300), rng.choice(IDS)) for _ in range(n)]


def as_tuples(frame: pd.DataFrame) -> list[tuple[int, int, int]]:
    return list(zip(frame["customer_id"].tolist(), frame["day"].tolist(),
                    frame["amount_minor"].tolist(), strict=True))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_reader_gives_the_reference_orders(db: Database, seed: int) -> None:
    lines = random_lines(seed)
    store(db, lines)
    keyed = load_lines(db)
    assert as_tuples(orders.build_orders(keyed)) == reference_orders(lines)
    assert_keys_follow_ids(keyed, lines)


def load_lines(db: Database) -> pd.DataFrame:
    conn = db.raw_connection()
    try:
        return orders.load_order_lines(conn)
    finally:
        conn.close()


def assert_keys_follow_ids(keyed: pd.DataFrame, lines: list) -> None:
    """-1 exactly where a line has no order id; equal keys exactly where the ids are equal."""
    keys = keyed["order_key"].tolist()
    ids = [o or None for *_, o in lines]
    assert [k == -1 for k in keys] == [o is None for o in ids]
    assert len({k for k in keys if k != -1}) == len({o for o in ids if o is not None})
    assert len({(k, o) for k, o in zip(keys, ids, strict=True)}) == len(set(ids))


def test_odd_stored_values_take_the_row_by_row_path(db: Database) -> None:
    lines = [(1, "2025-03-01", 100, "a\x1fb"), (1, "2025-03-01", 50, None),
             (2, "2025-03-02 10:00:00", 70, None)]  # a separator in an id; a date-time
    store(db, lines)
    keyed = load_lines(db)
    assert keyed["day"].tolist() == [day_numbers.from_date(dt.date(2025, 3, 1))] * 2 + [
        day_numbers.from_date(dt.date(2025, 3, 2))]
    assert_keys_follow_ids(keyed, lines)
    assert len(orders.build_orders(keyed)) == 3
    assert as_tuples(orders.build_orders(keyed)) == reference_orders(
        [(c, d[:10], a, o) for c, d, a, o in lines])


def test_empty_table(db: Database) -> None:
    conn = db.raw_connection()
    try:
        assert orders.load_order_lines(conn).empty
    finally:
        conn.close()


def test_iso_day_parser_matches_the_calendar() -> None:
    days = [dt.date(1950, 1, 1) + dt.timedelta(days=d) for d in range(0, 40000, 7)]
    parsed = orders._parse_iso_days("".join(d.isoformat() for d in days), len(days))
    assert parsed.tolist() == [day_numbers.from_date(d) for d in days]
    assert orders._parse_iso_days("2025-13-01", 1) is None
    assert orders._parse_iso_days("2025/01/01", 1) is None
