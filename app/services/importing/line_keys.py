"""Each purchase line's stored key, and the keys and purchases already stored.

A line's key is its natural key plus its occurrence in the file: re-importing a file or an
overlapping export finds its lines' keys stored and adds nothing, while two identical lines in
one file are both kept. The keys are stored in every database: changing how they are computed
makes every re-import add the whole file again.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services import sql_dialect
from app.services.database import Database
from app.services.importing.coded import CodedText
from app.services.pandas_compat import combine_hash_arrays

Keys = npt.NDArray[np.int64]
LINE_KEY = "regulars-import1"  # SipHash key of the line keys: part of every stored key


def line_keys(purchases: pd.DataFrame, identity: CodedText, orders: pd.Categorical,
              products: pd.Categorical) -> Keys:
    """A stable 64-bit identity per purchase line (int64): natural key + its occurrence in the file.

    Natural key: the order number and the line's content; without an order number, the customer,
    the day and the line's content. Keyed SipHash from pandas over the parts (stable across pandas
    versions, vectorised). Hashing a categorical hashes its
    distinct values once; the result equals hashing every cell. Databases from schema v1 had these
    same 64 bits as the first half of a text key (see migrations/v002_integer_line_keys.py).
    `orders`, `products`: the lines' order numbers and products as categoricals, "" where none
    (hashing each distinct text once instead of every line's).
    """
    with_order = purchases["order_id"].notna().to_numpy()
    # The customer's identity only for lines without an order number, "" for the others (an
    # identity is never "").
    who = identity.without(with_order).categorical(blank="")
    parts: list[npt.NDArray[Any] | pd.Categorical] = [
        with_order, orders, who,
        np.where(with_order, 0, purchases["day"].to_numpy()), products,
        purchases["amount_minor"].to_numpy(), purchases["quantity"].to_numpy()]
    # What hash_pandas_object does for a frame of these columns plus the occurrence, with each
    # column hashed once for both the grouping and the key.
    hashes = [pd.util.hash_array(part, hash_key=LINE_KEY, categorize=True) for part in parts]
    base = combine_hash_arrays(iter(hashes), len(hashes))
    occurrence = np.zeros(len(base), dtype=np.int64)
    repeated = pd.Series(base).duplicated(keep=False).to_numpy()  # usually few lines
    if repeated.any():
        same = base[repeated]
        occurrence[repeated] = pd.Series(same).groupby(same, sort=False).cumcount().to_numpy()
    hashes.append(pd.util.hash_array(occurrence, hash_key=LINE_KEY))
    return combine_hash_arrays(iter(hashes), len(hashes)).view(np.int64)


def count_orders(purchases: pd.DataFrame, order_codes: np.ndarray | None = None) -> int:
    """Distinct order numbers, plus distinct (customer, day) among lines without one.

    `order_codes`: the order numbers already factorized (-1 = none), so no string is hashed again.
    """
    sale = purchases["amount_minor"].to_numpy() >= 0  # a free line makes an order too
    if order_codes is None:
        order_codes = pd.factorize(purchases["order_id"].to_numpy(dtype=object),
                                   use_na_sentinel=True)[0]
    with_id = order_codes >= 0
    by_id = len(pd.unique(order_codes[sale & with_id]))
    rest = sale & ~with_id
    day_codes = pd.factorize(purchases["day"].to_numpy()[rest])[0].astype(np.int64)
    refs = purchases["customer_ref"].to_numpy(dtype=np.int64)[rest]
    by_day = len(pd.unique(refs * (len(day_codes) + 1) + day_codes))
    return int(by_id + by_day)


def storage_order(rows: np.ndarray, refs: np.ndarray, days: np.ndarray) -> np.ndarray:
    """`rows` ordered by customer id (new customers after existing ones, in the order their ids
    will be given), then day: the customer index then grows at its end, and a customer's lines
    sit together on disk for the card and the recompute."""
    if not len(rows):
        return rows
    ref = refs[rows].astype(np.int64)
    customer = np.where(ref > 0, ref, max(int(ref.max()), 0) - ref)
    day = days[rows].astype(np.int64)
    day -= day.min()
    if customer.max() < 1 << 38 and day.max() < 1 << 24:  # one integer key sorts faster than two
        return rows[np.argsort((customer << 24) | day, kind="stable")]
    return rows[np.lexsort((day, customer))]


def existing_keys(db: Database) -> tuple[np.ndarray, tuple[int, int]]:
    """Every line key already stored, and the (highest id, count) of purchases read, in one
    read transaction. Integers only: a hand-made row's text key is never a file's line."""
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN")
        seen = purchases_fingerprint(conn)
        # PostgreSQL's column is BIGINT: every key stored there is an integer.
        integer = ("dedup_key IS NOT NULL" if sql_dialect.is_postgres(conn)
                   else "typeof(dedup_key) = 'integer'")
        cursor = conn.execute(f"SELECT dedup_key FROM purchases WHERE {integer}")
        keys = np.fromiter((key for (key,) in cursor), dtype=np.int64)
        conn.execute("COMMIT")
        return keys, seen
    finally:
        conn.close()


def purchases_fingerprint(conn: sqlite3.Connection) -> tuple[int, int]:
    """(highest id, count) of the stored purchases: it changes when a line is added or removed."""
    highest, count = conn.execute("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM purchases").fetchone()
    return int(highest), int(count)
