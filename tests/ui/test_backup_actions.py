from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import backups
from app.services.database import open_database
from app.services.errors import DatabaseCorruptError
from app.ui import backup_actions
from tests.ui.conftest import wait_idle


def _customers(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Message boxes answer Yes and record what they said instead of blocking."""
    said: list[str] = []

    def record(*args, **_kwargs):
        said.append(args[2])
        return QMessageBox.StandardButton.Yes

    for name in ("information", "question", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    monkeypatch.setattr(QMessageBox, "open", lambda self: said.append(self.text()))
    return said


def test_backup_now_reports_the_file(qtbot, demo_context, no_dialogs):
    backup_actions.backup_now(None, demo_context)
    wait_idle(qtbot, demo_context)
    folder = backups.backup_folder(demo_context.settings)
    copies = backups.list_backups(folder, demo_context.db.path.stem)
    assert len(copies) == 1 and copies[0].reason == "manual"
    assert str(copies[0].path) in no_dialogs[0]


def test_auto_backup_runs_once_per_day(qtbot, context):
    backup_actions.auto_backup(None, context)
    wait_idle(qtbot, context)
    backup_actions.auto_backup(None, context)
    wait_idle(qtbot, context)
    folder = backups.backup_folder(context.settings)
    assert len(backups.list_backups(folder, context.db.path.stem)) == 1


def test_restore_replaces_data_under_the_running_app(qtbot, demo_context, no_dialogs):
    db = demo_context.db
    before = _customers(db.path)
    copy = backups.backup_now(db, demo_context.settings, backups.MANUAL, demo_context.clock)
    conn = db.raw_connection()
    with conn:
        conn.execute("DELETE FROM customers WHERE id IN (SELECT id FROM customers LIMIT 10)")
    conn.close()
    demo_context.settings.set("shop_name", "changed after the backup")
    changed = []
    demo_context.signals.data_changed.connect(changed.append)

    assert backup_actions.restore_file(None, demo_context, copy)
    wait_idle(qtbot, demo_context)
    assert _customers(db.path) == before
    assert demo_context.settings.get("shop_name") == "Зерно и лист"  # no stale cache
    with db.session() as session:  # the same Database object works on the restored file
        assert session.connection().exec_driver_sql("SELECT COUNT(*) FROM customers").scalar() == (
            before)
    assert {"customers", "purchases", "settings"} <= set(changed)
    kept = [b for b in backups.list_backups(copy.parent, db.path.stem)
            if b.reason == backups.BEFORE_RESTORE]
    assert len(kept) == 1 and _customers(kept[0].path) == before - 10


def test_restore_of_a_bad_file_explains_and_changes_nothing(qtbot, context, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(backup_actions, "show_user_error", lambda _w, exc: shown.append(exc))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    assert not backup_actions.restore_file(None, context, bad)
    assert isinstance(shown[0], backups.InvalidBackupError)


def test_corrupt_database_offer_restores_the_newest_backup(qtbot, db_path, monkeypatch):
    db = open_database(db_path)
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO customers (display_name) VALUES ('Анна')")
    conn.close()
    from app.services.settings import Settings

    backups.backup_now(db, Settings(db), backups.AUTO)
    db.dispose()
    db_path.write_bytes(b"garbage" * 1000)

    def click_restore(box):
        restore = next(b for b in box.buttons()
                       if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        box.clickedButton = lambda: restore  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    reopened = backup_actions.offer_restore_on_corrupt(
        db_path, DatabaseCorruptError("The database file regulars.sqlite3 is damaged."))
    assert reopened is not None
    try:
        assert _customers(db_path) == 1
    finally:
        reopened.dispose()


def test_corrupt_database_without_backup_says_so(qtbot, tmp_path, monkeypatch):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.informativeText()))
    path = tmp_path / "lonely.sqlite3"
    path.write_bytes(b"garbage")
    assert backup_actions.offer_restore_on_corrupt(path, DatabaseCorruptError("x")) is None
    assert "No backup" in texts[0]
