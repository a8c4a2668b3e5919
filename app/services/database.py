"""Opening the database: the SQLite file (checks, backup-before-migrate, migrations) or, in team
mode, a shared PostgreSQL server (`open_shared_database`); and the session factory.

Every service receives a `Database` and opens one short session per call (`db.session()`), so
background jobs and the GUI thread never share a session or a live ORM object. SQLAlchemy is
loaded on the first session: the command-line import works on plain connections and starts
half a second sooner without it.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.services import migrations
from app.services.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    NotRegularsDatabaseError,
    UserFacingError,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.team.address import SharedAddress

log = logging.getLogger(__name__)

# How long a connection waits for another writer (the app's other thread, a backup tool) before
# giving up with "busy": SQLite retries the lock itself all this time.
BUSY_TIMEOUT_S = 30.0


class Database:
    """A migrated database (a file, or a shared server) and its engine. Cheap to pass around;
    thread-safe to use."""

    def __init__(self, path: Path | None, *, shared: SharedAddress | None = None,
                 password: str | None = None) -> None:
        if (path is None) == (shared is None):
            raise ValueError("a database is a file or a shared server")
        self.file = Path(path) if path is not None else None
        self.shared = shared
        self._password = password  # in memory only: never in settings, logs or the database
        self._engine: Engine | None = None
        self._sessions_factory: sessionmaker[Session] | None = None
        self._lock = threading.Lock()  # GUI and workers may ask for the first session at once

    @property
    def dialect(self) -> str:
        """"sqlite" or "postgresql": for the few places where the engines' SQL differs."""
        return "sqlite" if self.file is not None else "postgresql"

    @property
    def path(self) -> Path:
        """The SQLite file. Code that copies or checkpoints the file asks for it; in team mode
        there is no file, and reaching here is a bug."""
        if self.file is None:
            raise RuntimeError("a shared database has no file")
        return self.file

    @property
    def title(self) -> str:
        """What the window shows as the database's name."""
        return self.file.name if self.file is not None else (
            f"{self.shared.database} @ {self.shared.host}" if self.shared else "")

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    @property
    def _sessions(self) -> sessionmaker[Session]:
        return self._orm()[1]

    def _orm(self) -> tuple[Engine, sessionmaker[Session]]:
        with self._lock:
            if self._engine is None or self._sessions_factory is None:
                from sqlalchemy import create_engine, event
                from sqlalchemy.orm import sessionmaker

                if self.shared is not None:
                    engine = create_engine("postgresql+psycopg://", creator=self._pg_connect,
                                           pool_pre_ping=True)
                else:
                    engine = create_engine(f"sqlite:///{self.path}",
                                           connect_args={"timeout": BUSY_TIMEOUT_S,
                                                         "check_same_thread": False})
                    event.listen(engine, "connect", _on_connect)
                self._engine = engine
                self._sessions_factory = sessionmaker(engine, expire_on_commit=False)
            return self._engine, self._sessions_factory

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def raw_connection(self) -> sqlite3.Connection:
        """A plain connection for bulk reads and writes (pandas, executemany): sqlite3's, or in
        team mode a PostgreSQL one that speaks the same way (`team.connection`)."""
        if self.shared is not None:
            from app.services.team.connection import PostgresConnection

            # The services' fast paths are typed against sqlite3's connection, whose subset
            # the adapter implements.
            return cast("sqlite3.Connection", PostgresConnection(self._pg_connect()))
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        _on_connect(conn, None)
        return conn

    def _pg_connect(self) -> Any:
        import psycopg

        assert self.shared is not None
        return psycopg.connect(**self.shared.connect_kwargs(self._password))  # type: ignore[arg-type]

    @contextmanager
    def immediate(self) -> Iterator[sqlite3.Connection]:
        """A plain connection in one BEGIN IMMEDIATE transaction: committed when the block ends,
        rolled back (keeping the real error, see `rollback`) when it raises."""
        conn = self.raw_connection()
        conn.isolation_level = None
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                rollback(conn)
                raise
        finally:
            conn.close()

    def dispose(self) -> None:
        if self._engine is not None:  # never created: nothing to close
            self._engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    cur.close()


def schema_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open `path`, creating or upgrading it; refuse damaged files and newer schemas."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        version, tables = _check_file(path) if existed else (0, set())
        _refuse_foreign_or_damaged(version, tables)
        if version > migrations.LATEST_VERSION:
            raise DatabaseTooNewError(
                "This database was created by a newer version of Regulars.",
                hint="Install the latest Regulars to open it; your data was not changed.",
            )
        if version < migrations.LATEST_VERSION:
            if existed and version > 0:
                copy = backup_before_migration(path, version, backup_dir or path.parent / "backups")
                log.info("Backed up schema v%s to %s before migrating", version, copy.name)
            _migrate(path, version)
    except sqlite3.DatabaseError as exc:
        raise friendly_error(exc) or exc from exc
    return Database(path)


def open_shared_database(address: SharedAddress, password: str | None) -> Database:
    """Connect to the shared server and create or upgrade its schema (team mode)."""
    from app.services.team import schema
    from app.services.team.connection import PostgresConnection
    from app.services.team.errors import friendly_server_error

    database = Database(None, shared=address, password=password)
    try:
        conn = PostgresConnection(database._pg_connect())
    except Exception as exc:
        raise friendly_server_error(exc, address) or exc from exc
    try:
        schema.prepare(conn)
    finally:
        conn.close()
    return database


def _check_file(path: Path) -> tuple[int, set[str]]:
    """Cheap checks only (header and schema readable): a full integrity check of a large file
    takes seconds, so it runs before restoring a backup, not at every start. Returns the schema
    version and the names of the tables."""
    conn = sqlite3.connect(path)
    try:
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        return int(conn.execute("PRAGMA user_version").fetchone()[0]), tables
    finally:
        conn.close()


# The tables every Regulars schema has had since the first step.
REGULARS_TABLES = frozenset({"import_batches", "settings", "templates", "customers",
                             "customer_stats", "purchases", "segment_snapshots", "tasks",
                             "contacts"})


def _refuse_foreign_or_damaged(version: int, tables: set[str]) -> None:
    """Only an empty file or a Regulars database is opened: migrating another program's SQLite
    file would add Regulars' tables to it."""
    ours = tables & REGULARS_TABLES
    if tables and (not ours or version == 0):
        raise NotRegularsDatabaseError(
            "This file is another program's database, not a Regulars one.",
            hint="Choose a Regulars database, or a new file name; the file was not changed.")
    if version > 0 and ours != REGULARS_TABLES:
        raise DatabaseCorruptError(
            "The database file is damaged.",
            hint="Restore the newest backup (File → Restore…).")


def _migrate(path: Path, from_version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for number in range(from_version + 1, migrations.LATEST_VERSION + 1):
            step = migrations.STEPS[number - 1]
            conn.execute("BEGIN IMMEDIATE")
            try:
                step(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                rollback(conn)
                raise
            log.info("Database migrated to schema v%s (%s)", number, step.__name__)
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def backup_before_migration(path: Path, version: int, backup_dir: Path) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-before-v{version + 1}-{stamp}.sqlite3"
    copy_database(path, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API, safe while another connection writes."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def rollback(conn: sqlite3.Connection) -> None:
    """ROLLBACK if a transaction is still open. SQLite itself ends the transaction on some errors
    (a full disk, an I/O error); a ROLLBACK then would raise "no transaction is active" and hide
    the error that matters."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


# SQLite's primary result codes (sqlite3.h), from `sqlite_errorcode`; the text is the fallback.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def friendly_error(exc: BaseException) -> UserFacingError | None:
    """The user-facing sentence for an environment problem with the database file (read-only,
    damaged, disk full, locked by another program), or None when `exc` is something else — a bug.

    Accepts sqlite3 errors and SQLAlchemy's wrappers of them (`.orig`)."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, sqlite3.DatabaseError):
        if "psycopg" in sys.modules:  # team mode: the server's problems have their sentences
            from app.services.team.errors import friendly_server_error

            return friendly_server_error(exc, None)
        return None
    code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(original).lower()
    if code == _FULL or ("disk" in text and "full" in text):
        return DiskFullError(
            "The disk is full.", hint="Free some space and try again; nothing was changed.")
    if (code in (_READONLY, _CANTOPEN) or "readonly" in text or "read-only" in text
            or "unable to open" in text):
        return DatabaseReadOnlyError(
            "Regulars cannot write to its database file.",
            hint="Check that the folder is not read-only and that the disk is connected; "
                 "nothing was changed.",
        )
    if (code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text
            or "file is encrypted" in text):
        return DatabaseCorruptError(
            "The database file is damaged.",
            hint="Restore the newest backup (File → Restore…).",
        )
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return DatabaseLockedError(
            "The database is busy: another program is using it.",
            hint="Close other programs that may have the file open (a backup or sync tool), "
                 "then try again; nothing was changed.",
        )
    if code == _IOERR:
        return DatabaseReadOnlyError(
            "Regulars could not read or write its database file.",
            hint="Check that the disk is connected and has free space; nothing was changed.")
    return None
