"""Orders and per-customer figures derived from purchase lines, in pandas (vectorised, no ORM).

The rules (foundation issue): lines sharing an external order id are one order; without an order id,
one customer's lines on the same day are one order. Negative amounts are refunds: they reduce the
money spent and are not orders.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import pandas as pd

EPOCH = dt.date(1970, 1, 1)

PURCHASE_COLUMNS = ["customer_id", "day", "amount_minor", "order_id"]


def load_purchases(conn: sqlite3.Connection) -> pd.DataFrame:
    """All purchase lines: customer_id, day (int days since 1970-01-01), amount_minor, order_id."""
    rows = conn.execute(
        "SELECT customer_id, CAST(julianday(purchased_on) - 2440587.5 AS INTEGER), amount_minor,"
        " order_id FROM purchases"
    ).fetchall()
    if not rows:
        return empty_purchases()
    frame = pd.DataFrame.from_records(rows, columns=PURCHASE_COLUMNS)
    return frame.astype({"customer_id": "int64", "day": "int32", "amount_minor": "int64"})


def empty_purchases() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": pd.Series(dtype="int64"),
            "day": pd.Series(dtype="int32"),
            "amount_minor": pd.Series(dtype="int64"),
            "order_id": pd.Series(dtype="object"),
        }
    )


def build_orders(purchases: pd.DataFrame) -> pd.DataFrame:
    """One row per order: customer_id, day (first line's day), amount_minor (sum of positive lines).

    Sorted by customer_id, day so per-customer sequences (intervals, nth order) are cheap.
    """
    sales = purchases[purchases["amount_minor"] > 0]
    if sales.empty:
        return pd.DataFrame(
            {"customer_id": pd.Series(dtype="int64"), "day": pd.Series(dtype="int32"),
             "amount_minor": pd.Series(dtype="int64")}
        )
    has_id = sales["order_id"].notna() & (sales["order_id"].astype("string").str.len() > 0)
    codes, _ = pd.factorize(sales["order_id"].where(has_id))
    # Negative keys for external ids, day numbers for "same customer, same day".
    key = np.where(has_id.to_numpy(), -(codes.astype("int64") + 1), sales["day"].to_numpy())
    grouped = (
        pd.DataFrame(
            {"customer_id": sales["customer_id"].to_numpy(), "key": key,
             "day": sales["day"].to_numpy(), "amount_minor": sales["amount_minor"].to_numpy()}
        )
        .groupby(["customer_id", "key"], sort=False)
        .agg(day=("day", "min"), amount_minor=("amount_minor", "sum"))
        .reset_index()
        .drop(columns="key")
    )
    return grouped.sort_values(["customer_id", "day"], kind="stable").reset_index(drop=True)


def customer_summary(purchases: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    """Per customer with any purchase: orders_count, total_spent_minor (refunds subtracted),
    first_day, last_day (of orders), indexed by customer_id."""
    money = purchases.groupby("customer_id")["amount_minor"].sum().rename("total_spent_minor")
    by_customer = orders.groupby("customer_id")
    summary = pd.DataFrame(
        {
            "orders_count": by_customer.size(),
            "first_day": by_customer["day"].min(),
            "last_day": by_customer["day"].max(),
        }
    )
    summary = summary.join(money, how="outer")
    summary["orders_count"] = summary["orders_count"].fillna(0).astype("int64")
    summary["total_spent_minor"] = summary["total_spent_minor"].fillna(0).astype("int64")
    return summary


def day_to_date(day: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(day))


def date_to_day(value: dt.date) -> int:
    return (value - EPOCH).days
