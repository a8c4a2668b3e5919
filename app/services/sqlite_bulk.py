"""Bulk inserts from columns: many rows per INSERT statement, parameters laid out in one list."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

import numpy as np

from app.services.sql_dialect import is_postgres

ROWS_PER_STATEMENT = 20  # x 10 values, far below SQLite's limit of 32,766 per statement


def insert_columns(conn: sqlite3.Connection, head: str, row: str,
                   columns: Sequence[Sequence[Any]]) -> None:
    """`head` + many `row` placeholders per statement: SQLite's per-statement cost (step, reset,
    Python's per-item overhead) is paid once per ROWS_PER_STATEMENT rows, which makes a bulk
    insert about 40 % faster than one row per statement. The i-th "?" of `row` takes the i-th
    column."""
    count = len(columns[0]) if columns else 0
    if count == 0:
        return
    values = [_as_list(column) for column in columns]
    copy = _copy_statement(conn, head, row)
    if copy:
        _copy_rows(conn, copy, values)
        return
    # A column without a value becomes a NULL in the statement: binding None is the slowest
    # parameter there is (Python's sqlite3 first looks for an adapter for it).
    empty = [column[0] is None and column.count(None) == count for column in values]
    row = _with_nulls(row, empty)
    values = [column for column, none in zip(values, empty, strict=True) if not none]
    width = len(values)
    flat: list[Any] = [None] * (count * width)
    for position, column in enumerate(values):  # interleaved by C-level slice assignment
        flat[position::width] = column
    whole = count - count % ROWS_PER_STATEMENT
    step = ROWS_PER_STATEMENT * width
    if whole:
        statements = whole // ROWS_PER_STATEMENT
        conn.executemany(head + ",".join([row] * ROWS_PER_STATEMENT),
                         (flat[i * step:(i + 1) * step] for i in range(statements)))
    if count > whole:
        conn.execute(head + ",".join([row] * (count - whole)), flat[whole * width:])


_INSERT = re.compile(r"\s*INSERT INTO (\w+) \(([\w, ]+)\) VALUES\s*$", re.IGNORECASE)


def _copy_statement(conn: sqlite3.Connection, head: str, row: str) -> str:
    """PostgreSQL's own bulk write (COPY FROM STDIN) for a plain insert of every column; "" on
    SQLite or when the row holds more than placeholders."""
    match = _INSERT.match(head)
    if not is_postgres(conn) or not match or row.replace(" ", "").strip("()").strip("?,"):
        return ""
    return f"COPY {match.group(1)} ({match.group(2)}) FROM STDIN"


def _copy_rows(conn: sqlite3.Connection, statement: str, values: list[list[Any]]) -> None:
    with conn.raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[attr-defined]
        for record in zip(*values, strict=True):
            copy.write_row(record)


def _as_list(column: Sequence[Any]) -> list[Any]:
    """Numbers become Python ints and floats (sqlite3 binds no numpy scalars)."""
    if isinstance(column, np.ndarray):
        return column.tolist()
    return column if isinstance(column, list) else list(column)


def _with_nulls(row: str, empty: list[bool]) -> str:
    parts = row.split("?")
    if len(parts) - 1 != len(empty):
        raise ValueError(f"{len(parts) - 1} placeholders for {len(empty)} columns")
    return parts[0] + "".join(("NULL" if none else "?") + part
                              for none, part in zip(empty, parts[1:], strict=True))
