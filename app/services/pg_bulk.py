"""Bulk inserts from columns on PostgreSQL (team mode): COPY ... FROM STDIN.

`sqlite_bulk.insert_columns` is the one function the services call; on a PostgreSQL connection it
hands its statement here. COPY streams the rows in one command, with no statement per row to
parse, plan and acknowledge — what many rows per INSERT statement is to SQLite. The statement's
text stays the callers' (one text per query): its table and columns are read from `head`, and the
constants written in `row` (a batch id, NULL, TRUE) are repeated on every row.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import numpy as np

_HEAD = re.compile(r"\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*$", re.IGNORECASE)
_INTEGER = re.compile(r"-?\d+")
_CONSTANTS: dict[str, Any] = {"NULL": None, "TRUE": True, "FALSE": False}


def copy_columns(raw: Any, head: str, row: str, columns: Sequence[Sequence[Any]]) -> int:
    """COPY the columns into the table `head` names (psycopg connection `raw`); returns the rows
    written. The i-th "?" of `row` takes the i-th column, as in sqlite_bulk.insert_columns."""
    table, names = parse_head(head)
    cells = _row_cells(row)
    if len(cells) != len(names):
        raise ValueError(f"{len(cells)} values for {len(names)} columns of {table}")
    count = len(columns[0]) if columns else 0
    if count == 0:
        return 0
    given = iter([_as_list(column) for column in columns])
    streams: list[list[Any] | Any] = []  # a column's values, or a constant
    for cell in cells:
        if cell == "?":
            values = next(given, None)
            if values is None:
                raise ValueError(f"more placeholders than the {len(columns)} columns")
            streams.append(values)
        else:
            streams.append(_Constant(_constant(cell)))
    if next(given, None) is not None:
        raise ValueError("more columns than placeholders")
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        # In slices: the server reads one while the next is spelled.
        for start in range(0, count, _ROWS_PER_WRITE):
            stop = min(start + _ROWS_PER_WRITE, count)
            fields: list[Any] = [itertools.repeat(stream.value) if isinstance(stream, _Constant)
                                 else stream[start:stop] for stream in streams]
            texts = [_copy_texts([stream.value] if isinstance(stream, _Constant) else field)
                     for stream, field in zip(streams, fields, strict=True)]
            if all(text is not None for text in texts):
                spelled = [itertools.repeat(text[0]) if isinstance(stream, _Constant) else text
                           for text, stream in zip(texts, streams, strict=True) if text is not None]
                rows = itertools.islice(zip(*spelled, strict=False), stop - start)
                copy.write(("\n".join(map("\t".join, rows)) + "\n").encode("utf-8"))
            else:  # a kind of value only psycopg knows how to write: row by row
                for line in itertools.islice(zip(*fields, strict=False), stop - start):
                    copy.write_row(line)
    return count


class _Constant:
    def __init__(self, value: Any) -> None:
        self.value = value


# What str() writes as COPY's text format reads it (booleans and missing values fixed after).
_PLAIN_KINDS = {int, str, float, bool, type(None), dt.date, dt.datetime, Decimal}
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_ROWS_PER_WRITE = 20_000


def _copy_texts(values: list[Any]) -> list[str] | None:
    """Each value as COPY's text format spells it, or None when a value is of a kind it has no
    plain spelling for. str() and a join run in C: psycopg's write_row, a Python call per row,
    took most of a million-line import's time."""
    kinds = set(map(type, values))
    if not kinds <= _PLAIN_KINDS:
        return None
    texts = list(map(str, values))
    if str in kinds:
        probe = "".join(texts)
        if any(mark in probe for mark in "\\\t\n\r"):
            texts = [text.translate(_ESCAPES) for text in texts]
    if not kinds & {type(None), float, bool}:
        return texts
    if kinds == {float}:  # amounts, quantities: NaN found by numpy, usually nowhere
        for at in np.flatnonzero(np.isnan(np.array(values, dtype=np.float64))).tolist():
            texts[at] = "\\N"
        return texts
    # Compared and fixed in C, not per value in Python.
    objects = np.array(values, dtype=object)
    missing = objects == None  # noqa: E711 (elementwise)
    if float in kinds:
        missing |= objects != objects  # NaN, which SQLite stores as NULL
    spelled = np.array(texts, dtype=object)
    spelled[missing] = "\\N"
    if bool in kinds:  # psycopg's spelling; 1 and 0 compare equal to them, so by class
        for at in np.flatnonzero((objects == True) | (objects == False)).tolist():  # noqa: E712
            if values[at].__class__ is bool:
                spelled[at] = "t" if values[at] else "f"
    result: list[str] = spelled.tolist()
    return result


def drop_keys_and_indexes(conn: sqlite3.Connection, table: str) -> list[str]:
    """Drops the table's foreign keys, its primary key where no other table's key refers to it,
    and its secondary indexes, inside the caller's transaction; returns the statements that add
    them back before it commits. A bulk write then checks each key by one join and builds each
    index by one sort, instead of a lookup and an insert per row for each. The table is closed
    to other people's readers until COMMIT: for writes that replace or double a table."""
    keys = conn.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        " WHERE conrelid = CAST(? AS regclass) AND (contype = 'f' OR"
                        " contype = 'p' AND NOT EXISTS (SELECT 1 FROM pg_constraint AS r"
                        " WHERE r.confrelid = CAST(? AS regclass)))"
                        " ORDER BY contype DESC, conname", (table, table)).fetchall()
    indexes = conn.execute(
        "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
        " JOIN pg_class i ON i.oid = x.indexrelid"
        " WHERE x.indrelid = CAST(? AS regclass) AND NOT x.indisunique AND NOT x.indisprimary"
        " ORDER BY i.relname", (table,)).fetchall()
    for name, _definition in keys:
        conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [*(definition for _name, definition in indexes),
            *(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
              for name, definition in keys)]


def parse_head(head: str) -> tuple[str, list[str]]:
    """("table", ["column", ...]) of an "INSERT INTO table (a, b) VALUES " head."""
    match = _HEAD.match(head)
    if match is None:
        raise ValueError(f"not an INSERT head COPY can take: {head!r}")
    return match.group(1), [name.strip() for name in match.group(2).split(",")]


def _row_cells(row: str) -> list[str]:
    inner = row.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        raise ValueError(f"not a row of values: {row!r}")
    return [cell.strip() for cell in inner[1:-1].split(",")]


def _constant(cell: str) -> Any:
    if _INTEGER.fullmatch(cell):
        return int(cell)
    if cell.upper() in _CONSTANTS:
        return _CONSTANTS[cell.upper()]
    if len(cell) >= 2 and cell[0] == cell[-1] == "'":
        return cell[1:-1].replace("''", "'")
    raise ValueError(f"a value COPY cannot repeat: {cell!r}")


def _as_list(column: Sequence[Any]) -> list[Any]:
    """Python ints and floats (psycopg dumps no numpy scalars)."""
    if isinstance(column, np.ndarray):
        return column.tolist()
    return column if isinstance(column, list) else list(column)
