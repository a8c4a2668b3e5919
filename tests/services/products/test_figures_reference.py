"""The faster figures equal the former implementation's, on random shops with ties, orders
spanning days, refunds and lines without a product; and the p-values equal scipy.stats'."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import special, stats

from app.services.products import figures as figures_mod
from app.services.products.figures import figures, sales_of
from app.services.products.lines import ProductLines


def _former_customer_orders(customer: np.ndarray, order: np.ndarray,
                            day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The implementation before the packed sort, kept as the reference."""
    if not len(order):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    count = order.max() + 1
    order_day = np.full(count, np.iinfo(np.int64).max)
    np.minimum.at(order_day, order, day)
    order_line = np.full(count, np.iinfo(np.int64).max)
    np.minimum.at(order_line, order, np.arange(len(order)))
    order_customer = np.zeros(count, dtype=np.int64)
    order_customer[order] = customer
    customers = customer.max() + 1 if len(customer) else 0
    orders_of = np.bincount(order_customer, minlength=customers)
    ranked = np.lexsort((order_line, order_day, order_customer))
    starts = np.r_[True, order_customer[ranked][1:] != order_customer[ranked][:-1]]
    first_order = np.zeros(customers, dtype=np.int64)
    first_order[order_customer[ranked][starts]] = ranked[starts]
    return orders_of, first_order


def _shop(seed: int, lines: int = 20_000, day_span: int = 400) -> ProductLines:
    rng = np.random.default_rng(seed)
    customer = rng.integers(1, 800, lines)
    day = 20_000 + rng.integers(0, day_span, lines)
    # Orders: a few per customer, some spanning two days (an order id reused), many per day.
    order = customer * 1000 + rng.integers(0, 6, lines)
    amount = rng.integers(0, 5_000, lines) * 100
    amount[rng.random(lines) < 0.03] *= -1
    product = rng.integers(-1, 60, lines)
    frame = pd.DataFrame({"customer_id": customer, "day": day, "amount_minor": amount,
                          "order": order, "product": product,
                          "category": np.where(product < 0, -1, product % 7)})
    return ProductLines(frame, [f"P{i}" for i in range(60)], [f"C{i}" for i in range(7)])


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("by", ["product", "category"])
def test_figures_equal_the_former_implementation(monkeypatch, seed: int, by: str) -> None:
    lines = _shop(seed)
    new = figures(lines, by)
    shared = figures(lines, by, sales_of(lines))
    monkeypatch.setattr(figures_mod, "_customer_orders", _former_customer_orders)
    old = figures(lines, by)
    pd.testing.assert_frame_equal(new, old)
    pd.testing.assert_frame_equal(shared, old)
    assert new["came_back"].sum() > 0 and new["intervals"].sum() > 0  # something compared


@pytest.mark.parametrize("seed", [4, 5])
def test_first_orders_equal_on_both_paths(seed: int) -> None:
    """The packed sort, and the lexsort when the key does not fit in 63 bits."""
    rng = np.random.default_rng(seed)
    n = 5_000
    customer = rng.integers(0, 300, n)
    order = pd.factorize(customer * 10 + rng.integers(0, 4, n))[0].astype(np.int64)
    for day in (rng.integers(0, 50, n), rng.integers(0, 2**50, n)):  # the second: lexsort
        got = figures_mod._customer_orders(customer, order, day.astype(np.int64))
        want = _former_customer_orders(customer, order, day.astype(np.int64))
        np.testing.assert_array_equal(got[0], want[0])
        np.testing.assert_array_equal(got[1], want[1])


def test_the_p_value_is_scipy_stats_poisson_tail() -> None:
    later = np.array([3, 3, 4, 7, 12, 40, 100])
    expected = np.array([0.0, 0.4, 1.7, 3.2, 11.9, 9.5, 130.0])
    np.testing.assert_array_equal(special.pdtrc(later - 1, expected),
                                  stats.poisson.sf(later - 1, expected))
