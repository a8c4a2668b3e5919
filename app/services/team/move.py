"""Moving a shop between the local SQLite file and a shared PostgreSQL server, both ways.

"Move my shop there" copies every table of the local file into an EMPTY server database in one
transaction: tables in foreign-key order, rows through COPY FROM STDIN, ids kept and the
server's id sequences moved past them; then every table is read back from the server and its
row count and checksum (`digest`) compared with the file's before COMMIT — any difference rolls
everything back and the server database stays empty. The local file is only read.

"Bring it back" (and "Back up now" in team mode, so a team backup restores like a solo one)
copies the server's data into a NEW local file with the migrated schema, verified the same way
(`fill_file`; `backups.bring_back` makes the file and deletes it again on a failure).

Both take `progress(done, total, table)` and `check()`, which raises to cancel (a job's
`raise_if_cancelled`): a cancel is an error like any other, so nothing is left half-written.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import psycopg

from app.services.errors import UserFacingError
from app.services.team import schema
from app.services.team.address import SharedAddress
from app.services.team.connection import PostgresConnection
from app.services.team.digest import Column, TableDigest, digest_of, tables_in_order
from app.services.team.errors import friendly_server_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class Shared(Protocol):
    """The shared database (a `Database` in team mode; named here so that this package does not
    import the module that opens it)."""

    @property
    def dialect(self) -> str: ...

    @property
    def shared(self) -> SharedAddress | None: ...

    @property
    def title(self) -> str: ...

    def raw_connection(self) -> Any: ...
BATCH = 5000


class ServerNotEmptyError(UserFacingError):
    """The server database already holds a shop: moving there would mix two shops."""


class VerificationError(UserFacingError):
    """The copy read back differs from the original: nothing was kept."""


@dataclass(frozen=True)
class CopyReport:
    tables: dict[str, TableDigest] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(d.rows for d in self.tables.values())


def _nothing(*_args: object) -> None:
    return None


def move_to_server(source: Path, server: Shared, progress: Progress = _nothing,
                   check: Callable[[], None] = _nothing) -> CopyReport:
    """Copy the local file `source` into the (empty) shared database `server`."""
    lite = _open_file(source, read_only=True)
    pg = _connect(server)
    pg.isolation_level = None  # explicit BEGIN and COMMIT below
    try:
        lite.execute("BEGIN")  # one snapshot of the file, even if the app writes meanwhile
        tables = tables_in_order(lite)
        columns = _server_columns(pg, tables)
        _same_version(_file_version(lite), schema.schema_version(pg))
        totals = {t: int(lite.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
                  for t in tables}
        work = 2 * sum(totals.values())
        done = 0
        pg.execute("BEGIN IMMEDIATE")  # the writer lock: no other laptop writes meanwhile
        try:
            _refuse_a_shop(pg, tables)
            sources: dict[str, TableDigest] = {}
            for table in tables:
                names = ", ".join(f'"{c.name}"' for c in columns[table])
                rows = _batches(lite.execute(f'SELECT {names} FROM "{table}"'))
                sources[table] = TableDigest()
                with pg.raw.cursor().copy(
                        f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    for batch in rows:
                        check()
                        for row in batch:
                            converted = _for_server(columns[table], row)
                            copy.write_row(converted)
                        sources[table] = _merge(sources[table],
                                                digest_of(columns[table], batch))
                        done += len(batch)
                        progress(done, work, table)
                _advance_sequence(pg, table, columns[table])
            copied = _read_server(pg, tables, columns, check,
                                  lambda n, t: progress(done + n, work, t))
            _verify(sources, copied)
            pg.execute("COMMIT")
        except BaseException:
            if pg.in_transaction:
                pg.raw.execute("ROLLBACK")
            raise
    except psycopg.Error as exc:
        raise friendly_server_error(exc, server.shared) or exc from exc
    finally:
        pg.close()
        lite.close()
    log.info("Moved the shop from %s to %s: %d rows", source.name, server.title,
             CopyReport(copied).rows)
    return CopyReport(copied)


def fill_file(server: Shared, target: Path, progress: Progress = _nothing,
              check: Callable[[], None] = _nothing) -> CopyReport:
    """Copy the shared database into `target`, a new local file with the migrated schema and
    no rows yet (`backups.bring_back` makes it and removes it again when this fails)."""
    pg = _connect(server)
    try:
        # One consistent picture of the server while the others keep working.
        pg.raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        pg.raw.read_only = True
        lite = _open_file(target, read_only=False)
        try:
            tables = tables_in_order(lite)
            columns = _server_columns(pg, tables)
            _same_version(schema.schema_version(pg), _file_version(lite))
            total = sum(_count(pg, t) for t in tables)
            lite.execute("BEGIN IMMEDIATE")
            if any(lite.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables):
                raise UserFacingError("The chosen file already holds a shop.",
                                      hint="Choose a new file name; the file was not changed.")
            lite.execute("PRAGMA defer_foreign_keys = ON")  # a table that points to itself
            sources: dict[str, TableDigest] = {}
            done = 0
            for table in tables:
                names = ", ".join(f'"{c.name}"' for c in columns[table])
                marks = ", ".join("?" for _ in columns[table])
                sources[table] = TableDigest()
                for batch in _server_rows(pg, table, columns[table]):
                    check()
                    lite.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', batch)
                    sources[table] = _merge(sources[table], digest_of(columns[table], batch))
                    done += len(batch)
                    progress(done, 2 * total, table)
            copied = _read_file(lite, tables, columns, check,
                                lambda n, t: progress(total + n, 2 * total, t))
            _verify(sources, copied)
            lite.execute("COMMIT")
            lite.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        except BaseException:
            if lite.in_transaction:
                lite.execute("ROLLBACK")
            raise
        finally:
            lite.close()
    except psycopg.Error as exc:
        raise friendly_server_error(exc, server.shared) or exc from exc
    finally:
        pg.close()
    log.info("Copied the shop from %s into %s", server.title, target.name)
    return CopyReport(copied)


def _connect(server: Shared) -> PostgresConnection:
    if server.dialect != "postgresql":
        raise ValueError("the server side must be a shared database")
    try:
        conn: PostgresConnection = server.raw_connection()
        return conn
    except psycopg.Error as exc:
        raise friendly_server_error(exc, server.shared) or exc from exc


def _open_file(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = f"{Path(path).resolve().as_uri()}{'?mode=ro' if read_only else ''}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _count(pg: PostgresConnection, table: str) -> int:
    row = pg.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
    return int(row[0]) if row else 0


def _file_version(lite: sqlite3.Connection) -> int:
    return int(lite.execute("PRAGMA user_version").fetchone()[0])


def _same_version(source: int | None, target: int | None) -> None:
    if source != target:
        raise UserFacingError(
            "The local file and the shared database were made by different versions of Regulars.",
            hint="Open both with this version of Regulars first, then try again; "
                 "nothing was changed.")


def _server_columns(pg: PostgresConnection, tables: Sequence[str]) -> dict[str, list[Column]]:
    columns: dict[str, list[Column]] = {t: [] for t in tables}
    for table, name, kind in pg.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"):
        if table in columns:
            columns[table].append(Column(name, kind))
    missing = [t for t in tables if not columns[t]]
    if missing:
        raise UserFacingError(
            "The shared database lacks some of the shop's tables.",
            hint="Use an empty database made for Regulars; nothing was changed.")
    return columns


def _refuse_a_shop(pg: PostgresConnection, tables: Sequence[str]) -> None:
    for table in tables:
        if pg.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            raise ServerNotEmptyError(
                "The shared database already holds a shop, so your shop was not moved there.",
                hint="Open it instead (its data stays as it is), or ask for an empty database "
                     "on the server; nothing was changed.")


def _for_server(columns: Sequence[Column], row: Sequence[Any]) -> list[Any]:
    """SQLite keeps booleans as 0/1; PostgreSQL wants true/false. Texts of dates are parsed by
    the server itself."""
    return [bool(value) if column.kind == "boolean" and value is not None else value
            for column, value in zip(columns, row, strict=True)]


def _advance_sequence(pg: PostgresConnection, table: str, columns: Sequence[Column]) -> None:
    """Ids were copied as they were; the next id the server hands out must come after them."""
    if any(c.name == "id" for c in columns):
        pg.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), MAX(id))"
                   f' FROM "{table}" HAVING MAX(id) IS NOT NULL')


def _batches(cursor: Any) -> Iterator[list[Any]]:
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _server_rows(pg: PostgresConnection, table: str,
                 columns: Sequence[Column]) -> Iterator[list[Any]]:
    names = ", ".join(f'"{c.name}"' for c in columns)
    with pg.raw.cursor(name=f"regulars_read_{table}") as cursor:  # streamed, not all in memory
        cursor.itersize = BATCH
        cursor.execute(f'SELECT {names} FROM "{table}"')
        yield from _batches(cursor)


def _read_server(pg: PostgresConnection, tables: Sequence[str],
                 columns: dict[str, list[Column]], check: Callable[[], None],
                 progress: Callable[[int, str], None]) -> dict[str, TableDigest]:
    found: dict[str, TableDigest] = {}
    done = 0
    for table in tables:
        found[table] = TableDigest()
        for batch in _server_rows(pg, table, columns[table]):
            check()
            found[table] = _merge(found[table], digest_of(columns[table], batch))
            done += len(batch)
            progress(done, table)
    return found


def _read_file(lite: sqlite3.Connection, tables: Sequence[str],
               columns: dict[str, list[Column]], check: Callable[[], None],
               progress: Callable[[int, str], None]) -> dict[str, TableDigest]:
    found: dict[str, TableDigest] = {}
    done = 0
    for table in tables:
        names = ", ".join(f'"{c.name}"' for c in columns[table])
        found[table] = TableDigest()
        for batch in _batches(lite.execute(f'SELECT {names} FROM "{table}"')):
            check()
            found[table] = _merge(found[table], digest_of(columns[table], batch))
            done += len(batch)
            progress(done, table)
    return found


def _merge(a: TableDigest, b: TableDigest) -> TableDigest:
    from app.services.team.digest import MODULUS

    return TableDigest(a.rows + b.rows, (a.checksum + b.checksum) % MODULUS)


def _verify(sources: dict[str, TableDigest], copied: dict[str, TableDigest]) -> None:
    differing = sorted(t for t in sources if sources[t] != copied.get(t))
    if differing:
        log.warning("Copy differs from the original in %s", ", ".join(differing))
        raise VerificationError(
            "The copy did not match the original (table %1), so nothing was kept.",
            hint="Try again; if it happens again, keep working on the original and ask for help.",
            params=(", ".join(differing),))
