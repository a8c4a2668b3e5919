"""A PostgreSQL connection that speaks like the sqlite3 one the fast paths were written for.

The services' bulk reads and writes use DB-API calls with "?" placeholders, ISO date texts and
explicit transactions. This adapter keeps those three the same on PostgreSQL, so a fast path has
one text for both engines: placeholders become psycopg's, dates and times are read as the same
ISO texts SQLite gives, and "BEGIN IMMEDIATE" (SQLite's "one writer at a time") becomes a BEGIN
that takes the shop's writer lock — the same guarantee the app relies on with SQLite. SQL that
differs otherwise (string aggregation, day numbers) goes through `dialect` helpers, never here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from psycopg.types.string import TextLoader
from sqlalchemy import Connection

# Any fixed number: every Regulars writer takes this transaction-scoped advisory lock first.
WRITER_LOCK = 0x52454755  # "REGU"


class PostgresConnection:
    """The subset of `sqlite3.Connection` the services use."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        # Reads like sqlite3's: ISO texts for dates and times (the services parse those).
        for name in ("date", "timestamp", "timestamptz", "time"):
            raw.adapters.register_loader(name, TextLoader)
        self._explicit = False

    # sqlite3's isolation_level: None means "I say BEGIN and COMMIT myself".
    @property
    def isolation_level(self) -> str | None:
        return None if self._explicit else ""

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._explicit = value is None
        if not self.raw.info.transaction_status:  # idle: autocommit may change
            self.raw.autocommit = self._explicit

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        head = sql.lstrip()[:20].upper()
        if head.startswith(("BEGIN IMMEDIATE", "BEGIN EXCLUSIVE")):
            cursor.execute("BEGIN")
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            return cursor
        # Without parameters psycopg reads no placeholders, so "%" stays as it is.
        named = isinstance(params, dict)
        cursor.execute(translate(sql, named) if params else sql, params or None)
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql), rows)
        return cursor

    def cursor(self) -> _Cursor:
        return _Cursor(self)

    def commit(self) -> None:
        self.raw.commit()

    # sqlite3's `with conn:` commits the block's work, or rolls it back on an error; it does not
    # close the connection.
    def __enter__(self) -> PostgresConnection:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        if kind is None:
            self.raw.commit()
        else:
            self.raw.rollback()

    def rollback(self) -> None:
        self.raw.rollback()

    def close(self) -> None:
        self.raw.close()


class _Cursor:
    """sqlite3's `conn.cursor()` then `cur.execute(...)` shape."""

    def __init__(self, conn: PostgresConnection) -> None:
        self._conn = conn
        self._cursor: psycopg.Cursor[Any] | None = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        self._cursor = self._conn.execute(sql, params)
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Cursor:
        self._cursor = self._conn.executemany(sql, rows)
        return self

    def fetchone(self) -> Any:
        return self._current.fetchone()

    def fetchall(self) -> list[Any]:
        return self._current.fetchall()

    def fetchmany(self, size: int) -> list[Any]:
        return self._current.fetchmany(size)

    def __iter__(self) -> Any:
        return iter(self._current)

    @property
    def rowcount(self) -> int:
        return self._current.rowcount

    @property
    def description(self) -> Any:
        return self._current.description

    @property
    def _current(self) -> psycopg.Cursor[Any]:
        if self._cursor is None:
            raise RuntimeError("execute() first")
        return self._cursor

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()


@functools.lru_cache(maxsize=512)
def translate(sql: str, named: bool = False) -> str:
    """"?" placeholders (or sqlite3's ":name" ones when `named`) -> psycopg's "%s" ("%(name)s"),
    and a literal "%" doubled, outside quoted texts and names."""
    out: list[str] = []
    quote: str | None = None
    position = 0
    while position < len(sql):
        char = sql[position]
        position += 1
        if named and not quote and char == ":" and position < len(sql) and (
                sql[position].isalpha() or sql[position] == "_"):
            end = position
            while end < len(sql) and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[position:end]})s")
            position = end
        elif quote:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)



def driver_sql(connection: Connection, sql: str) -> str:
    """A "?" statement as this SQLAlchemy connection's driver reads it (`exec_driver_sql` hands
    the text to sqlite3 or psycopg as it is; psycopg wants "%s")."""
    return translate(sql) if connection.dialect.name == "postgresql" else sql
