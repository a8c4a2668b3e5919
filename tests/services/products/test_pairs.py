""""Goes well with" pairs: a planted pair on hand-made data is found with its evidence, too few
customers are never enough, and shops with independent purchases yield no pair at all."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.services.products.lines import ProductLines
from app.services.products.pairs import MAX_ITEMS_PER_CUSTOMER, find_pairs, first_purchases
from app.services.products.suggest import PRODUCT, Suggestion, evidence_sentence


def _lines(rows: list[tuple[int, int, int]], products: list[str]) -> ProductLines:
    """(customer, day, product code) lines, one order per customer's day."""
    frame = pd.DataFrame(rows, columns=["customer_id", "day", "product"]).astype("int64")
    frame["amount_minor"] = 1000
    frame["order"] = frame["customer_id"].to_numpy() * (1 << 32) + (1 << 30) + frame["day"]
    frame["category"] = -1
    return ProductLines(frame, products, [])


JACKET, SCARF = 0, 1
FILLERS = list(range(2, 10))
NAMES = ["Куртка", "Шарф", *(f"Товар {i}" for i in FILLERS)]


def _jacket_shop(pairs: int) -> list[tuple[int, int, int]]:
    """`pairs` customers buy a jacket, then a scarf 20 days later (and a filler); 50 others buy
    two fillers each, and three of them a scarf too."""
    rng = np.random.default_rng(3)
    rows: list[tuple[int, int, int]] = []
    for customer in range(1, pairs + 1):
        rows += [(customer, 100, JACKET), (customer, 120, SCARF),
                 (customer, 200, int(rng.choice(FILLERS)))]
    for customer in range(pairs + 1, pairs + 51):
        for product in rng.choice(FILLERS, size=2, replace=False):
            rows.append((customer, int(rng.integers(0, 300)), int(product)))
        if customer <= pairs + 3:
            rows.append((customer, 250, SCARF))
    return rows


def test_a_planted_pair_is_found_with_its_evidence() -> None:
    pairs = find_pairs(_lines(_jacket_shop(10), NAMES))
    assert list(zip(pairs["a_name"], pairs["b_name"], strict=True)) == [("Куртка", "Шарф")]
    row = pairs.iloc[0]
    # 10 jacket buyers, all of them later bought a scarf; 13 scarf buyers among 60 customers.
    assert (row["later"], row["a_buyers"], row["b_buyers"], row["customers"]) == (10, 10, 13, 60)
    suggestion = Suggestion("Шарф", PRODUCT, "Куртка", "Шарф", 10, 10, 13, 60)
    assert evidence_sentence(suggestion) == (
        "10 of 10 buyers of Куртка later bought Шарф (100 % vs 22 % of everyone)")


def test_two_customers_are_never_enough() -> None:
    assert find_pairs(_lines(_jacket_shop(2), NAMES)).empty


def test_a_scarf_bought_before_the_jacket_or_too_late_is_not_later() -> None:
    moved = [(c, 320 if c % 2 else 70, p) if p == SCARF and c <= 10 else (c, d, p)
             for c, d, p in _jacket_shop(10)]
    # Odd customers' scarf came 220 days after the jacket (beyond 90 days), even customers'
    # on day 70, before the jacket on day 100: nobody bought it "later".
    assert find_pairs(_lines(moved, NAMES)).empty


def _independent_shop(seed: int, customers: int = 400, products: int = 40,
                      planted: bool = False) -> ProductLines:
    """Every line's product drawn independently (popular products more often), customers from
    one-off buyers to regulars, days spread over two years."""
    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, products + 1) ** 0.8
    rows: list[tuple[int, int, int]] = []
    for customer in range(1, customers + 1):
        count = int(rng.geometric(0.05 if rng.random() < 0.15 else 0.3))
        days = np.sort(rng.integers(0, 730, size=count))
        picks = rng.choice(products, size=count, p=popularity / popularity.sum())
        rows += [(customer, int(d), int(p)) for d, p in zip(days, picks, strict=True)]
        if planted and 5 in picks and rng.random() < 0.8:
            rows.append((customer, int(days[list(picks).index(5)]) + 10, 30))
    return _lines(rows, [f"Товар {i}" for i in range(products)])


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_independent_purchases_give_no_pair(seed: int) -> None:
    assert find_pairs(_independent_shop(seed)).empty


def test_the_same_shop_with_a_planted_pair_finds_it() -> None:
    pairs = find_pairs(_independent_shop(1, planted=True))
    assert ("Товар 5", "Товар 30") in set(zip(pairs["a_name"], pairs["b_name"], strict=True))


def test_first_purchases_are_each_customers_first_day_per_product() -> None:
    """The packed-key sorts against a dictionary walk, with a reseller (over the item limit)
    left out and customer ids too large to pack as they are."""
    rng = np.random.default_rng(5)
    customer = np.r_[rng.integers(1, 40, 3000), np.full(300, 7_000)]
    item = np.r_[rng.integers(0, 60, 3000), np.arange(300)]  # customer 7000 bought 300 items
    day = rng.integers(19_000, 20_000, len(customer))
    for ids in (customer, customer + (1 << 50)):
        first: dict[tuple[int, int], int] = {}
        for c, i, d in zip(ids.tolist(), item.tolist(), day.tolist(), strict=True):
            first[(c, i)] = min(d, first.get((c, i), d))
        breadth: dict[int, int] = {}
        for c, _ in first:
            breadth[c] = breadth.get(c, 0) + 1
        expected = sorted((c, i, d) for (c, i), d in first.items()
                          if breadth[c] <= MAX_ITEMS_PER_CUSTOMER)
        got_customer, got_item, got_day = first_purchases(ids, item, day)
        rows = list(zip(got_customer.tolist(), got_item.tolist(), got_day.tolist(), strict=True))
        assert sorted(rows) == expected and len(expected) > 0
        assert [(c, d) for c, _, d in rows] == sorted((c, d) for c, _, d in rows)
        if ids[0] < (1 << 50):
            assert sorted({c for c, _, _ in rows}) == sorted(set(ids.tolist()) - {7_000})
