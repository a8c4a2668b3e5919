"""The restock rows read through the stored intervals and the SQL filter equal the
straightforward computation (every line, the product figures) on random shops, cold and warm,
and the stored intervals are worked out again when the lines or the names change."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pandas as pd
import pytest

from app.services import day_numbers
from app.services.database import Database
from app.services.duplicates.merging import merge_customers
from app.services.duplicates.undoing import undo_merge
from app.services.products import restock_cache
from app.services.products.aliases import merge
from app.services.products.figures import figures
from app.services.products.overview import load_lines
from app.services.products.restock import GIVE_UP_FACTOR, restock_due
from app.services.sales.records import HandSale, add_sale, edit_sale
from tests.services.products.shop import create_coffee_shop

START = dt.date(2026, 1, 1)
# Each product's usual interval; a mug is bought at random moments (no clear interval).
PRODUCTS = {"Кофе": 30, "кофе 250г": 28, "Чай": 14, "Фильтры": 45, "Корм": 7, "Кружка": 0,
            None: 20, "": 20}


def _reference(db: Database, today: dt.date) -> pd.DataFrame:
    """The former implementation: every line and the product figures at each call."""
    lines = load_lines(db, today)
    interval = figures(lines, "product")["replenish_days"].to_numpy()
    frame = lines.frame
    sales = frame[(frame["amount_minor"] >= 0) & (frame["product"] >= 0)]
    last = sales.groupby(["customer_id", "product"], sort=False)["day"].max().reset_index()
    days = interval[last["product"].to_numpy()] if len(last) else np.zeros(0)
    since = day_numbers.from_date(today) - last["day"].to_numpy().astype("int64")
    due = ~np.isnan(days) & (since >= days) & (since <= GIVE_UP_FACTOR * np.nan_to_num(days))
    return pd.DataFrame({
        "customer_id": last["customer_id"].to_numpy()[due].astype("int64"),
        "product": pd.Series([lines.products[p] for p in last["product"].to_numpy()[due]],
                             dtype=object),
        "interval_days": np.round(days[due]).astype("int64"),
        "last_day": last["day"].to_numpy()[due].astype("int64"),
        "days_since": since[due].astype("int64")})


def _same(found: pd.DataFrame, expected: pd.DataFrame) -> None:
    ratio = (found["days_since"] / found["interval_days"]).to_numpy()
    assert (np.diff(ratio) <= 0).all()  # most overdue first
    keys = ["customer_id", "product"]
    types = {"product": object, "last_day": "int64", "days_since": "int64"}
    pd.testing.assert_frame_equal(
        found.astype(types).sort_values(keys).reset_index(drop=True),
        expected.astype(types).sort_values(keys).reset_index(drop=True))


def _random_shop(db: Database, rng: random.Random) -> None:
    lines = []
    for customer in range(1, 41):
        for product in rng.sample(list(PRODUCTS), 3):
            every = PRODUCTS[product] or rng.randint(5, 200)
            day = rng.randrange(0, 60)
            while day < 420:  # some lines dated after the days walked
                amount = -5000 if rng.random() < 0.05 else rng.choice([0, 10_000, 25_000])
                lines.append((customer, (START + dt.timedelta(days=day)).isoformat(), amount,
                              rng.choice([None, f"o{customer}-{day}"]), product))
                day += max(1, every + rng.randint(-every // 4, every // 4)
                           if rng.random() < 0.9 else rng.randint(1, 120))
    create_coffee_shop(db, lines, customers=40)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_equal_to_the_straightforward_way_on_random_shops(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    _random_shop(db, rng)
    merge(db, ["кофе 250г"], "Кофе")
    checked = 0
    for offset in [200, 380, 430, 430, 431, 500]:  # before and after the last line; warm
        today = START + dt.timedelta(days=offset)
        expected = _reference(db, today)
        _same(restock_due(db, today), expected)
        checked += len(expected)
    assert checked > 0


def test_kept_until_the_lines_or_names_change(db: Database, monkeypatch) -> None:
    _random_shop(db, random.Random(4))
    today = START + dt.timedelta(days=450)
    restock_due(db, today)
    calls: list[dt.date] = []
    compute = restock_cache.compute

    def counted(*args):
        calls.append(args[1])
        return compute(*args)

    monkeypatch.setattr(restock_cache, "compute", counted)
    restock_due(db, today)
    restock_due(db, today + dt.timedelta(days=3))
    assert calls == []  # nothing changed: read from the stored row
    merge_id = merge_customers(db, 2, 3)  # moves lines without changing the purchases stamp
    _same(restock_due(db, today), _reference(db, today))
    undo_merge(db, merge_id, now=dt.datetime(2027, 3, 1, 12))
    _same(restock_due(db, today), _reference(db, today))
    merge(db, ["Чай"], "Кофе")
    _same(restock_due(db, today), _reference(db, today))
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor, product)"
                     " VALUES (5, ?, 100, 'Корм')", (today.isoformat(),))
    conn.close()
    _same(restock_due(db, today), _reference(db, today))
    sold = add_sale(db, HandSale(5, today, 100, "Корм"), today=today, region="RU")
    _same(restock_due(db, today), _reference(db, today))
    # An edited hand sale keeps the stamp: the edit drops the stored intervals.
    edit_sale(db, sold.purchase_id, HandSale(5, today, 100, "Чай"), today=today, region="RU")
    _same(restock_due(db, today), _reference(db, today))
    assert len(calls) == 6
