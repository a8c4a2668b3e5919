from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from app.services import backups
from app.services.clock import FixedClock
from app.services.database import Database, open_database
from app.services.errors import DatabaseTooNewError
from app.services.settings import Settings

# Solo backups are copies of the SQLite file; team mode's are tested in tests/team.
pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _add_customer(db: Database, name: str, purchases: int = 0) -> int:
    conn = db.raw_connection()
    try:
        with conn:
            cid = conn.execute("INSERT INTO customers (display_name) VALUES (?) RETURNING id",
                               (name,)).fetchone()[0]
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor) VALUES (?,?,?)",
                [(cid, "2026-01-01", 100 * (i + 1)) for i in range(purchases)])
    finally:
        conn.close()
    return cid


@pytest.fixture
def folder(settings: Settings, tmp_path: Path) -> Path:
    path = tmp_path / "my backups"
    settings.set("backup_dir", str(path))
    return path


def test_backup_now_writes_a_self_contained_copy(db, settings, folder, clock):
    _add_customer(db, "Анна", purchases=2)
    path = backups.backup_now(db, settings, backups.MANUAL, clock)
    assert path.parent == folder
    assert path.name == "regulars-20261127-090000-manual.sqlite3"
    assert _count(path, "purchases") == 2
    assert not path.with_name(path.name + "-wal").exists()
    assert backups.validate_backup(path) >= 1
    # A second copy in the same second gets its own name instead of overwriting the first.
    second = backups.backup_now(db, settings, backups.MANUAL, clock)
    assert second != path and second.exists() and path.exists()


def test_empty_backup_dir_setting_means_the_default_folder(db, settings, clock):
    from app.services import paths

    path = backups.backup_now(db, settings, backups.MANUAL, clock)
    assert path.parent == paths.default_backup_dir()


def test_backup_while_another_thread_writes_is_consistent(db, settings, folder, clock):
    """Each writer transaction adds a customer with three purchases; every copy keeps that ratio."""
    started, stop = threading.Event(), threading.Event()
    committed = [0]
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            conn = db.raw_connection()
            try:
                while not stop.is_set():
                    with conn:
                        cid = conn.execute(
                            "INSERT INTO customers (display_name) VALUES ('w')").lastrowid
                        for day in range(3):
                            conn.execute(
                                "INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                                " VALUES (?, ?, 100)", (cid, f"2026-01-0{day + 1}"))
                    committed[0] += 1
                    started.set()
            finally:
                conn.close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            started.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(10)
        before = committed[0]
        copies = []
        for _ in range(5):
            copies.append(backups.backup_now(db, settings, backups.AUTO, clock))
            clock.advance(hours=1)
    finally:
        stop.set()
        thread.join(10)
    assert not errors
    assert committed[0] > before  # the writer really kept writing during the copies
    for path in copies:
        assert backups.validate_backup(path) >= 1
        customers, purchases = _count(path, "customers"), _count(path, "purchases")
        assert customers >= 1
        assert purchases == 3 * customers


def test_auto_backup_runs_once_a_day(db, settings, folder):
    clock = FixedClock.on(dt.date(2026, 11, 27), hour=8)
    first = backups.auto_backup_if_due(db, settings, clock)
    assert first is not None and first.exists()
    assert settings.get("last_auto_backup") == "2026-11-27"
    clock.advance(hours=10)
    assert backups.auto_backup_if_due(db, settings, clock) is None
    clock.advance(days=1)
    assert backups.auto_backup_if_due(db, settings, clock) is not None
    assert len(backups.list_backups(folder, "regulars")) == 2


def test_rotation_keeps_recent_manual_and_newest(db, settings, folder):
    settings.set("backup_keep_days", 14)
    clock = FixedClock.on(dt.date(2026, 10, 1))
    manual_old = backups.backup_now(db, settings, backups.MANUAL, clock)
    for _ in range(40):  # one app start a day for 40 days
        backups.auto_backup_if_due(db, settings, clock)
        clock.advance(days=1)
    undo = backups.backup_now(db, settings, backups.BEFORE_UNDO, clock)
    left = backups.list_backups(folder, "regulars")
    autos = [b for b in left if b.reason == backups.AUTO]
    # Pruned as of the last auto backup (2026-11-09): copies from 2026-10-26 on remain.
    assert [b.taken_at.date() for b in autos][-1] == dt.date(2026, 10, 26)
    assert len(autos) == 15
    assert manual_old.exists()
    assert left[0].path == undo
    removed = backups.prune_backups(folder, "regulars", 14, clock.now() + dt.timedelta(days=400))
    remaining = {b.path for b in backups.list_backups(folder, "regulars")}
    assert remaining == {manual_old, undo}
    assert len(removed) == 15


def test_copies_made_by_migration_and_import_undo_are_listed(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ("regulars-before-v2-20261101-100000.sqlite3",
                 "regulars-before-undo-7-20261102-100000.sqlite3"):
        (folder / name).write_text("x")
    found = backups.list_backups(folder, "regulars")
    assert [(b.reason, b.taken_at.day) for b in found] == [("before-undo", 2),
                                                          ("before-migration", 1)]
    assert backups.list_backups(folder, "regulars-before") == []


def test_rotation_never_touches_other_files(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    foreign = [folder / "notes.txt", folder / "regulars-old.sqlite3",
               folder / "demo-20200101-000000-auto.sqlite3"]
    for path in foreign:
        path.write_text("x")
    mine = folder / "regulars-20200101-000000-auto.sqlite3"
    newest = folder / "regulars-20200105-000000-auto.sqlite3"
    mine.write_text("x")
    newest.write_text("x")
    removed = backups.prune_backups(folder, "regulars", 1, dt.datetime(2026, 1, 1))
    assert removed == [mine]
    assert all(p.exists() for p in [*foreign, newest])


def test_restore_a_good_backup_keeps_the_current_database(db_path, tmp_path, clock):
    db = open_database(db_path)
    settings = Settings(db)
    folder = tmp_path / "b"
    settings.set("backup_dir", str(folder))
    _add_customer(db, "Было", purchases=3)
    good = backups.backup_now(db, settings, backups.MANUAL, clock)
    _add_customer(db, "Стало", purchases=1)
    db.dispose()

    clock.advance(hours=1)
    result = backups.restore_backup(good, db_path, folder, clock.now())
    assert result.restored_from == good
    assert result.kept_current is not None and result.kept_current.name.endswith(
        "-before-restore.sqlite3")
    assert _count(result.kept_current, "customers") == 2

    reopened = open_database(db_path)
    try:
        assert _count(db_path, "customers") == 1
        assert Settings(reopened).get("backup_dir") == str(folder)
    finally:
        reopened.dispose()
    assert not db_path.with_name(db_path.name + ".restoring").exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, "truncated"])
def test_restore_refuses_a_corrupt_file_and_changes_nothing(db, db_path, tmp_path, content, clock):
    _add_customer(db, "Keep me")
    bad = tmp_path / "bad.sqlite3"
    if content == "truncated":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 200)
        conn.commit()
        conn.close()
        data = bad.read_bytes()
        bad.write_bytes(data[:4096] + b"\x00" * 4096 + data[8192:])
    else:
        bad.write_bytes(content)
    with pytest.raises(backups.InvalidBackupError):
        backups.validate_backup(bad)
    db.dispose()
    with pytest.raises(backups.InvalidBackupError):
        backups.restore_backup(bad, db_path, tmp_path / "b", clock.now())
    assert _count(db_path, "customers") == 1
    assert not (tmp_path / "b").exists()  # nothing was kept because nothing was replaced


def test_restore_refuses_foreign_and_too_new_databases(tmp_path):
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(backups.InvalidBackupError):
        backups.validate_backup(foreign)

    newer = tmp_path / "newer.sqlite3"
    open_database(newer).dispose()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(DatabaseTooNewError):
        backups.validate_backup(newer)
    with pytest.raises(backups.InvalidBackupError):
        backups.validate_backup(tmp_path / "missing.sqlite3")


def test_corrupt_database_is_replaced_by_newest_backup(db_path, tmp_path, clock):
    db = open_database(db_path)
    settings = Settings(db)
    _add_customer(db, "Анна", purchases=1)
    older = backups.backup_now(db, settings, backups.AUTO, clock)
    clock.advance(days=1)
    _add_customer(db, "Борис")
    newest = backups.backup_now(db, settings, backups.AUTO, clock)
    db.dispose()
    db_path.write_bytes(b"garbage" * 1000)  # the disk ate the file

    found = backups.newest_backup(db_path)
    assert found is not None and found.path == newest and found.path != older
    result = backups.restore_backup(found.path, db_path, found.path.parent, clock.now())
    assert result.kept_current is not None and "-damaged" in result.kept_current.name
    assert result.kept_current.read_bytes() == b"garbage" * 1000
    # The damaged copy is never offered as "newest backup".
    assert backups.newest_backup(db_path).path == newest
    reopened = open_database(db_path)
    reopened.dispose()
    assert _count(db_path, "customers") == 2


def test_newest_backup_finds_a_custom_folder_without_the_database(db, settings, folder, clock):
    path = backups.backup_now(db, settings, backups.MANUAL, clock)
    assert backups.newest_backup(db.path).path == path
    assert backups.newest_backup(db.path.with_name("other.sqlite3")) is None


def test_backup_to_an_unwritable_place_is_a_user_facing_error(db, settings, tmp_path, clock):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    settings.set("backup_dir", str(blocker / "sub"))
    with pytest.raises(backups.BackupError):
        backups.backup_now(db, settings, backups.MANUAL, clock)
