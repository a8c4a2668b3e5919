"""A real PostgreSQL server for the tests that run on both engines (team mode).

`pytest --engine postgresql` (or REGULARS_TEST_ENGINE=postgresql) makes the `db` fixture a fresh
database on a server the session starts with `pgserver` (PostgreSQL 16 shipped as a wheel):
the schema is made once, and after each test every table is emptied (TRUNCATE ... RESTART
IDENTITY, about a hundred times faster than a database per test), so tests never see each
other's rows.
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import psycopg

from app.services.database import Database, open_shared_database
from app.services.team import schema
from app.services.team.address import SharedAddress

DATABASE = "regulars_test"


class SharedServer:
    def __init__(self, folder: Path) -> None:
        with warnings.catch_warnings():
            # pgserver asks platformdirs for a runtime folder a headless CI has not set.
            warnings.simplefilter("ignore")
            import pgserver

            self._server = pgserver.get_server(folder, cleanup_mode="stop")
        self.admin = SharedAddress.parse(self._server.get_uri())
        self._run(f"CREATE DATABASE {DATABASE}")
        open_shared_database(self.address(DATABASE), None).dispose()
        with self._connect(DATABASE) as conn:
            self._tables = [name for (name,) in conn.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_name <> %s",
                (schema.VERSION_TABLE,))]

    def address(self, database: str) -> SharedAddress:
        return SharedAddress(self.admin.host, self.admin.port, database, self.admin.user)

    def fresh_database(self) -> Database:
        return open_shared_database(self.address(DATABASE), None)

    def empty(self, database: Database) -> None:
        """Dispose of the test's connections, then empty every table."""
        database.dispose()
        with self._connect(DATABASE) as conn:
            # Connections a test left open would block TRUNCATE: end them first.
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                         " WHERE datname = %s AND pid <> pg_backend_pid()", (DATABASE,))
            conn.execute(f"TRUNCATE {', '.join(self._tables)} RESTART IDENTITY CASCADE")

    def _run(self, sql: str) -> None:
        with self._connect(self.admin.database) as conn:
            conn.execute(sql)

    def _connect(self, database: str) -> psycopg.Connection:
        return psycopg.connect(**self.address(database).connect_kwargs(None),  # type: ignore[arg-type]
                               autocommit=True)

    def restart(self) -> None:
        """Stop the server as a reboot would (every connection ended, open transactions rolled
        back) and start it again at the same address."""
        from pgserver._commands import pg_ctl  # the wheel's own pg_ctl, run as its own user

        pg_ctl(["-w", "-m", "fast", "restart"], pgdata=self._server.pgdata,
               user=self._server.system_user, timeout=30)

    def stop(self) -> None:
        self._server.cleanup()


def start_server() -> Iterator[SharedServer]:
    with tempfile.TemporaryDirectory(prefix="regulars-pg-") as folder:
        server = SharedServer(Path(folder))
        try:
            yield server
        finally:
            server.stop()
