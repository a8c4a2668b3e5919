"""Dashboard figures: are one-time buyers becoming regulars, and did the reminders help?

All figures come from purchase lines (orders.py rules) and logged contacts, as of a reference date.
Money is in minor units; shares are fractions 0..1 (None when there is nothing to divide by).

A free order (amount 0) is an order: it makes a buyer, a repeat buyer, a gap between orders and a
month's buyer. The average order is what a paying customer leaves per visit, so it is taken over
paid orders only: a stack of free samples must not halve it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.reminders.conversion import (
    RuleConversion,
    conversion_by_rule,
    conversion_overall,
)
from app.services.segments import orders as orders_mod

RETURN_WINDOW_DAYS = 90


@dataclass
class Dashboard:
    as_of: dt.date
    customers: int = 0
    buyers: int = 0
    repeat_buyers: int = 0
    revenue_12m_minor: int = 0
    returning_revenue_12m_minor: int = 0
    average_clv_minor: int | None = None
    average_order_minor: int | None = None  # over paid orders; None when every order was free
    median_days_between_orders: float | None = None
    came_back_within_90d: float | None = None  # among first-time buyers old enough to tell
    monthly: pd.DataFrame = field(default_factory=pd.DataFrame)
    conversions: list[RuleConversion] = field(default_factory=list)  # per rule, people
    converted: RuleConversion = field(default_factory=lambda: RuleConversion("*", 0, 0))

    @property
    def repeat_rate(self) -> float | None:
        return self.repeat_buyers / self.buyers if self.buyers else None

    @property
    def returning_revenue_share(self) -> float | None:
        if self.revenue_12m_minor <= 0:
            return None
        return self.returning_revenue_12m_minor / self.revenue_12m_minor


def compute_dashboard(db: Database, as_of: dt.date, months: int = 12) -> Dashboard:
    conn = db.raw_connection()
    try:
        purchases = orders_mod.load_order_lines(conn)
        customers = int(conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0])
    finally:
        conn.close()
    board = Dashboard(as_of=as_of, customers=customers)
    # Did the reminders work: people written to in the last 12 months (each once) and how many
    # of them bought within the conversion window after a message (reminders.conversion).
    since, until = (as_of - dt.timedelta(days=364)).isoformat(), as_of.isoformat()
    board.conversions = conversion_by_rule(db, since, until)
    board.converted = conversion_overall(db, since, until)
    today = day_numbers.from_date(as_of)
    orders = orders_mod.build_orders(purchases[purchases["day"] <= today])
    if orders.empty:
        board.monthly = _empty_monthly()
        return board
    orders["nth"] = orders.groupby("customer_id").cumcount() + 1
    per_customer = orders.groupby("customer_id").agg(n=("day", "size"), first=("day", "min"))
    board.buyers = len(per_customer)
    board.repeat_buyers = int((per_customer["n"] >= 2).sum())
    money = purchases[purchases["day"] <= today]["amount_minor"].sum()
    board.average_clv_minor = int(money // board.buyers)
    paid = orders.loc[orders["amount_minor"] > 0, "amount_minor"]
    board.average_order_minor = int(paid.mean()) if len(paid) else None
    gaps = orders.groupby("customer_id")["day"].diff().dropna()
    board.median_days_between_orders = float(gaps.median()) if len(gaps) else None
    board.came_back_within_90d = _came_back(orders, per_customer, today)

    start = today - 365
    recent = orders[orders["day"] > start]
    board.revenue_12m_minor = int(recent["amount_minor"].sum())
    board.returning_revenue_12m_minor = int(recent.loc[recent["nth"] > 1, "amount_minor"].sum())
    board.monthly = _monthly(orders, as_of, months)
    return board


def _came_back(orders: pd.DataFrame, per_customer: pd.DataFrame, today: int) -> float | None:
    eligible = per_customer[per_customer["first"] <= today - RETURN_WINDOW_DAYS]
    if eligible.empty:
        return None
    second = orders[orders["nth"] == 2].set_index("customer_id")["day"]
    gap = second.reindex(eligible.index) - eligible["first"]
    return float((gap <= RETURN_WINDOW_DAYS).sum() / len(eligible))


def _monthly(orders: pd.DataFrame, as_of: dt.date, months: int) -> pd.DataFrame:
    """Revenue and buyers per calendar month, split into first orders and returning orders."""
    dates = pd.to_datetime(orders["day"].astype("int64"), unit="D")
    frame = pd.DataFrame({
        "month": dates.dt.to_period("M"),
        "returning": orders["nth"].to_numpy() > 1,
        "amount_minor": orders["amount_minor"].to_numpy(),
        "customer_id": orders["customer_id"].to_numpy(),
    })
    last = pd.Period(as_of, freq="M")
    wanted = pd.period_range(last - (months - 1), last, freq="M")
    frame = frame[frame["month"].isin(wanted)]
    revenue = (frame.pivot_table(index="month", columns="returning", values="amount_minor",
                                 aggfunc="sum", fill_value=0)
               .reindex(index=wanted, columns=[False, True], fill_value=0))
    buyers = (frame.groupby(["month", "returning"])["customer_id"].nunique().unstack(fill_value=0)
              .reindex(index=wanted, columns=[False, True], fill_value=0))
    return pd.DataFrame({
        "month": [p.to_timestamp().date() for p in wanted],
        "new_revenue_minor": revenue[False].to_numpy(dtype=np.int64),
        "returning_revenue_minor": revenue[True].to_numpy(dtype=np.int64),
        "new_buyers": buyers[False].to_numpy(dtype=np.int64),
        "returning_buyers": buyers[True].to_numpy(dtype=np.int64),
    })


def _empty_monthly() -> pd.DataFrame:
    return pd.DataFrame(columns=["month", "new_revenue_minor", "returning_revenue_minor",
                                 "new_buyers", "returning_buyers"])
