"""Settings → Shared database: testing the connection, moving the shop there (job injected)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.team import choice
from app.services.team.address import SharedAddress
from app.ui.dialogs import shared_database_dialog as module
from app.ui.dialogs.shared_database_dialog import SharedDatabaseDialog
from app.ui.jobs import Job, JobCancelled
from tests.ui.conftest import wait_idle


class _SyncJob(Job):
    def progress(self, done: int, total: int, text: str = "") -> None:
        self.seen.append((done, total))


class SyncJobs:
    """Runs the dialog's job at once, on this thread, as the job runner would deliver it."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []

    def run(self, name, work, *, on_success, on_failure, on_progress, on_cancelled) -> Job:
        job = _SyncJob(name=name)
        job.seen = self.progress  # type: ignore[attr-defined]
        try:
            result = work(job)
        except JobCancelled:
            on_cancelled()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)
        return job


def _fresh(shared_server, name: str) -> SharedAddress:
    with psycopg.connect(**shared_server.admin.connect_kwargs(None), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return shared_server.address(name)


def _fill(dialog: SharedDatabaseDialog, address: SharedAddress) -> None:
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)


def test_test_connection_says_empty_then_unreachable(qtbot, context, shared_server) -> None:
    dialog = SharedDatabaseDialog(context)
    qtbot.addWidget(dialog)
    _fill(dialog, _fresh(shared_server, "dialog_test"))
    dialog.test_button.click()
    wait_idle(qtbot, context, 20_000)
    assert dialog.status.text() == ("Connected. The database is empty: "
                                    "your shop can be moved there.")
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.test_button.click()
    wait_idle(qtbot, context, 20_000)
    assert dialog.status.text().startswith("Cannot reach the shared database at 127.0.0.1:1.")
    assert dialog.test_button.isEnabled() and not dialog.progress.isVisible()


def test_empty_fields_get_a_sentence(qtbot, context) -> None:
    dialog = SharedDatabaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog.test_button.click()
    assert dialog.status.text() == "Fill in the server, the database and the user first."


@pytest.mark.sqlite_only
def test_move_my_shop_there_copies_switches_and_restarts(
        qtbot, demo_context, shared_server, monkeypatch, fake_keyring) -> None:
    address = _fresh(shared_server, "dialog_move")
    jobs, restarted = SyncJobs(), []
    monkeypatch.setattr(module, "confirm", lambda *_a: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    dialog = SharedDatabaseDialog(demo_context, jobs=jobs, restart=lambda: restarted.append(1))
    qtbot.addWidget(dialog)
    _fill(dialog, address)
    dialog.password.setText("s3cret")
    dialog.move_button.click()
    assert restarted == [1]
    assert choice.chosen_server() == address
    assert "rows copied and checked" in dialog.status.text()
    assert jobs.progress and jobs.progress[-1][0] == jobs.progress[-1][1]
    assert fake_keyring.store  # the password went to the keychain...
    assert "s3cret" not in choice.choice_file().read_text("utf-8")  # ...not to the note
    with psycopg.connect(**address.connect_kwargs(None)) as conn:
        moved = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    import sqlite3

    local = sqlite3.connect(demo_context.db.path)
    assert moved == local.execute("SELECT COUNT(*) FROM customers").fetchone()[0] > 0
    local.close()
    assert demo_context.db.path.is_file()  # the local file stays as the backup
    # A second move into the same database is refused with a sentence, nothing restarted.
    dialog.move_button.click()
    assert "already holds a shop" in dialog.status.text()
    assert restarted == [1]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_render(qtbot, context, qapp, language, tmp_path: Path) -> None:
    from app.ui import i18n

    i18n.install(qapp, language)
    try:
        dialog = SharedDatabaseDialog(context)
        qtbot.addWidget(dialog)
        _fill(dialog, SharedAddress("192.168.1.10", 5432, "regulars", "anna"))
        dialog._say(dialog.tr("Connected. The database is empty: your shop can be moved there."))
        dialog.show()
        out = Path("/tmp/pgmove")
        out.mkdir(exist_ok=True)
        dialog.grab().save(str(out / f"shared_db_{language}.png"))
        assert dialog.status.text()
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_settings_reach_the_shared_database_dialog(qtbot, context, qapp, monkeypatch,
                                                   language) -> None:
    from app.ui import i18n
    from app.ui.dialogs.settings_dialog import SettingsDialog

    opened: list[SharedDatabaseDialog] = []
    monkeypatch.setattr(SharedDatabaseDialog, "exec", lambda self: opened.append(self) or 0)
    i18n.install(qapp, language)
    try:
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.grab().save(f"/tmp/pgmove/settings_{language}.png")
        dialog.shared_button.click()
        assert len(opened) == 1 and opened[0].open_now.text()
    finally:
        i18n.install(qapp, "en")
