"""The shared database's schema equals the migrated SQLite one, and is created once."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import inspect

from app.services import migrations
from app.services.database import open_database, open_shared_database
from app.services.errors import NotRegularsDatabaseError
from app.services.team import schema
from app.services.team.connection import PostgresConnection
from app.services.team.errors import SharedDatabaseUnavailableError

_FAMILIES = {"INTEGER": "int", "BIGINT": "int", "TEXT": "text", "VARCHAR": "text", "DATE": "date",
             "DATETIME": "datetime", "TIMESTAMP": "datetime", "FLOAT": "float",
             "DOUBLE": "float", "DOUBLE PRECISION": "float", "REAL": "float", "BOOLEAN": "bool"}


def _family(kind: object) -> str:
    """The kind of value a column holds, whatever each engine calls its type."""
    return _FAMILIES[str(kind).split("(")[0].upper()]


def _shape(engine) -> dict[str, object]:
    inspector = inspect(engine)
    shape: dict[str, object] = {}
    for table in inspector.get_table_names():
        if table == schema.VERSION_TABLE:
            continue
        uniques = inspector.get_unique_constraints(table)
        shape[table] = {
            "columns": {c["name"]: (c["nullable"], _family(c["type"]))
                        for c in inspector.get_columns(table)},
            "primary": tuple(inspector.get_pk_constraint(table)["constrained_columns"]),
            "foreign": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                               tuple(f["referred_columns"]),
                               (f.get("options") or {}).get("ondelete"))
                              for f in inspector.get_foreign_keys(table)),
            "unique": sorted(tuple(u["column_names"]) for u in uniques),
            # PostgreSQL lists a unique constraint's own index too: compare the others.
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in inspector.get_indexes(table)
                              if i["name"] not in {u["name"] for u in uniques}),
        }
    return shape


def test_the_server_schema_is_the_migrated_sqlite_schema(shared_server, tmp_path: Path) -> None:
    lite = open_database(tmp_path / "solo.sqlite3")
    shared = shared_server.fresh_database()
    try:
        assert _shape(shared.engine) == _shape(lite.engine)
    finally:
        lite.dispose()
        shared_server.empty(shared)


def test_the_schema_is_made_once_and_its_version_kept(shared_server) -> None:
    address = shared_server.address("schema_once")
    with psycopg.connect(**shared_server.admin.connect_kwargs(None), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS schema_once")
        admin.execute("CREATE DATABASE schema_once")
    open_shared_database(address, None).dispose()
    conn = PostgresConnection(psycopg.connect(**address.connect_kwargs(None)))
    try:
        assert schema.schema_version(conn) == migrations.LATEST_VERSION
        assert schema.prepare(conn) == migrations.LATEST_VERSION  # a second laptop: nothing to do
    finally:
        conn.close()


def test_another_programs_database_is_refused_untouched(shared_server) -> None:
    address = shared_server.address("someone_elses")
    with psycopg.connect(**shared_server.admin.connect_kwargs(None), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS someone_elses")
        admin.execute("CREATE DATABASE someone_elses")
    with psycopg.connect(**address.connect_kwargs(None), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(NotRegularsDatabaseError):
        open_shared_database(address, None)
    with psycopg.connect(**address.connect_kwargs(None), autocommit=True) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
    assert tables == {"invoices"}


def test_a_missing_database_is_a_sentence(shared_server) -> None:
    with pytest.raises(SharedDatabaseUnavailableError, match="no database named"):
        open_shared_database(shared_server.address("no_such_shop"), None)
