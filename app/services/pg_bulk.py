"""Bulk inserts from columns on PostgreSQL (team mode): COPY ... FROM STDIN.

`sqlite_bulk.insert_columns` is the one function the services call; on a PostgreSQL connection it
hands its statement here. COPY streams the rows in one command, with no statement per row to
parse, plan and acknowledge — what many rows per INSERT statement is to SQLite. The statement's
text stays the callers' (one text per query): its table and columns are read from `head`, and the
constants written in `row` (a batch id, NULL, TRUE) are repeated on every row.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
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
    streams: list[Iterator[Any]] = []
    for cell in cells:
        if cell == "?":
            values = next(given, None)
            if values is None:
                raise ValueError(f"more placeholders than the {len(columns)} columns")
            streams.append(iter(values))
        else:
            streams.append(itertools.repeat(_constant(cell)))
    if next(given, None) is not None:
        raise ValueError("more columns than placeholders")
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        # The constants repeat without end: islice stops at the columns' length.
        for line in itertools.islice(zip(*streams, strict=False), count):
            copy.write_row(line)
    return count


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
