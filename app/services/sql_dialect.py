"""The few SQL spellings that differ between SQLite (solo) and PostgreSQL (team mode).

Everything else the services write is SQL both engines read the same way: "?" placeholders
(team.connection translates them), ON CONFLICT ... DO NOTHING / DO UPDATE, RETURNING id,
IS [NOT] DISTINCT FROM, TRUE / FALSE, CAST(... AS DOUBLE PRECISION), window functions. What
cannot be written once has one home here, chosen by the connection it runs on.
"""

from __future__ import annotations

import json
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


def id_in(conn: sqlite3.Connection, column: str, ids: list[int]) -> tuple[str, object]:
    """A condition "column is one of `ids`" with ONE parameter, and that parameter."""
    if is_postgres(conn):
        return f"{column} = ANY(CAST(? AS BIGINT[]))", ids
    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(ids)


def text_in(conn: sqlite3.Connection, column: str, texts: list[str]) -> tuple[str, object]:
    """A condition "column is one of `texts`" with ONE parameter, and that parameter."""
    if is_postgres(conn):
        return f"{column} = ANY(CAST(? AS TEXT[]))", texts
    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(texts, ensure_ascii=False)


def seconds_before(conn: sqlite3.Connection, expression: str, seconds: int) -> str:
    """The date-time `seconds` before a timestamp column."""
    if is_postgres(conn):
        return f"({expression} - INTERVAL '{int(seconds)} seconds')"
    return f"datetime({expression}, '-{int(seconds)} seconds')"


def json_text(conn: sqlite3.Connection, expression: str, *keys: str) -> str:
    """The text at `keys` inside a JSON text column (NULL when missing)."""
    if is_postgres(conn):
        return f"(CAST({expression} AS JSONB) #>> '{{{','.join(keys)}}}')"
    return f"json_extract({expression}, '$.{'.'.join(keys)}')"


def ids_reinserted(conn: sqlite3.Connection, table: str) -> None:
    """After rows went in with explicit ids: PostgreSQL's id sequence must not hand them out
    again. It only moves forward, never back below what it already gave (another session may
    hold one of those). SQLite takes MAX(id) + 1 by itself."""
    if is_postgres(conn):
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
            f" GREATEST((SELECT COALESCE(MAX(id), 1) FROM {table}),"
            f" pg_sequence_last_value(CAST(pg_get_serial_sequence('{table}', 'id') AS regclass))))")


def is_constraint_violation(exc: BaseException) -> bool:
    """A uniqueness (or other integrity) rule refused the statement, on either engine."""
    return isinstance(exc, sqlite3.IntegrityError) or str(
        getattr(exc, "sqlstate", "") or "").startswith("23")


_ON_DELETE = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
              "d": "SET DEFAULT"}


def references_to(conn: sqlite3.Connection, target: str) -> list[tuple[str, str, str]]:
    """(table, column, ON DELETE action) of every foreign key to `target` in the live schema,
    by table then column."""
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT CAST(c.conrelid AS regclass)::text, a.attname, c.confdeltype"
            " FROM pg_constraint c JOIN pg_attribute a"
            " ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
            " WHERE c.contype = 'f' AND c.confrelid = CAST(? AS regclass)", (target,))
        return sorted((str(t), str(col), _ON_DELETE[str(kind)]) for t, col, kind in rows)
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall():
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            # (id, seq, table, from, to, on_update, on_delete, match)
            if row[2] == target:
                found.append((str(table), str(row[3]), str(row[6]).upper()))
    return found


def plus_days(conn: sqlite3.Connection, expression: str, days: str) -> str:
    """The date `days` (SQL of an integer: a literal or a placeholder) after a date or date-time
    column, as a date."""
    if is_postgres(conn):
        return f"(CAST({expression} AS DATE) + CAST({days} AS INTEGER))"
    return f"date({expression}, '+' || CAST({days} AS INTEGER) || ' days')"


def trailing_day_number(conn: sqlite3.Connection, expression: str) -> str:
    """The day number of the ISO date a text ends with ("lapse:2026-03-01"), NULL when it does not
    end with one (SQLite's julianday() reads such a tail as NULL; PostgreSQL's CAST would fail)."""
    if is_postgres(conn):
        tail = f"right({expression}, 10)"
        return (f"(CASE WHEN {tail} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'"
                f" THEN {day_number(conn, tail)} END)")
    return day_number(conn, f"substr({expression}, -10)")


def casefolded(conn: sqlite3.Connection, expression: str) -> str:
    """`expression` in lower case, to match with LIKE against a casefolded pattern: Python's
    casefold on SQLite (whose lower() knows only ASCII, not «Анна»), the server's LOWER on
    PostgreSQL (Unicode-aware under a UTF-8 locale, as a server for Regulars is created)."""
    if is_postgres(conn):
        return f"LOWER({expression})"
    conn.create_function("casefold", 1, lambda v: (v or "").casefold(), deterministic=True)
    return f"casefold({expression})"
