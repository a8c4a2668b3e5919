"""Orders from purchase lines: order ids, same-day grouping, refunds."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from app.services.day_numbers import from_date as date_to_day
from app.services.segments.orders import build_orders, customer_summary
from app.services.segments.recompute import compute_stats


def lines(*rows: tuple[int, str, int, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [(c, date_to_day(dt.date.fromisoformat(d)), a, o) for c, d, a, o in rows],
        columns=["customer_id", "day", "amount_minor", "order_id"],
    ).astype({"customer_id": "int64", "day": "int32", "amount_minor": "int64"})


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
