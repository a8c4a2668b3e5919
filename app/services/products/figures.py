"""Per product (or category) figures: buyers, orders, revenue, share of orders by repeat
customers, the "came back" rate of customers whose first order held it, and the replenishment
interval. Vectorised over packed integer keys (no per-product Python loop, no pandas nunique).

- **Orders** follow the app's rule: lines of one order id, else one customer's day, are one order;
  a line of amount 0 is a sale, a refund (< 0) is no sale but lowers the revenue.
- **Came back**: of the customers whose first order held the product, those with a second order
  by the day of the figures ("12 of 31").
- **Replenishment interval**: the days between one customer's consecutive purchase days of the
  product, pooled over customers; its median is shown only when it is **clear**: at least
  `MIN_INTERVALS` intervals from at least `MIN_CUSTOMERS` customers, and a spread (interquartile
  range / median) of at most `MAX_SPREAD`. Coffee bought every 25-32 days has one (a spread
  near 0.2); a product bought again at random moments does not: its gaps spread like waiting
  times, about 1 and more, and a limit of 1 let some through by chance (a gift box "every 136
  days" in the demo shop, which then sent dozens of "time to restock" reminders).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services.products.lines import ProductLines, dense_codes, sorted_unique

MIN_INTERVALS = 5
MIN_CUSTOMERS = 3
MAX_SPREAD = 0.5

COLUMNS = ["name", "buyers", "orders", "revenue_minor", "repeat_share", "first_buyers",
           "came_back", "came_back_rate", "intervals", "interval_customers", "replenish_median",
           "replenish_spread", "replenish_days"]


@dataclass(frozen=True)
class Sales:
    """The sale lines' customers, orders and days as dense codes, with each customer's order
    count and first order: the same for product and category figures, so worked out once."""

    mask: np.ndarray  # which lines are sales (amount >= 0)
    customer: np.ndarray
    order: np.ndarray
    day: np.ndarray
    orders_of: np.ndarray
    first_order: np.ndarray


def sales_of(lines: ProductLines) -> Sales:
    frame = lines.frame
    sale = frame["amount_minor"].to_numpy() >= 0
    customer = dense_codes(frame["customer_id"].to_numpy()[sale])
    order = dense_codes(frame["order"].to_numpy()[sale])
    day = frame["day"].to_numpy()[sale].astype("int64")
    orders_of, first_order = _customer_orders(customer, order, day)
    return Sales(sale, customer, order, day, orders_of, first_order)


def figures(lines: ProductLines, by: str = "product", sales: Sales | None = None) -> pd.DataFrame:
    """One row per product (by="product") or category (by="category"), indexed by its code.
    `sales`: sales_of(lines), when the caller computes figures of both."""
    names = lines.products if by == "product" else lines.categories
    size = len(names)
    frame = lines.frame
    item_all = frame[by].to_numpy()
    named = item_all >= 0
    result = pd.DataFrame(index=pd.RangeIndex(size, name="code"))
    result["name"] = names
    result["revenue_minor"] = _count(
        pd.Series(frame["amount_minor"].to_numpy()[named]).groupby(item_all[named]).sum(), size)
    sales = sales or sales_of(lines)
    item = item_all[sales.mask]
    customer, order, day = sales.customer, sales.order, sales.day
    orders_of, first_order = sales.orders_of, sales.first_order
    has = item >= 0
    item, customer, order, day = item[has], customer[has], order[has], day[has]
    result["buyers"] = _per_item(_distinct(item, customer), size)
    item_orders = _distinct(item, order)
    result["orders"] = _per_item(item_orders, size)
    order_customer = np.zeros(order.max() + 1 if len(order) else 0, dtype=np.int64)
    order_customer[order] = customer
    repeat_orders = item_orders[orders_of[order_customer[item_orders[:, 1]]] >= 2]
    result["repeat_share"] = _per_item(repeat_orders, size) / result["orders"].where(
        result["orders"] > 0)
    in_first = order == first_order[customer]
    firsts = _distinct(item[in_first], customer[in_first])
    result["first_buyers"] = _per_item(firsts, size)
    result["came_back"] = _per_item(firsts[orders_of[firsts[:, 1]] >= 2], size)
    result["came_back_rate"] = result["came_back"] / result["first_buyers"].where(
        result["first_buyers"] > 0)
    _replenishment(item, customer, day, result)
    return result[COLUMNS]


def _count(series: pd.Series, size: int) -> pd.Series:
    return series.reindex(range(size), fill_value=0).astype("int64").set_axis(
        pd.RangeIndex(size, name="code"))


def _distinct(item: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Distinct (item, other) rows, sorted, as an (n, 2) array."""
    packed = sorted_unique((item.astype("int64") << 32) | other.astype("int64"))
    return np.column_stack([packed >> 32, packed & 0xFFFFFFFF])


def _per_item(rows: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(rows[:, 0], minlength=size)[:size]


def _customer_orders(customer: np.ndarray, order: np.ndarray,
                     day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Orders per customer (by customer code) and each customer's first order (earliest day; on
    one day, the order whose line came first, as build_orders has it).

    Order codes are dense in order of appearance (dense_codes), so a smaller code is an order
    whose first line came first: ranking by (customer, day, code) is that rule, done as one sort
    of a packed key where it fits in 63 bits."""
    if not len(order):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    count = order.max() + 1
    order_day = np.full(count, np.iinfo(np.int64).max)
    np.minimum.at(order_day, order, day)
    order_customer = np.zeros(count, dtype=np.int64)
    order_customer[order] = customer
    customers = customer.max() + 1 if len(customer) else 0
    orders_of = np.bincount(order_customer, minlength=customers)
    offset = order_day - order_day.min()
    order_bits = int(count - 1).bit_length() or 1
    day_bits = int(offset.max()).bit_length() or 1
    first_order = np.zeros(customers, dtype=np.int64)
    if order_bits + day_bits + (int(customers - 1).bit_length() or 1) <= 63:
        packed = np.sort((order_customer << (day_bits + order_bits)) | (offset << order_bits)
                         | np.arange(count, dtype=np.int64))
        owner = packed >> (day_bits + order_bits)
        starts = np.r_[True, owner[1:] != owner[:-1]]
        first_order[owner[starts]] = packed[starts] & ((1 << order_bits) - 1)
        return orders_of, first_order
    ranked = np.lexsort((offset, order_customer))  # stable: ties keep the smaller code
    starts = np.r_[True, order_customer[ranked][1:] != order_customer[ranked][:-1]]
    first_order[order_customer[ranked][starts]] = ranked[starts]
    return orders_of, first_order


def _replenishment(item: np.ndarray, customer: np.ndarray, day: np.ndarray,
                   result: pd.DataFrame) -> None:
    size = len(result)
    offset = day - (day.min() if len(day) else 0)
    day_bits = max(1, int(offset.max()).bit_length()) if len(day) else 1
    customer_bits = max(1, int(customer.max()).bit_length()) if len(day) else 1
    shift = day_bits + customer_bits  # item | customer | day packed in one int64
    if shift + max(1, size.bit_length()) > 63:
        raise ValueError("too many customers, days and products to pack")
    packed = sorted_unique((item.astype("int64") << shift) | (customer.astype("int64") << day_bits)
                       | offset)
    same = (packed[1:] >> day_bits) == (packed[:-1] >> day_bits)
    gap = np.diff(packed & ((1 << day_bits) - 1))[same]
    gap_item = (packed[1:] >> shift)[same]
    gap_customer = (packed[1:] >> day_bits)[same]
    result["intervals"] = np.bincount(gap_item, minlength=size)[:size]
    result["interval_customers"] = np.bincount(
        sorted_unique(gap_customer) >> customer_bits, minlength=size)[:size]
    order = np.lexsort((gap, gap_item))
    gap, gap_item = gap[order].astype("float64"), gap_item[order]
    starts = np.searchsorted(gap_item, np.arange(size), side="left")
    sizes = result["intervals"].to_numpy()
    quartiles = {}
    for share in (0.25, 0.5, 0.75):  # linear interpolation, as numpy's default quantile
        position = (sizes - 1).clip(min=0) * share
        low = np.floor(position).astype("int64")
        high = np.minimum(low + 1, (sizes - 1).clip(min=0))
        take = sizes > 0
        value = np.full(size, np.nan)
        lo_v = gap[(starts + low)[take]]
        hi_v = gap[(starts + high)[take]]
        value[take] = lo_v + (hi_v - lo_v) * (position - low)[take]
        quartiles[share] = value
    result["replenish_median"] = quartiles[0.5]
    result["replenish_spread"] = (quartiles[0.75] - quartiles[0.25]) / quartiles[0.5]
    clear = ((result["intervals"] >= MIN_INTERVALS)
             & (result["interval_customers"] >= MIN_CUSTOMERS)
             & (result["replenish_spread"] <= MAX_SPREAD))
    result["replenish_days"] = result["replenish_median"].where(clear)
