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


def trailing_day_number(conn: sqlite3.Connection, expression: str) -> str:
    """The day number of the ISO date a text ends with ("lapse:2026-03-01"), NULL when it does not
    end with one (SQLite's julianday() reads such a tail as NULL; PostgreSQL's CAST would fail)."""
    if is_postgres(conn):
        tail = f"right({expression}, 10)"
        return (f"(CASE WHEN {tail} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'"
                f" THEN {day_number(conn, tail)} END)")
    return day_number(conn, f"substr({expression}, -10)")


def date_plus_days(conn: sqlite3.Connection, expression: str, days: int) -> str:
    """The date `days` after a date or date-time column (a whole number, written into the SQL)."""
    if is_postgres(conn):
        return f"(CAST({expression} AS DATE) + {int(days)})"
    return f"date({expression}, '{int(days):+d} days')"
