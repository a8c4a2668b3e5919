"""The shared database's schema: created from a frozen baseline, then the numbered steps.

No PostgreSQL database of Regulars existed before team mode, so a new one starts from
`migrations/postgresql_baseline.sql` (the schema of step BASELINE_VERSION, written for
PostgreSQL and checked against the migrated SQLite schema by a test); every later step runs on
both engines (`migrations.STEPS`, each with the PostgreSQL variant it needs). The version is a
one-row table: PostgreSQL has no `user_version`.
"""

from __future__ import annotations

import logging
from importlib import resources

from app.services import migrations
from app.services.errors import DatabaseTooNewError, NotRegularsDatabaseError
from app.services.team.connection import WRITER_LOCK, PostgresConnection

log = logging.getLogger(__name__)

BASELINE_VERSION = 9
BASELINE_FILE = "postgresql_baseline.sql"
VERSION_TABLE = "regulars_schema"


def schema_version(conn: PostgresConnection) -> int | None:
    """The schema's version; 0 for an empty database; None for another program's tables."""
    tables = {name for (name,) in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    if VERSION_TABLE in tables:
        row = conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
        return int(row[0]) if row else 0
    return 0 if not tables else None


def prepare(conn: PostgresConnection) -> int:
    """Create or upgrade the schema, each step in its own transaction under the writer lock.
    Returns the version it found."""
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")  # one laptop migrates; the others wait, then see it done
    try:
        found = schema_version(conn)
        _refuse(found)
        assert found is not None
        if found == 0:
            _create_baseline(conn)
            log.info("Shared database created at schema v%s", BASELINE_VERSION)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    version = max(found, BASELINE_VERSION)
    for number in range(version + 1, migrations.LATEST_VERSION + 1):
        step = migrations.STEPS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if (schema_version(conn) or 0) >= number:  # another laptop ran it meanwhile
                conn.execute("COMMIT")
                continue
            step(conn)  # type: ignore[arg-type]  # steps take either engine's connection
            conn.execute(f"UPDATE {VERSION_TABLE} SET version = ?", (number,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("Shared database migrated to schema v%s (%s)", number, step.__name__)
    return found


def _refuse(found: int | None) -> None:
    if found is None:
        raise NotRegularsDatabaseError(
            "This PostgreSQL database belongs to another program.",
            hint="Create an empty database for Regulars on the server; nothing was changed.")
    if found > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(
            "The shared database was set up by a newer version of Regulars.",
            hint="Install the latest Regulars on this computer; the data was not changed.")


def _create_baseline(conn: PostgresConnection) -> None:
    script = resources.files(migrations).joinpath(BASELINE_FILE).read_text("utf-8")
    conn.execute(script)
    conn.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")
    conn.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (BASELINE_VERSION,))


__all__ = ["BASELINE_VERSION", "WRITER_LOCK", "prepare", "schema_version"]
