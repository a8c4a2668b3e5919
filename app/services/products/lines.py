"""Purchase lines with their product and category, read fast: one frame with integer codes.

The frame has customer_id, day (day number), amount_minor, order (an int64 per order, the same
grouping as `segments.orders.build_orders`), product and category (codes into the `Catalog`'s
names, -1 when the line has none). Names are read as one concatenated string per column and
factorised, so no Python object is built per line beyond the split.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers, sql_dialect
from app.services.database import Database
from app.services.segments import orders as orders_mod
from app.services.segments.copy_read import (
    copy_bigints,
    name_hash_sql,
    names_of_hashes,
    one_snapshot,
    order_key_sql,
)
from app.services.sql_dialect import is_postgres

_SEP = "\x1f"


@dataclass(frozen=True)
class ProductLines:
    frame: pd.DataFrame
    products: list[str]
    categories: list[str]


def load_product_lines(db: Database, as_of: dt.date | None = None,
                       aliases: dict[str, str] | None = None) -> ProductLines:
    """Lines up to `as_of` (all when None); `aliases` maps a written name to its canonical one."""
    conn = db.raw_connection()
    try:
        columns = _read_copy(conn) if is_postgres(conn) else \
            _read_parallel(db, conn) or _read_rows(conn)
    finally:
        conn.close()
    customer, day, amount, order_key, (product_codes, product_names), \
        (category_codes, category_names) = columns
    if aliases:
        product_codes, product_names = _recoded(
            product_codes, [aliases.get(name, name) for name in product_names])
    if as_of is not None and (later := day > day_numbers.from_date(as_of)).any():
        kept = ~later
        customer, day, amount, order_key = customer[kept], day[kept], amount[kept], order_key[kept]
        # Names only sold later are no product of that day.
        product_codes, product_names = _used(product_codes[kept], product_names)
        category_codes, category_names = _used(category_codes[kept], category_names)
    # Built once from the columns: every later step of a DataFrame would copy a million lines.
    frame = pd.DataFrame({"customer_id": customer, "day": day, "amount_minor": amount,
                          "product": product_codes, "category": category_codes,
                          "order": _order_ids(customer, day, order_key)})
    return ProductLines(frame, product_names, category_names)


Coded = tuple[np.ndarray, list[str]]  # a code per line into distinct names, -1 for none
# customer, day, amount, order key (a hash per order id, -1 for none), products, categories
Columns = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, Coded, Coded]


def _read_copy(conn: sqlite3.Connection) -> Columns:
    """PostgreSQL: one binary COPY of integers (names and order ids hashed by the server), then
    each distinct name once; codes in order of first appearance, as `_codes` gives them."""
    with one_snapshot(conn):
        customer, day, amount, order_key, product, category = copy_bigints(
            conn, "SELECT customer_id, CAST(purchased_on - DATE '1970-01-01' AS BIGINT),"
            f" amount_minor, {order_key_sql('order_id')}, {name_hash_sql('product')},"
            f" {name_hash_sql('category')} FROM purchases ORDER BY id", 6)
        products = names_of_hashes(conn, "product")
        categories = names_of_hashes(conn, "category")
    return (customer, day.astype(np.int32), amount, order_key,
            _hash_codes(product, products), _hash_codes(category, categories))


def _hash_codes(hashes: np.ndarray, names: dict[int, str]) -> Coded:
    codes, uniques = pd.factorize(hashes)
    kept = [names.get(int(h), "") for h in uniques]  # -1 (no name) reads as ""
    return _recoded(np.asarray(codes, dtype=np.int64), kept)


def _recoded(codes: np.ndarray, names: list[str]) -> Coded:
    """Codes into `names` (which may repeat a name, or hold "") -> codes into distinct names."""
    if not names:
        return codes, []
    new_codes, distinct = _codes(names)
    return np.where(codes >= 0, new_codes[np.maximum(codes, 0)], -1), distinct


def _used(codes: np.ndarray, names: list[str]) -> tuple[np.ndarray, list[str]]:
    present = np.bincount(codes[codes >= 0], minlength=len(names)) > 0
    new_code = np.r_[np.cumsum(present) - 1, -1]  # a code of -1 (no name) stays -1
    return (new_code[codes],
            [name for name, kept in zip(names, present, strict=True) if kept])


def _codes(names: list[str]) -> tuple[np.ndarray, list[str]]:
    codes, uniques = pd.factorize(np.array(names, dtype=object))
    codes = np.asarray(codes, dtype=np.int64)
    kept = [str(u) for u in uniques]
    if "" in kept:  # a line without a name has no code
        empty = kept.index("")
        codes = np.where(codes == empty, -1, np.where(codes > empty, codes - 1, codes))
        kept.pop(empty)
    return codes, kept


def _order_ids(customer: np.ndarray, day: np.ndarray, key: np.ndarray) -> np.ndarray:
    """One int64 per order, as build_orders groups lines: an order id, else the customer's day."""
    has_id = key >= 0
    codes = np.full(len(key), -1, dtype=np.int64)
    if has_id.any():
        codes[has_id] = dense_codes(key[has_id])
    sub = np.where(has_id, (1 << 31) + codes, (1 << 30) + day.astype("int64"))
    return (customer.astype("int64") << 32) | sub


_WORKERS = max(1, min(4, os.cpu_count() or 1))
_CHUNK = 250_000


def _read_parallel(db: Database, conn: sqlite3.Connection) -> Columns | None:
    """Id ranges read on parallel connections (SQLite releases the GIL while it scans); None
    when a date is not plain YYYY-MM-DD or a text holds the separator (the row read takes over).
    New lines get higher ids, so a concurrent import cannot shift the ranges."""
    low, high = conn.execute("SELECT MIN(id), MAX(id) FROM purchases").fetchone()
    if low is None:
        return _empty()
    bounds = [(start, min(start + _CHUNK, high + 1)) for start in range(low, high + 1, _CHUNK)]

    def read(bound: tuple[int, int]) -> Columns | None:
        own = db.raw_connection()
        try:
            return _read_concatenated(own, *bound)
        finally:
            own.close()

    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        parts = list(pool.map(read, bounds))
    if any(part is None for part in parts):
        return None
    done = [part for part in parts if part is not None]
    return (np.concatenate([p[0] for p in done]), np.concatenate([p[1] for p in done]),
            np.concatenate([p[2] for p in done]), np.concatenate([p[3] for p in done]),
            _merged([p[4] for p in done]), _merged([p[5] for p in done]))


def _merged(parts: list[Coded]) -> Coded:
    """Chunks coded apart -> one coding, names still in order of first appearance."""
    index: dict[str, int] = {}
    codes = []
    for part_codes, names in parts:
        remap = np.array([index.setdefault(name, len(index)) for name in names] + [-1],
                         dtype=np.int64)
        codes.append(remap[part_codes])  # -1 picks the last entry: still -1
    return (np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64)), list(index)


def _read_concatenated(conn: sqlite3.Connection, start: int, stop: int) -> Columns | None:
    count, ids, days, amounts, order_ids, products, categories = conn.execute(
        "SELECT COUNT(*), group_concat(customer_id), group_concat(purchased_on, ''),"
        " group_concat(CAST(amount_minor AS INTEGER)), group_concat(COALESCE(order_id, ''), ?1),"
        " group_concat(COALESCE(product, ''), ?1), group_concat(COALESCE(category, ''), ?1)"
        " FROM purchases WHERE id >= ?2 AND id < ?3", (_SEP, start, stop)).fetchone()
    if count == 0:
        return _empty()
    if len(days) != 10 * count or not days.isascii():
        return None
    day = orders_mod._parse_iso_days(days, count)
    # Order ids are hashed straight from the joined text: no Python string per line.
    order_key = orders_mod._hash_tokens(order_ids, count)
    texts = [products.split(_SEP), categories.split(_SEP)]
    if day is None or order_key is None or any(len(t) != count for t in texts):
        return None
    # Coded here, in the worker: the GIL-bound factorising overlaps the other chunks' reads.
    customer = np.fromstring(ids, sep=",", dtype=np.int64)
    amount = np.fromstring(amounts, sep=",", dtype=np.int64)
    if len(customer) != count or len(amount) != count:
        return None
    return customer, day, amount, order_key, _codes(texts[0]), _codes(texts[1])


def _read_rows(conn: sqlite3.Connection) -> Columns:
    rows = conn.execute(
        f"SELECT customer_id, {sql_dialect.day_number(conn, 'purchased_on')}, amount_minor,"
        " COALESCE(order_id, ''), COALESCE(product, ''), COALESCE(category, '')"
        " FROM purchases ORDER BY id").fetchall()
    if not rows:
        return _empty()
    order_ids = _SEP.join(r[3].replace(_SEP, " ") for r in rows)
    order_key = orders_mod._hash_tokens(order_ids, len(rows))
    assert order_key is not None  # no id holds the separator any more
    return (np.array([r[0] for r in rows], dtype=np.int64),
            np.array([r[1] for r in rows], dtype=np.int32),
            np.array([r[2] for r in rows], dtype=np.int64),
            order_key, _codes([r[4] for r in rows]), _codes([r[5] for r in rows]))


def _empty() -> Columns:
    return (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32),
            np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), _codes([]), _codes([]))


def dense_codes(values: np.ndarray) -> np.ndarray:
    """0..k-1 per distinct value (in order of appearance). pandas' hash table: numpy's
    unique(return_inverse) is several times slower on a million int64."""
    return np.asarray(pd.factorize(values)[0], dtype=np.int64)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique by one sort (numpy 2's hashing unique is slower on large int64 arrays)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered
