"""Moving a shop to a shared server and back: counts and checksums equal, nothing half-done."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from app.services import backups
from app.services.database import Database, open_database, open_shared_database
from app.services.team import digest, move
from app.services.team.digest import Column, TableDigest

TODAY_SEED = 7


@pytest.fixture(scope="module")
def local_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop in a local file, as the owner has it before moving."""
    import datetime as dt

    from app.services.demo import create_demo_shop
    from app.services.segments.recompute import recompute

    path = tmp_path_factory.mktemp("shop") / "regulars.sqlite3"
    db = open_database(path)
    today = dt.date(2026, 11, 27)
    create_demo_shop(db, today, seed=TODAY_SEED)
    recompute(db, today)
    db.dispose()
    return path


def _empty_server(shared_server, name: str) -> Database:
    with psycopg.connect(**shared_server.admin.connect_kwargs(None), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return open_shared_database(shared_server.address(name), None)


def _file_tables(path: Path) -> dict[str, TableDigest]:
    """Every table of a file, digested by hand with the server's column kinds."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for table in digest.tables_in_order(conn):
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [Column(r[1], _kind(r[2])) for r in info]
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = digest.digest_of(columns, rows)
        return found
    finally:
        conn.close()


def _kind(declared: str) -> str:
    declared = declared.upper()
    if declared.startswith("BOOL"):
        return "boolean"
    if declared.startswith(("DATETIME", "TIMESTAMP")):
        return "timestamp without time zone"
    if declared == "DATE":
        return "date"
    return "text" if "CHAR" in declared or declared == "TEXT" else declared.lower()


def _server_counts(server: Database) -> dict[str, int]:
    conn = server.raw_connection()
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name <> 'regulars_schema'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_the_demo_shop_moves_with_equal_counts_and_checksums(shared_server, local_shop) -> None:
    server = _empty_server(shared_server, "move_demo")
    before = local_shop.read_bytes()
    seen: list[tuple[int, int, str]] = []
    try:
        report = move.move_to_server(local_shop, server, lambda *a: seen.append(a))
        counts = _server_counts(server)
        original = _file_tables(local_shop)
        assert {t: d.rows for t, d in report.tables.items()} == {
            t: d.rows for t, d in original.items()}
        assert counts == {t: d.rows for t, d in original.items()}
        assert counts["customers"] > 50 and counts["purchases"] > 500
        assert seen[-1][0] == seen[-1][1] == 2 * report.rows
        assert local_shop.read_bytes() == before  # the local file is the backup, untouched
        # The server hands out ids after the copied ones.
        conn = server.raw_connection()
        try:
            for table in ("customers", "purchases"):
                top = conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]
                new = conn.execute(
                    f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))").fetchone()[0]
                assert new == top + 1
        finally:
            conn.close()
    finally:
        server.dispose()


def test_a_tampered_copy_fails_verification_and_leaves_the_server_empty(
        shared_server, local_shop, monkeypatch) -> None:
    server = _empty_server(shared_server, "move_tampered")
    real = move._for_server
    tampered = []

    def tamper(columns, row):
        values = real(columns, row)
        names = [c.name for c in columns]
        if not tampered and "display_name" in names:
            values[names.index("display_name")] += "!"
            tampered.append(row)
        return values

    monkeypatch.setattr(move, "_for_server", tamper)
    try:
        with pytest.raises(move.VerificationError) as caught:
            move.move_to_server(local_shop, server)
        assert tampered
        assert "did not match" in str(caught.value)
        assert set(_server_counts(server).values()) == {0}
    finally:
        server.dispose()


def test_a_server_that_holds_a_shop_is_refused(shared_server, local_shop) -> None:
    server = _empty_server(shared_server, "move_twice")
    try:
        move.move_to_server(local_shop, server)
        before = _server_counts(server)
        with pytest.raises(move.ServerNotEmptyError) as caught:
            move.move_to_server(local_shop, server)
        assert "already holds a shop" in str(caught.value)
        assert _server_counts(server) == before
    finally:
        server.dispose()


def test_move_then_bring_back_gives_the_same_shop(shared_server, local_shop, tmp_path) -> None:
    server = _empty_server(shared_server, "move_round")
    try:
        move.move_to_server(local_shop, server)
        back = tmp_path / "back.sqlite3"
        report = backups.bring_back(server, back)
        assert _file_tables(back) == _file_tables(local_shop)
        assert {t: d.rows for t, d in report.tables.items()} == {
            t: d.rows for t, d in _file_tables(local_shop).items()}
        reopened = open_database(back)  # a normal shop file the app opens
        reopened.dispose()
        assert not back.with_name("back.sqlite3-wal").exists()
    finally:
        server.dispose()


def test_bring_back_refuses_an_existing_file_and_cleans_up_a_failure(
        shared_server, local_shop, tmp_path, monkeypatch) -> None:
    server = _empty_server(shared_server, "move_fail_back")
    try:
        move.move_to_server(local_shop, server)
        existing = tmp_path / "mine.sqlite3"
        existing.write_bytes(b"keep")
        with pytest.raises(move.UserFacingError, match="already exists"):
            backups.bring_back(server, existing)
        assert existing.read_bytes() == b"keep"

        def stop() -> None:
            raise KeyboardInterrupt

        target = tmp_path / "cancelled.sqlite3"
        with pytest.raises(KeyboardInterrupt):
            backups.bring_back(server, target, check=stop)
        assert not target.exists()
    finally:
        server.dispose()
