"""The few SQL spellings that differ between SQLite (solo) and PostgreSQL (team mode).

Everything else the services write is SQL both engines read the same way: "?" placeholders
(team.connection translates them), ON CONFLICT ... DO NOTHING / DO UPDATE, RETURNING id,
IS [NOT] DISTINCT FROM, TRUE / FALSE, CAST(... AS DOUBLE PRECISION), window functions. What
cannot be written once has one home here, chosen by the connection it runs on.
"""

from __future__ import annotations

import sqlite3

_EPOCH_JULIAN = 2440587.5  # SQLite's julianday() of 1970-01-01 at midnight


def dialect_of(conn: sqlite3.Connection) -> str:
    """"sqlite", or "postgresql" for team mode's connection (`team.connection`)."""
    return str(getattr(conn, "dialect", "sqlite"))


def is_postgres(conn: sqlite3.Connection) -> bool:
    return dialect_of(conn) == "postgresql"


def day_number(conn: sqlite3.Connection, expression: str) -> str:
    """Days since 1970-01-01 of a date or date-time column (NULL stays NULL)."""
    if is_postgres(conn):
        return f"(CAST({expression} AS DATE) - DATE '1970-01-01')"
    return f"CAST(julianday({expression}) - {_EPOCH_JULIAN} AS INTEGER)"


def group_concat(conn: sqlite3.Connection, expression: str, separator: str = ",") -> str:
    """One text joining a group's values (order as the engine reads them)."""
    quoted = "'" + separator.replace("'", "''") + "'"
    if is_postgres(conn):
        return f"string_agg(CAST({expression} AS TEXT), {quoted})"
    return f"group_concat({expression}, {quoted})"


def follow_explicit_ids(conn: sqlite3.Connection, table: str) -> None:
    """After rows inserted with explicit ids: PostgreSQL's id sequence moves past them (SQLite
    takes MAX(id) + 1 by itself)."""
    if is_postgres(conn):
        conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                     f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")


def plus_days(conn: sqlite3.Connection, expression: str, days: str) -> str:
    """The date `days` (SQL of an integer: a literal or a placeholder) after a date or date-time
    column, as a date."""
    if is_postgres(conn):
        return f"(CAST({expression} AS DATE) + CAST({days} AS INTEGER))"
    return f"date({expression}, '+' || CAST({days} AS INTEGER) || ' days')"
