"""What "the same data" means across the two engines: the tables in foreign-key order, and a
checksum of each table that both engines' rows give equally.

The checksum is computed in Python, not by either server, so one definition serves both: each
row becomes a canonical text (values made comparable by the column's kind — a boolean is "t"/"f"
whether SQLite stored 1 or PostgreSQL True, a timestamp is re-spelled by `datetime.isoformat`
whether it was written "2026-11-27T10:00:00" or "2026-11-27 10:00:00.000000"), the text's
SHA-256 is read as a number, and the table's checksum is the sum of those numbers modulo 2**128.
A sum does not depend on the order the rows are read in (neither engine promises one without a
costly ORDER BY), yet a changed, missing or doubled row changes it; with the row count beside
it, an accidental match is out of reach.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

MODULUS = 2**128
_SEPARATOR = "\x1f"
_NULL = "\x00"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # PostgreSQL's data_type, e.g. "boolean", "date", "timestamp without time zone"


@dataclass
class TableDigest:
    rows: int = 0
    checksum: int = 0

    def add(self, canonical_row: str) -> None:
        self.rows += 1
        value = int.from_bytes(hashlib.sha256(canonical_row.encode("utf-8")).digest()[:16], "big")
        self.checksum = (self.checksum + value) % MODULUS


def canonical_value(kind: str, value: Any) -> str:
    if value is None:
        return _NULL
    if kind == "boolean":
        return "t" if int(value) else "f"
    if kind == "date":
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    if kind.startswith("timestamp"):
        return dt.datetime.fromisoformat(str(value)).isoformat(" ")
    if kind in ("integer", "bigint", "smallint"):
        return str(int(value))
    if kind in ("double precision", "real", "numeric"):
        return repr(float(value))
    return str(value)


def row_converter(columns: Sequence[Column]) -> Callable[[Sequence[Any]], str]:
    kinds = [c.kind for c in columns]

    def canonical(row: Sequence[Any]) -> str:
        return _SEPARATOR.join(canonical_value(kind, value)
                               for kind, value in zip(kinds, row, strict=True))

    return canonical


def digest_of(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> TableDigest:
    canonical = row_converter(columns)
    digest = TableDigest()
    for row in rows:
        digest.add(canonical(row))
    return digest


def tables_in_order(lite: sqlite3.Connection) -> list[str]:
    """The shop's tables, each after the tables its foreign keys point to (a table pointing to
    itself is copied in one statement, whose foreign keys are checked at its end)."""
    names = sorted(name for (name,) in lite.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
    needs = {name: {row[2] for row in lite.execute(f'PRAGMA foreign_key_list("{name}")')}
             - {name} for name in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and needs[n] <= set(ordered)]
        if not ready:  # pragma: no cover - the schema has no cycles between tables
            raise RuntimeError(f"foreign keys form a cycle among {set(names) - set(ordered)}")
        ordered += ready
    return ordered
