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

import pandas as pd

from app.services import day_numbers
from app.services.dashboard.shared import SharedOrders
from app.services.database import Database
from app.services.reminders.conversion import (
    RuleConversion,
    conversion_by_rule,
    conversion_overall,
)

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


def compute_dashboard(db: Database, as_of: dt.date, months: int = 12,
                      source: SharedOrders | None = None) -> Dashboard:
    """`source`: the purchases already read by another job of the same refresh."""
    source = source or SharedOrders(db, as_of)
    conn = db.raw_connection()
    try:
        customers = int(conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0])
    finally:
        conn.close()
    purchases = source.lines()
    board = Dashboard(as_of=as_of, customers=customers)
    # Did the reminders work: people written to in the last 12 months (each once) and how many
    # of them bought within the conversion window after a message (reminders.conversion).
    since, until = (as_of - dt.timedelta(days=364)).isoformat(), as_of.isoformat()
    board.conversions = conversion_by_rule(db, since, until)
    board.converted = conversion_overall(db, since, until)
    today = day_numbers.from_date(as_of)
    if source.orders().empty:
        return board
    orders = source.orders().copy()  # shared with other jobs: "nth" is added to a copy
    orders["nth"] = orders.groupby("customer_id").cumcount() + 1
    per_customer = orders.groupby("customer_id").agg(n=("day", "size"), first=("day", "min"))
    board.buyers = len(per_customer)
    board.repeat_buyers = int((per_customer["n"] >= 2).sum())
    money = purchases["amount_minor"].sum()
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
    return board


def _came_back(orders: pd.DataFrame, per_customer: pd.DataFrame, today: int) -> float | None:
    eligible = per_customer[per_customer["first"] <= today - RETURN_WINDOW_DAYS]
    if eligible.empty:
        return None
    second = orders[orders["nth"] == 2].set_index("customer_id")["day"]
    gap = second.reindex(eligible.index) - eligible["first"]
    return float((gap <= RETURN_WINDOW_DAYS).sum() / len(eligible))
