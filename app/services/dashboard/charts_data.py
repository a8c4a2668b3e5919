"""The numbers behind the dashboard's pictures, as of a date (later purchases ignored).

- revenue by month, first orders vs repeat orders, with the same month a year earlier;
- cohort retention: customers by the month of their first order (rows) x months since that
  month (columns), how many of the cohort ordered in that month;
- days between a customer's consecutive orders, and orders per customer (histograms);
- cohort value: money per cohort customer, accumulated month by month since the first order.

Orders follow orders.py (free orders count, refunds are no orders); money is the orders' sale
amounts in minor units, so the revenue bars and the cohort curves add up to the same money.
Everything is numpy over the order table: no Python loop per customer or per order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.dashboard.shared import SharedOrders
from app.services.database import Database
from app.services.segments import orders as orders_mod

COHORTS = 12  # first-order months shown; a year of cohorts fits a laptop screen
SMALL_COHORT = 5  # fewer customers than this: a share is noise, the cell is greyed
# Gap bins in days (a week, two weeks, a month, two, three, half a year, a year, longer).
GAP_EDGES = (0, 8, 15, 31, 61, 91, 181, 366)
MAX_ORDERS_BIN = 10  # "10 or more" orders per customer


@dataclass
class Cohorts:
    """Rows: first-order months (oldest first); columns 0..n-1: months since the first order.

    `buyers[i, k]` customers of cohort i ordered in its month k; NaN where month k is after the
    as-of month (not happened yet). `value[i, k]` money of cohort i's orders in months 0..k,
    divided by the cohort's size (minor units, NaN likewise)."""

    months: list[dt.date]
    sizes: np.ndarray
    buyers: np.ndarray
    value: np.ndarray

    @property
    def shares(self) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            shares: np.ndarray = self.buyers / self.sizes[:, None]
        return shares

    @property
    def small(self) -> np.ndarray:
        """Cells whose cohort has fewer than SMALL_COHORT customers."""
        return np.broadcast_to((self.sizes < SMALL_COHORT)[:, None], self.buyers.shape)


@dataclass
class ChartsData:
    as_of: dt.date
    # month (first day), new_revenue_minor, returning_revenue_minor, previous_year_minor
    revenue: pd.DataFrame
    cohorts: Cohorts
    # low, high (inclusive; <NA> for the open last bin), count
    gaps: pd.DataFrame
    orders_per_customer: pd.DataFrame

    @property
    def empty(self) -> bool:
        return len(self.cohorts.months) == 0 and not self.orders_per_customer["count"].any()


def compute_charts(db: Database, as_of: dt.date, months: int = 12,
                   cohorts: int = COHORTS, source: SharedOrders | None = None) -> ChartsData:
    """`source`: the purchases already read by another job of the same refresh."""
    orders = (source or SharedOrders(db, as_of)).orders()
    return charts_from_orders(orders, as_of, months, cohorts)


def charts_from_lines(lines: pd.DataFrame, as_of: dt.date, months: int = 12,
                      cohorts: int = COHORTS) -> ChartsData:
    today = day_numbers.from_date(as_of)
    return charts_from_orders(orders_mod.build_orders(lines[lines["day"] <= today]), as_of,
                              months, cohorts)


def charts_from_orders(orders: pd.DataFrame, as_of: dt.date, months: int = 12,
                       cohorts: int = COHORTS) -> ChartsData:
    """`orders`: build_orders of the lines up to `as_of`."""
    today = day_numbers.from_date(as_of)
    customer = orders["customer_id"].to_numpy()
    day = orders["day"].to_numpy().astype("int64")
    amount = orders["amount_minor"].to_numpy().astype("int64")
    month = _month_number(day)
    # build_orders sorts by customer then day: a customer's first order starts their run.
    starts = np.flatnonzero(np.r_[True, customer[1:] != customer[:-1]]) if len(customer) else \
        np.zeros(0, dtype=np.int64)
    runs = np.diff(np.r_[starts, len(customer)])
    first = np.zeros(len(customer), dtype=bool)
    first[starts] = True
    cohort_of_order = np.repeat(month[starts], runs)
    last = _month_number(np.array([today]))[0]
    return ChartsData(
        as_of=as_of,
        revenue=_revenue(month, amount, first, last, months),
        cohorts=_cohorts(month, cohort_of_order, amount, first, last, cohorts),
        gaps=_gaps(day, first),
        orders_per_customer=_orders_per_customer(runs),
    )


def _month_number(day: np.ndarray) -> np.ndarray:
    """Months since January 1970 of day numbers."""
    numbers: np.ndarray = day.astype("datetime64[D]").astype("datetime64[M]").astype("int64")
    return numbers


def _month_date(number: int) -> dt.date:
    return dt.date(1970 + number // 12, number % 12 + 1, 1)


def _revenue(month: np.ndarray, amount: np.ndarray, first: np.ndarray, last: int,
             months: int) -> pd.DataFrame:
    # One bincount over the months shown and the year before them.
    low = last - months + 1 - 12
    inside = month >= low
    slot = month[inside] - low
    size = months + 12
    new = np.bincount(slot, weights=np.where(first[inside], amount[inside], 0), minlength=size)
    again = np.bincount(slot, weights=np.where(first[inside], 0, amount[inside]), minlength=size)
    total = new + again
    return pd.DataFrame({
        "month": [_month_date(last - months + 1 + i) for i in range(months)],
        "new_revenue_minor": new[12:].astype("int64"),
        "returning_revenue_minor": again[12:].astype("int64"),
        "previous_year_minor": total[:months].astype("int64"),
    })


def _cohorts(month: np.ndarray, cohort: np.ndarray, amount: np.ndarray, first: np.ndarray,
             last: int, count: int) -> Cohorts:
    low = max(last - count + 1, int(cohort.min()) if len(cohort) else last + 1)
    rows = last - low + 1
    wanted = cohort >= low
    row = cohort[wanted] - low
    since = month[wanted] - cohort[wanted]
    cell = row * rows + since
    sizes = np.bincount(row[first[wanted]], minlength=rows).astype("int64")
    # A customer counts once per month however many orders they placed in it: the orders are
    # sorted by customer and day, so repeats of one (customer, month) are neighbours.
    who = np.flatnonzero(wanted)
    same = np.r_[False, (cell[1:] == cell[:-1]) & (np.diff(who) == 1)
                 & ~first[who][1:]] if len(who) else np.zeros(0, dtype=bool)
    buyers = np.bincount(cell[~same], minlength=rows * rows).reshape(rows, rows).astype(float)
    money = np.bincount(cell, weights=amount[wanted], minlength=rows * rows).reshape(rows, rows)
    future = np.arange(rows)[:, None] + np.arange(rows)[None, :] > rows - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        value = np.cumsum(money, axis=1) / sizes[:, None]
    buyers[future] = np.nan
    value[future] = np.nan
    return Cohorts(months=[_month_date(low + i) for i in range(rows)], sizes=sizes,
                   buyers=buyers, value=value)


def _gaps(day: np.ndarray, first: np.ndarray) -> pd.DataFrame:
    gaps = np.diff(day)[~first[1:]] if len(day) else np.zeros(0, dtype=np.int64)
    edges = np.array(GAP_EDGES)
    counts = np.bincount(np.searchsorted(edges, gaps, side="right") - 1, minlength=len(edges))
    return _bins(edges, counts)


def _orders_per_customer(runs: np.ndarray) -> pd.DataFrame:
    edges = np.arange(1, MAX_ORDERS_BIN + 1)
    counts = np.bincount(np.minimum(runs, MAX_ORDERS_BIN) - 1, minlength=len(edges)) \
        if len(runs) else np.zeros(len(edges), dtype=np.int64)
    return _bins(edges, counts)


def _bins(edges: np.ndarray, counts: np.ndarray) -> pd.DataFrame:
    highs: list[int | None] = [int(e) - 1 for e in edges[1:]]
    return pd.DataFrame({"low": edges.astype("int64"),
                         "high": pd.array([*highs, None], dtype="Int64"),
                         "count": counts.astype("int64")})
