"""Orders and per-customer figures derived from purchase lines, in pandas (vectorised, no ORM).

The rules (ARCHITECTURE.md, "What an order is"): lines sharing an external order id are one order;
without an order id, one customer's lines on the same day are one order. A line of amount 0 (a
gift, a free sample, a full discount) makes an order like a paid one and adds nothing to money.
Negative amounts are refunds: they reduce the money spent and are not orders.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from app.services import day_numbers, sql_dialect
from app.services.segments.copy_read import copy_bigints, order_key_sql
from app.services.sql_dialect import is_postgres


def load_order_lines(conn: sqlite3.Connection) -> pd.DataFrame:
    """All purchase lines: customer_id, day (int days since 1970-01-01), amount_minor, order_key.

    `order_key` is a 63-bit hash of the order id's UTF-8 bytes (-1 without an order id), so no
    Python string is built per line. Two different ids of one customer would have to collide for
    two orders to merge (odds about k² / 2^63 for k orders).

    Fast path: each column comes back from SQLite as one concatenated string per chunk and is
    parsed with numpy, instead of building a Python tuple per row. Dates not stored as plain
    YYYY-MM-DD fall back to the row-by-row read. On PostgreSQL one binary COPY reads the four
    integer columns (the order id hashed by the server).
    """
    if is_postgres(conn):
        return _load_copy(conn)
    low, high = conn.execute("SELECT MIN(id), MAX(id) FROM purchases").fetchone()
    if low is None:
        return _empty_lines()
    pieces = max(1, min(_WORKERS, (high - low + 1) // _MIN_PARALLEL_IDS),
                 -(-(high - low + 1) // _CHUNK_IDS))
    step = -(-(high - low + 1) // pieces)
    ranges = [(start, min(start + step, high + 1)) for start in range(low, high + 1, step)]
    path = _file_of(conn)
    if len(ranges) > 1 and path:
        # SQLite releases the GIL while it scans: one read connection per range runs on all
        # cores. New lines get higher ids, so a concurrent import cannot shift the ranges.
        with ThreadPoolExecutor(max_workers=min(len(ranges), _WORKERS)) as pool:
            parts = list(pool.map(lambda r: _load_range(path, r), ranges))
    else:
        parts = [_load_chunk(conn, start, stop) for start, stop in ranges]
    frames = [part for part in parts if part is not None]
    if len(frames) < len(parts):
        return _load_rows(conn)
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return frame if len(frame) else _empty_lines()


_CHUNK_IDS = 2_000_000  # at most this many ids per query (bounded memory for the big strings)
_MIN_PARALLEL_IDS = 250_000  # below this a second thread costs more than it saves
_WORKERS = max(1, min(4, os.cpu_count() or 1))


def _load_copy(conn: sqlite3.Connection) -> pd.DataFrame:
    # In id order, as SQLite reads them: ties between orders keep the order they appear in.
    customer, day, amount, order_key = copy_bigints(
        conn, "SELECT customer_id, CAST(purchased_on - DATE '1970-01-01' AS BIGINT), amount_minor,"
        f" {order_key_sql('order_id')} FROM purchases ORDER BY id", 4)
    if not len(customer):
        return _empty_lines()
    return pd.DataFrame({"customer_id": customer, "day": day.astype("int32"),
                         "amount_minor": amount, "order_key": order_key})


def _file_of(conn: sqlite3.Connection) -> str:
    """The main database's file path ("" for an in-memory database)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2] or "") if row else ""


def _load_range(path: str, bounds: tuple[int, int]) -> pd.DataFrame | None:
    conn = sqlite3.connect(path, timeout=15)
    try:
        return _load_chunk(conn, *bounds)
    finally:
        conn.close()

# Unit separator between order ids; an id containing one makes the token count disagree, and the
# row-by-row read takes over.
_SEP = "\x1f"


def _load_chunk(conn: sqlite3.Connection, start: int, stop: int) -> pd.DataFrame | None:
    count, ids, days, amounts, order_ids = conn.execute(
        "SELECT COUNT(*), group_concat(customer_id), group_concat(purchased_on, ''),"
        " group_concat(CAST(amount_minor AS INTEGER)),"
        " group_concat(COALESCE(order_id, ''), ?)"
        " FROM purchases WHERE id >= ? AND id < ?",
        (_SEP, start, stop),
    ).fetchone()
    if count == 0:
        return _empty_lines()
    if len(days) != 10 * count or not days.isascii():
        return None
    day = _parse_iso_days(days, count)
    if day is None:
        return None
    customer = np.fromstring(ids, sep=",", dtype="int64")
    amount = np.fromstring(amounts, sep=",", dtype="int64")
    if len(customer) != count or len(amount) != count:
        return None
    order_key = _hash_tokens(order_ids, count)
    if order_key is None:
        return None
    return pd.DataFrame({"customer_id": customer, "day": day, "amount_minor": amount,
                         "order_key": order_key})


def _hash_tokens(text: str, count: int) -> np.ndarray | None:
    """A 63-bit polynomial hash of each \\x1f-separated token (-1 for an empty one), vectorised
    over token positions (Horner's rule, one numpy pass per character of the longest id): no
    Python string per token."""
    data = np.frombuffer((text + _SEP).encode("utf-8"), dtype=np.uint8)
    ends = np.flatnonzero(data == 31)  # every token is followed by a separator
    if len(ends) != count:
        return None
    starts = np.r_[0, ends[:-1] + 1]
    lengths = ends - starts
    hashed = lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    longest = int(lengths.max()) if count else 0
    active = np.arange(count)
    for offset in range(longest):
        active = active[lengths[active] > offset]  # tokens that still have a character here
        byte = data[starts[active] + offset].astype(np.uint64)
        hashed[active] = hashed[active] * _P + byte
    # Finalise (splitmix64's mixer) so every input bit reaches the top bit, then drop it.
    hashed ^= hashed >> np.uint64(30)
    hashed *= np.uint64(0xBF58476D1CE4E5B9)
    hashed ^= hashed >> np.uint64(27)
    hashed *= np.uint64(0x94D049BB133111EB)
    hashed ^= hashed >> np.uint64(31)
    key: np.ndarray = (hashed >> np.uint64(1)).astype(np.int64)
    key[lengths == 0] = -1
    return key


_P = np.uint64(1_099_511_628_211)  # the 64-bit FNV prime


def _parse_iso_days(text: str, count: int) -> np.ndarray | None:
    """Days since 1970-01-01 from `count` concatenated YYYY-MM-DD dates, or None when the text is
    not exactly that. Shops sell over a few hundred months at most, so each distinct "YYYY-MM-" is
    parsed once in Python and the day of the month is added vectorised."""
    parts = np.frombuffer(text.encode("ascii"), dtype=[("month", "<u8"), ("day", "<u2")])
    codes, months = pd.factorize(parts["month"])
    firsts = []
    for packed in months.tolist():
        month_text = int(packed).to_bytes(8, "little").decode("ascii")
        if not (month_text[:4].isdigit() and month_text[4] == "-" and month_text[5:7].isdigit()
                and month_text[7] == "-" and 1 <= int(month_text[5:7]) <= 12):
            return None
        firsts.append(day_numbers.from_date(dt.date(int(month_text[:4]), int(month_text[5:7]), 1)))
    tens = (parts["day"] & 0xFF).astype(np.int32) - 48
    ones = (parts["day"] >> 8).astype(np.int32) - 48
    if ((tens < 0) | (tens > 3) | (ones < 0) | (ones > 9)).any():
        return None
    day_of_month = tens * 10 + ones
    if ((day_of_month < 1) | (day_of_month > 31)).any():
        return None
    return (np.asarray(firsts, dtype=np.int32)[codes] + day_of_month - 1).astype("int32")


def _load_rows(conn: sqlite3.Connection) -> pd.DataFrame:
    """Row-by-row read that lets SQLite parse any date format it understands, and hashes order ids
    of any content (a separator inside one included) the way the fast path does."""
    rows = conn.execute(
        f"SELECT customer_id, {sql_dialect.day_number(conn, 'purchased_on')}, amount_minor,"
        " COALESCE(order_id, '') FROM purchases"
    ).fetchall()
    if not rows:
        return _empty_lines()
    text = _SEP.join(r[3].replace(_SEP, " ") for r in rows)
    return pd.DataFrame({
        "customer_id": np.array([r[0] for r in rows], dtype="int64"),
        "day": np.array([r[1] for r in rows], dtype="int32"),
        "amount_minor": np.array([r[2] for r in rows], dtype="int64"),
        "order_key": _hash_tokens(text, len(rows)),
    })


def _empty_lines() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series(dtype="int64"), "day": pd.Series(dtype="int32"),
                         "amount_minor": pd.Series(dtype="int64"),
                         "order_key": pd.Series(dtype="int64")})


def build_orders(purchases: pd.DataFrame) -> pd.DataFrame:
    """One row per order: customer_id, day (first line's day), amount_minor (sum of its sale lines,
    0 for a free order).

    Sale lines are those of amount >= 0; refund lines (< 0) are left out, so an order holding a
    sale and a refund keeps the sale's amount, and an order of refunds alone is no order.

    `purchases` has an `order_key` per line, as `load_order_lines` reads it (-1: no order id).
    Sorted by customer_id, day so per-customer sequences (intervals, nth order) are cheap. Ties
    (one customer, two orders on one day) keep the order in which the orders first appear.
    Vectorised with one int64 key per line and a single sort (no pandas groupby): 1,000,000 lines
    take about a quarter of a second.
    """
    sales = purchases[purchases["amount_minor"] >= 0]
    if sales.empty:
        return pd.DataFrame(
            {"customer_id": pd.Series(dtype="int64"), "day": pd.Series(dtype="int32"),
             "amount_minor": pd.Series(dtype="int64")}
        )
    codes, has_id = _order_codes(sales)
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


def _order_codes(sales: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """A code below 2^31 per distinct order key (the sort key's room for it), and which lines
    have one."""
    key = sales["order_key"].to_numpy()
    has_id = key >= 0
    if not has_id.any() or key.max() < 1 << 30:  # small already (an import's codes)
        return key.astype(np.int64, copy=False), has_id
    codes = np.full(len(key), -1, dtype=np.int64)
    codes[has_id] = np.unique(key[has_id], return_inverse=True)[1].reshape(-1)
    return codes, has_id


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
    """Per customer with any purchase: orders_count (free orders included), total_spent_minor
    (refunds subtracted, never below zero), first_day, last_day (of orders), indexed by
    customer_id."""
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
    # A refund of something bought before the first imported file would make the money spent
    # negative; nobody spends less than nothing.
    summary["total_spent_minor"] = summary["total_spent_minor"].fillna(0).astype("int64").clip(
        lower=0)
    return summary
