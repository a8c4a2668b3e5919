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
    """All purchase lines: customer_id, day (int days since 1970-01-01), amount_minor, order_id.

    Fast path (issue 4: recompute of 1,000,000 lines in well under 2 s): each column comes back from
    SQLite as one concatenated string per chunk and is parsed with numpy, instead of building a
    Python tuple per row. Dates not stored as plain YYYY-MM-DD fall back to the row-by-row read.
    """
    low, high = conn.execute("SELECT MIN(id), MAX(id) FROM purchases").fetchone()
    if low is None:
        return empty_purchases()
    parts = []
    for start in range(low, high + 1, _CHUNK_IDS):
        part = _load_chunk(conn, start, start + _CHUNK_IDS)
        if part is None:
            return _load_rows(conn)
        parts.append(part)
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return frame if len(frame) else empty_purchases()


_CHUNK_IDS = 2_000_000
_SEP = "\x1f"  # unit separator; an order id containing it has it read as a space


def _load_chunk(conn: sqlite3.Connection, start: int, stop: int) -> pd.DataFrame | None:
    count, ids, days, amounts, order_ids = conn.execute(
        "SELECT COUNT(*), group_concat(customer_id), group_concat(purchased_on, ''),"
        " group_concat(CAST(amount_minor AS INTEGER)),"
        " group_concat(COALESCE(REPLACE(order_id, char(31), ' '), ''), char(31))"
        " FROM purchases WHERE id >= ? AND id < ?",
        (start, stop),
    ).fetchone()
    if count == 0:
        return empty_purchases()
    if len(days) != 10 * count or not days.isascii():
        return None
    day = _parse_iso_days(days, count)
    if day is None:
        return None
    customer = np.fromstring(ids, sep=",", dtype="int64")
    amount = np.fromstring(amounts, sep=",", dtype="int64")
    order = np.array(order_ids.split(_SEP), dtype=object)
    if len(customer) != count or len(amount) != count or len(order) != count:
        return None
    order[order == ""] = None
    return pd.DataFrame({
        "customer_id": customer, "day": day,
        "amount_minor": amount, "order_id": order,
    })


def _parse_iso_days(text: str, count: int) -> np.ndarray | None:
    """Days since 1970-01-01 from `count` concatenated YYYY-MM-DD dates (days-from-civil), or
    None when the text is not exactly that."""
    raw = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(count, 10) - np.uint8(48)
    # uint8 wraps below "0", so anything but a digit is > 9; "-" minus "0" is 253.
    if (raw[:, [0, 1, 2, 3, 5, 6, 8, 9]] > 9).any() or (raw[:, [4, 7]] != 253).any():
        return None
    col = [raw[:, i].astype("int64") for i in range(10)]
    y = col[0] * 1000 + col[1] * 100 + col[2] * 10 + col[3]
    m = col[5] * 10 + col[6]
    d = col[8] * 10 + col[9]
    y = y - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    doy = (153 * (m + np.where(m > 2, -3, 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return (era * 146097 + doe - 719468).astype("int32")


def _load_rows(conn: sqlite3.Connection) -> pd.DataFrame:
    """Row-by-row read that lets SQLite parse any date format it understands."""
    rows = conn.execute(
        "SELECT customer_id, CAST(julianday(purchased_on) - 2440587.5 AS INTEGER), amount_minor,"
        " order_id FROM purchases"
    ).fetchall()
    if not rows:
        return empty_purchases()
    frame = pd.DataFrame.from_records(rows, columns=PURCHASE_COLUMNS)
    frame["order_id"] = frame["order_id"].astype(object).where(frame["order_id"] != "", None)
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

    Sorted by customer_id, day so per-customer sequences (intervals, nth order) are cheap. Ties
    (one customer, two orders on one day) keep the order in which the orders first appear.
    Vectorised with one int64 key per line and a single sort (no pandas groupby): 1,000,000 lines
    take about a quarter of a second.
    """
    sales = purchases[purchases["amount_minor"] > 0]
    if sales.empty:
        return pd.DataFrame(
            {"customer_id": pd.Series(dtype="int64"), "day": pd.Series(dtype="int32"),
             "amount_minor": pd.Series(dtype="int64")}
        )
    codes, uniques = pd.factorize(sales["order_id"].to_numpy(dtype=object))
    has_id = codes >= 0
    empty = np.flatnonzero(np.asarray(uniques, dtype=object) == "")
    if len(empty):
        has_id &= codes != empty[0]
    day = sales["day"].to_numpy().astype("int64")
    # Key = customer in the high 32 bits; low 32 bits: 2^31 + order code, or 2^30 + day.
    sub = np.where(has_id, (1 << 31) + codes.astype("int64"), (1 << 30) + day)
    key = (sales["customer_id"].to_numpy().astype("int64") << 32) | sub
    order = np.argsort(key)
    sorted_key = key[order]
    starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    first_line = np.minimum.reduceat(order, starts)  # where each order first appears
    grouped_day = np.minimum.reduceat(day[order], starts)
    amount = np.add.reduceat(sales["amount_minor"].to_numpy().astype("int64")[order], starts)
    customer = sorted_key[starts] >> 32
    final = _order_by_customer_day_line(customer, grouped_day, first_line)
    return pd.DataFrame({
        "customer_id": customer[final], "day": grouped_day[final].astype("int32"),
        "amount_minor": amount[final],
    })


def _order_by_customer_day_line(
    customer: np.ndarray, day: np.ndarray, line: np.ndarray
) -> np.ndarray:
    """Permutation sorting groups by (customer, day, line); `customer` is already ascending.

    One argsort of a packed int64 (customer rank | day offset | line) when the three fit in 63
    bits, as they do for any real shop; np.lexsort (several times slower) otherwise.
    """
    rank = np.cumsum(np.r_[False, customer[1:] != customer[:-1]])
    day_offset = day - day.min()
    bits = [int(v).bit_length() for v in (rank[-1], day_offset.max(), line.max())]
    if sum(bits) > 63:
        return np.lexsort((line, day, customer))
    packed = (rank << (bits[1] + bits[2])) | (day_offset << bits[2]) | line
    return np.argsort(packed)


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
