"""Bulk reads of whole integer columns from PostgreSQL (team mode) straight into numpy.

SQLite's fast path concatenates a column into one string per query; PostgreSQL's own tool is
`COPY (SELECT ...) TO STDOUT` in binary form. With every column a non-NULL BIGINT each row has the
same size, so the whole stream is one numpy record array: no Python object per row.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import numpy as np
import psycopg

_HEADER = 19  # "PGCOPY\n\377\r\n\0", 4 bytes of flags, 4 bytes of header extension (none)
_TRAILER = 2  # a field count of -1


def copy_bigints(conn: sqlite3.Connection, select: str, columns: int) -> list[np.ndarray]:
    """The `columns` BIGINT columns of `select` (every value non-NULL), one int64 array each.

    `conn` is team mode's connection (`team.connection.PostgresConnection`); `select` has no
    parameters (COPY takes none).
    """
    raw = conn.raw  # type: ignore[attr-defined]
    buffer = bytearray()
    with raw.cursor() as cursor, cursor.copy(f"COPY ({select}) TO STDOUT (FORMAT BINARY)") as copy:
        for block in copy:
            buffer += block
    fields: list[tuple[str, str]] = [("count", ">i2")]
    for index in range(columns):
        fields += [(f"size{index}", ">i4"), (f"value{index}", ">i8")]
    body = memoryview(buffer)[_HEADER:len(buffer) - _TRAILER] if buffer else memoryview(b"")
    rows = np.frombuffer(body, dtype=np.dtype(fields))
    if len(rows) and ((rows["count"] != columns).any() or any(
            (rows[f"size{index}"] != 8).any() for index in range(columns))):
        raise ValueError("COPY gave a NULL or a column that is not BIGINT")
    return [rows[f"value{index}"].astype(np.int64) for index in range(columns)]


def order_key_sql(column: str) -> str:
    """A 63-bit hash of an order id on the server (-1 without one), the role `orders._hash_tokens`
    plays for SQLite: equal ids give equal keys, so the order grouping is the same."""
    return (f"CASE WHEN COALESCE({column}, '') = '' THEN CAST(-1 AS BIGINT)"
            f" ELSE hashtextextended({column}, 0) & 9223372036854775807 END")


@contextlib.contextmanager
def one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """The reads inside see one state of the database (REPEATABLE READ), as SQLite's reads on one
    connection do: a COPY and a later query agree even while someone imports."""
    raw = conn.raw  # type: ignore[attr-defined]
    if raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        yield  # already inside the caller's transaction
        return
    before = raw.isolation_level
    raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with raw.transaction():
            yield
    finally:
        raw.isolation_level = before


def name_hash_sql(column: str) -> str:
    """A 64-bit hash of a name on the server (-1 without one), to code lines by name without
    sending a text per line; `names_of_hashes` gives the texts back."""
    return (f"CASE WHEN COALESCE({column}, '') = '' THEN CAST(-1 AS BIGINT)"
            f" ELSE hashtextextended({column}, 0) END")


def names_of_hashes(conn: sqlite3.Connection, column: str) -> dict[int, str]:
    names = dict(conn.execute(
        f"SELECT hashtextextended({column}, 0), {column} FROM purchases"
        f" WHERE {column} <> '' GROUP BY {column}").fetchall())
    return {int(key): str(name) for key, name in names.items()}
