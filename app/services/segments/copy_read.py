"""Bulk reads of whole integer columns from PostgreSQL (team mode) straight into numpy.

SQLite's fast path concatenates a column into one string per query; PostgreSQL's own tool is
`COPY (SELECT ...) TO STDOUT` in binary form. With every column a non-NULL BIGINT each row has the
same size, so the whole stream is one numpy record array: no Python object per row.
"""

from __future__ import annotations

import sqlite3

import numpy as np

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
