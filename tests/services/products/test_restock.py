"""Restocking, walked day by day with the day injected: due from the interval on, never twice,
gone once she buys again or after three intervals."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.products.restock import reason, restock_due
from tests.services.products.shop import COFFEE, create_coffee_shop

START = dt.date(2026, 1, 1)


def _regular_shop(db: Database) -> None:
    """Three customers buy coffee every 30 days for five months; customer 3 buys again on
    2026-07-10 (day 190), 10 days into being due."""
    lines: list[tuple[int, str, int, str | None, str | None]] = []
    for customer in (1, 2, 3):
        for n in range(6):
            day = START + dt.timedelta(days=30 * n + customer)
            lines.append((customer, day.isoformat(), 50_000, None, COFFEE))
    lines.append((3, (START + dt.timedelta(days=190)).isoformat(), 50_000, None, COFFEE))
    create_coffee_shop(db, lines, customers=3)


def test_walking_the_days(db: Database) -> None:
    _regular_shop(db)
    due_days: dict[int, list[int]] = {1: [], 2: [], 3: []}
    for offset in range(150, 400):
        today = START + dt.timedelta(days=offset)
        due = restock_due(db, today)
        assert due["customer_id"].is_unique  # one product, never listed twice
        for customer in due["customer_id"]:
            due_days[int(customer)].append(offset)
    # Customer 1 last bought on day 151: due from day 181 (30 days) to day 241 (90 days).
    assert due_days[1] == list(range(181, 242))
    assert due_days[2] == list(range(182, 243))
    # Customer 3 was due on days 183..189, bought on day 190, and is due again 30 days later.
    assert due_days[3] == [*range(183, 190), *range(220, 281)]


def test_the_reason_in_words(db: Database) -> None:
    _regular_shop(db)
    due = restock_due(db, START + dt.timedelta(days=200))
    first = due[due["customer_id"] == 1].iloc[0]
    assert reason(first) == (
        "time to restock: usually buys Кофе в зёрнах every 30 days, last 49 days ago")


def test_no_clear_interval_no_restock(db: Database) -> None:
    create_coffee_shop(db, [(1, "2026-01-01", 1000, None, COFFEE),
                            (1, "2026-01-31", 1000, None, COFFEE)], customers=1)
    assert restock_due(db, dt.date(2026, 3, 5)).empty


def test_products_bought_at_random_moments_have_no_interval(tmp_path) -> None:
    """In the demo shop regulars buy their usual coffee or tea as each pack runs out, and the
    brewing kit, gifts and sweets at random moments: those gaps spread like waiting times
    (interquartile range about the median), which a spread limit of 1 let through by chance
    (seed 7: a gift box "every 136 days", 49 reminders a day). Only packs get an interval, near
    the days a pack lasts."""
    from app.services.database import open_database
    from app.services.demo import PACK_DAYS, create_demo_shop
    from app.services.demo_shops import demo_shop
    from app.services.products.overview import product_figures

    packs = {demo_shop("ru").products[item][0]: days for item, days in PACK_DAYS.items()}
    for seed in (7, 1):
        db = open_database(tmp_path / f"demo{seed}.sqlite3")
        create_demo_shop(db, dt.date(2026, 11, 27), seed=seed)
        found = product_figures(db, dt.date(2026, 11, 27)).set_index("name")
        clear = found["replenish_days"].dropna()
        assert len(clear) >= 3, seed  # the demo shows the rule at work
        for name, days in clear.items():
            assert 0.75 * packs[name] <= days <= 1.25 * packs[name], (seed, name, days)
        random_moments = found.loc[[name not in packs for name in found.index]]
        assert (random_moments["intervals"] >= 5).all()  # repeats enough to judge by
        assert random_moments["replenish_days"].isna().all(), seed
        due = restock_due(db, dt.date(2026, 11, 27))
        assert set(due["product"]) <= set(clear.index)
