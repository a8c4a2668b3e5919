"""The dashboard's figures for a period, each next to the previous period's (and a report's).

Everything follows "What an order is" (ARCHITECTURE.md): orders from `build_orders`, money from all
lines (refunds subtract), a customer's money never below zero. Days are day numbers.

Two kinds of figure, and the cut-off each uses:
- *flows* happen inside the period: buyers, new and returning customers, orders, revenue, gaps
  between orders whose later order is in the period, days to the 2nd/3rd order for customers
  whose 2nd/3rd order is in the period, reactivation;
- *stocks* are the state at the period's end (later purchases ignored): repeat purchase rate,
  lifetime, money per customer, retention, customer states.
The follow-up of the period's new customers (2nd purchase within 30/60/90 days, their repeat
rate) looks up to `as_of`, counting only customers whose first order is at least N days old.

Every rate is a Ratio (part and whole) so the UI can say "3 of 7" and nothing divides by zero.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.dashboard.periods import Period
from app.services.feedback.figures import FeedbackFigures

SECOND_ORDER_WINDOWS = (30, 60, 90)
_NEVER = np.iinfo(np.int64).max // 4  # "no such order": later than any day


@dataclass(frozen=True)
class Ratio:
    """part / whole, kept apart: a count ratio ("3 of 7") or a money one (money / orders)."""

    part: float
    whole: float

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    buyers: int  # customers with an order in the period
    new_customers: int  # ... whose first order ever is in it
    returning_customers: int  # ... who had ordered before it
    orders: int
    revenue_minor: int  # per customer: the period's lines summed, never below zero
    average_order: Ratio  # revenue / orders, minor units
    repeat_rate: Ratio  # customers with >= 2 orders / with >= 1, at the period's end
    new_repeat_rate: Ratio  # among the period's new customers, up to as_of
    second_within: dict[int, Ratio]  # days -> new customers old enough to tell who came back
    median_days_to_2nd: float | None
    median_days_to_3rd: float | None
    # (active at the end - new in the period - came back from inactivity) / active at the start:
    # the textbook (E - N) / S, without the customers won back, who were not there to retain
    # (with them it passes 100 %).
    retention: Ratio
    repeat_revenue_share: Ratio  # revenue of customers with >= 2 orders / revenue, minor units
    mean_days_between: float | None
    median_days_between: float | None
    lifetime_days: float | None  # mean first -> last order among repeat customers (CLT)
    historic_clv: Ratio  # money to the period's end / customers, minor units
    reactivation: Ratio  # inactive > X days at the start who ordered in it / all such
    # Customers at the period's end by state; recency r = days since the last order, X = the
    # active window: won_back (ordered in the period after a break > X), active (r < X, not won
    # back), at_risk (X <= r <= lost_after_days), lapsed (r > lost_after_days: the segment map's
    # Lost). Each customer with an order is in exactly one.
    states: dict[str, int] = field(default_factory=dict)
    # Scores and complaints of the period (services.feedback.figures); None where not read.
    feedback: FeedbackFigures | None = None


@dataclass
class Shop:
    """Orders and lines arranged once per computation: customers as codes 0..K-1, orders sorted
    by customer then day, so a cut at a day keeps a prefix of each customer's orders."""

    code: np.ndarray  # per order
    day: np.ndarray  # per order
    nth: np.ndarray  # per order, 1-based
    prev_day: np.ndarray  # per order, the customer's previous order's day (_NEVER for the first)
    starts: np.ndarray  # per customer, index of the first order
    first: np.ndarray  # per customer, day of the 1st / 2nd / 3rd order (_NEVER when none)
    second: np.ndarray
    third: np.ndarray
    line_code: np.ndarray  # per line of a customer with orders
    line_day: np.ndarray
    line_amount: np.ndarray

    @property
    def customers(self) -> int:
        return len(self.starts)


def arrange(lines: pd.DataFrame, orders: pd.DataFrame) -> Shop:
    """`orders` is `build_orders(lines)`."""
    customer = orders["customer_id"].to_numpy(dtype="int64")
    day = orders["day"].to_numpy(dtype="int64")
    starts = np.flatnonzero(np.r_[True, customer[1:] != customer[:-1]]) if len(customer) else (
        np.zeros(0, dtype="int64"))
    ids = customer[starts]
    counts = np.diff(np.r_[starts, len(customer)])
    code = np.repeat(np.arange(len(starts)), counts)
    nth = np.arange(len(customer)) - np.repeat(starts, counts) + 1
    prev_day = np.r_[_NEVER, day[:-1]] if len(day) else day.copy()
    prev_day = np.where(nth == 1, _NEVER, prev_day)

    def nth_day(n: int) -> np.ndarray:
        out = np.full(len(starts), _NEVER, dtype="int64")
        out[code[nth == n]] = day[nth == n]
        return out

    line_customer = lines["customer_id"].to_numpy(dtype="int64")
    where = np.searchsorted(ids, line_customer) if len(ids) else np.zeros(len(lines), "int64")
    where = np.minimum(where, max(len(ids) - 1, 0))
    known = (ids[where] == line_customer) if len(ids) else np.zeros(len(lines), bool)
    return Shop(code=code, day=day, nth=nth, prev_day=prev_day, starts=starts,
                first=nth_day(1), second=nth_day(2), third=nth_day(3),
                line_code=where[known], line_day=lines["day"].to_numpy(dtype="int64")[known],
                line_amount=lines["amount_minor"].to_numpy(dtype="int64")[known])


def period_figures(shop: Shop, period: Period, as_of: int, active_days: int,
                   lost_after_days: int) -> PeriodFigures:
    end = min(period.last, as_of)
    start = period.first
    k = shop.customers
    in_period = (shop.day >= start) & (shop.day <= end)
    buyer = np.zeros(k, bool)
    buyer[shop.code[in_period]] = True
    new = buyer & (shop.first >= start)
    count_end = np.bincount(shop.code[shop.day <= end], minlength=k)
    ever = count_end >= 1
    repeat = count_end >= 2

    def money(first_day: int, last_day: int) -> np.ndarray:
        mask = (shop.line_day >= first_day) & (shop.line_day <= last_day)
        summed = np.bincount(shop.line_code[mask], weights=shop.line_amount[mask], minlength=k)
        return np.maximum(summed, 0)

    period_money = money(start, end)
    revenue = int(period_money.sum())
    orders = int(in_period.sum())

    follow = {n: new & (shop.first <= as_of - n) for n in SECOND_ORDER_WINDOWS}
    second_within = {n: Ratio(int((eligible & (shop.second - shop.first <= n)).sum()),
                              int(eligible.sum())) for n, eligible in follow.items()}
    gaps = (shop.day - shop.prev_day)[in_period & (shop.nth >= 2)]
    to_2nd = (shop.second - shop.first)[(shop.second >= start) & (shop.second <= end)]
    to_3rd = (shop.third - shop.first)[(shop.third >= start) & (shop.third <= end)]

    last_end = _last_order(shop, count_end)
    count_before = np.bincount(shop.code[shop.day < start], minlength=k)
    last_before = _last_order(shop, count_before)
    recency_end = end - last_end  # huge negative for customers without orders yet
    active_end = (count_end >= 1) & (recency_end < active_days)
    active_start = (count_before >= 1) & ((start - 1) - last_before < active_days)
    inactive_start = (count_before >= 1) & ~active_start
    won_back = np.zeros(k, bool)
    won_back[shop.code[in_period & (shop.day - shop.prev_day > active_days)
                       & (shop.nth >= 2)]] = True
    won_back &= active_end  # won back, then gone quiet again within a long period: at risk
    lifetimes = (last_end - shop.first)[repeat]

    return PeriodFigures(
        period=period,
        buyers=int(buyer.sum()), new_customers=int(new.sum()),
        returning_customers=int((buyer & ~new).sum()), orders=orders, revenue_minor=revenue,
        average_order=Ratio(revenue, orders),
        repeat_rate=Ratio(int(repeat.sum()), int(ever.sum())),
        new_repeat_rate=Ratio(int((new & (shop.second <= as_of)).sum()), int(new.sum())),
        second_within=second_within,
        median_days_to_2nd=_median(to_2nd), median_days_to_3rd=_median(to_3rd),
        retention=Ratio(int((active_end & active_start).sum()), int(active_start.sum())),
        repeat_revenue_share=Ratio(int(period_money[repeat].sum()), revenue),
        mean_days_between=float(gaps.mean()) if len(gaps) else None,
        median_days_between=_median(gaps),
        lifetime_days=float(lifetimes.mean()) if len(lifetimes) else None,
        historic_clv=Ratio(int(money(-_NEVER, end).sum()), int(ever.sum())),
        reactivation=Ratio(int((inactive_start & buyer).sum()), int(inactive_start.sum())),
        states={
            "won_back": int(won_back.sum()),
            "active": int((active_end & ~won_back).sum()),
            "at_risk": int((ever & ~active_end & (recency_end <= lost_after_days)).sum()),
            "lapsed": int((ever & (recency_end > lost_after_days)).sum()),
        },
    )


def _last_order(shop: Shop, counts: np.ndarray) -> np.ndarray:
    """Per customer, the day of the last of their first `counts` orders (-_NEVER when none)."""
    out = np.full(shop.customers, -_NEVER, dtype="int64")
    has = counts > 0
    out[has] = shop.day[shop.starts[has] + counts[has] - 1]
    return out


def _median(values: np.ndarray) -> float | None:
    return float(np.median(values)) if len(values) else None


def all_time(shop: Shop, as_of: dt.date, active_days: int, lost_after_days: int) -> PeriodFigures:
    """Everything up to `as_of` as one period: its flows are the all-time figures."""
    today = day_numbers.from_date(as_of)
    first = int(shop.day.min()) if len(shop.day) else today
    return period_figures(shop, Period("custom", min(first, today), today), today, active_days,
                          lost_after_days)
