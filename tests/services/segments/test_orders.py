"""Orders from purchase lines: order ids, same-day grouping, refunds."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from app.services.day_numbers import from_date as date_to_day
from app.services.segments.orders import _order_by_customer_day_line, build_orders, customer_summary
from app.services.segments.recompute import compute_stats


def lines(*rows: tuple[int, str, int, str | None]) -> pd.DataFrame:
    """Purchase lines with an import's small order codes (-1 where a line has no order id)."""
    codes, _ = pd.factorize(pd.Series([o for *_, o in rows], dtype=object))
    return pd.DataFrame(
        [(c, date_to_day(dt.date.fromisoformat(d)), a) for c, d, a, _ in rows],
        columns=["customer_id", "day", "amount_minor"],
    ).astype({"customer_id": "int64", "day": "int32", "amount_minor": "int64"}).assign(
        order_key=codes.astype("int64"))


def test_lines_with_one_order_id_are_one_order_even_across_days() -> None:
    orders = build_orders(lines((1, "2026-01-01", 100, "#1"), (1, "2026-01-02", 200, "#1"),
                                (1, "2026-01-02", 300, "#2")))
    assert len(orders) == 2
    assert sorted(orders["amount_minor"]) == [300, 300]


def test_lines_without_order_id_group_by_customer_and_day() -> None:
    orders = build_orders(lines((1, "2026-01-01", 100, None), (1, "2026-01-01", 50, None),
                                (2, "2026-01-01", 70, None), (1, "2026-01-03", 10, None)))
    assert sorted(orders.groupby("customer_id").size().tolist()) == [1, 2]
    first = orders[(orders.customer_id == 1)].iloc[0]
    assert first["amount_minor"] == 150


def test_refunds_reduce_money_but_are_not_orders() -> None:
    purchases = lines((1, "2026-01-01", 1000, None), (1, "2026-01-05", -400, None))
    orders = build_orders(purchases)
    summary = customer_summary(purchases, orders)
    assert summary.loc[1, "orders_count"] == 1
    assert summary.loc[1, "total_spent_minor"] == 600


def test_customer_with_only_a_refund_has_no_orders() -> None:
    purchases = lines((1, "2026-01-01", 1000, None), (2, "2026-01-05", -400, None))
    summary = customer_summary(purchases, build_orders(purchases))
    assert summary.loc[2, "orders_count"] == 0
    assert summary.loc[2, "total_spent_minor"] == 0  # a refund alone is not negative spending


def test_refunds_larger_than_the_purchases_leave_nothing_spent() -> None:
    purchases = lines((1, "2026-01-01", 300, None), (1, "2026-01-05", -1000, None),
                      (2, "2026-01-01", 500, None))
    summary = customer_summary(purchases, build_orders(purchases))
    assert summary["total_spent_minor"].tolist() == [0, 500]
    assert summary.loc[1, "orders_count"] == 1


def test_stats_recency_counts_days_since_last_order() -> None:
    purchases = lines((1, "2026-01-01", 100, None), (1, "2026-03-01", 100, None))
    stats = compute_stats(purchases, dt.date(2026, 3, 31))
    assert stats.loc[1, "recency_days"] == 30
    assert stats.loc[1, "orders_count"] == 2


@pytest.mark.parametrize("day_span_bits", [10, 54, 55, 56])
def test_the_packed_sort_and_its_lexsort_fallback_agree(day_span_bits: int) -> None:
    """Orders are sorted by (customer, day, line) with one packed int64 key when the three fit in
    63 bits, else by np.lexsort: both give the reference order, at the limit and past it. Here
    customers take 3 bits and lines 6, so a 54-bit day span is the last that packs."""
    rng = np.random.default_rng(day_span_bits)
    customer = np.repeat(np.arange(8, dtype=np.int64), 5)  # ascending, as build_orders passes it
    day = rng.integers(0, 1 << day_span_bits, 40, dtype=np.int64)
    day[[0, 39]] = [0, (1 << day_span_bits) - 1]  # the span is exactly that many bits
    line = rng.permutation(40).astype(np.int64)
    got = _order_by_customer_day_line(customer, day, line)
    expected = sorted(range(40), key=lambda i: (customer[i], day[i], line[i]))
    assert got.tolist() == expected
