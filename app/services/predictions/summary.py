"""Each customer's history as the models read it, as of a day (later purchases ignored).

Orders follow the app's one rule (ARCHITECTURE.md, "What an order is"; `segments.orders`): lines
sharing an order id are one order, otherwise one customer's lines on a day are one; a free order
counts, a refund is no order. Without order ids (CDNOW, most tills) that is exactly the paper's
"distinct customer-days", and every other figure in the app counts orders the same way.

Times are whole days from the customer's first order: x repeat orders, t_x the day of her last,
T her age on `as_of`. Repeat spend (for Gamma-Gamma) is the mean value of her orders after the
first, in minor units. Intervals (for the simple estimate) are gaps between distinct order days.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.segments import orders as orders_mod

YEAR_DAYS = 365


def history(orders: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """One row per customer with an order on or before `as_of`, indexed by customer_id: orders,
    x, t_x, T, first_day, last_day, spent_minor (orders' money), repeat_mean_minor (NaN without
    repeats), spent_year_minor and orders_year (the last 365 days), interval_median,
    interval_log_sd, intervals."""
    today = day_numbers.from_date(as_of)
    orders = orders[orders["day"] <= today].sort_values(["customer_id", "day"], kind="stable")
    customer = orders["customer_id"].to_numpy()
    day = orders["day"].to_numpy().astype(np.int64)
    amount = orders["amount_minor"].to_numpy().astype(np.int64)
    first_row = np.r_[True, customer[1:] != customer[:-1]] if len(customer) else np.zeros(0, bool)
    frame = pd.DataFrame({"customer_id": customer, "day": day, "amount": amount,
                          "repeat": ~first_row, "recent": day > today - YEAR_DAYS})
    groups = frame.groupby("customer_id", sort=True)
    out = pd.DataFrame({"orders": groups.size(), "first_day": groups["day"].min(),
                        "last_day": groups["day"].max()})
    out["spent_minor"] = groups["amount"].sum()
    out["x"] = out["orders"] - 1
    out["t_x"] = out["last_day"] - out["first_day"]
    out["T"] = today - out["first_day"]
    repeats = frame[frame["repeat"]].groupby("customer_id")["amount"].mean()
    out["repeat_mean_minor"] = repeats.reindex(out.index)
    recent = frame[frame["recent"]].groupby("customer_id")
    out["spent_year_minor"] = recent["amount"].sum().reindex(out.index).fillna(0).astype(np.int64)
    out["orders_year"] = recent.size().reindex(out.index).fillna(0).astype(np.int64)
    return out.join(_intervals(frame))


def _intervals(frame: pd.DataFrame) -> pd.DataFrame:
    days = frame[["customer_id", "day"]].drop_duplicates()
    same = days["customer_id"].to_numpy()
    gap = np.diff(days["day"].to_numpy(), prepend=0)
    keep = np.r_[False, same[1:] == same[:-1]] if len(same) else np.zeros(0, bool)
    gaps = pd.DataFrame({"customer_id": same[keep], "gap": gap[keep].astype(float)})
    gaps["log_gap"] = np.log(gaps["gap"])
    by = gaps.groupby("customer_id")
    return pd.DataFrame({"interval_median": by["gap"].median(),
                         "interval_log_sd": by["log_gap"].std(ddof=1),
                         "intervals": by.size()})


def load_history(db: Database, as_of: dt.date) -> pd.DataFrame:
    """`history` of the database's purchases."""
    conn = db.raw_connection()
    try:
        lines = orders_mod.load_order_lines(conn)
    finally:
        conn.close()
    lines = lines[lines["day"] <= day_numbers.from_date(as_of)]
    return history(orders_mod.build_orders(lines), as_of)
