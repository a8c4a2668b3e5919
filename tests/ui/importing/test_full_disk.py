"""A disk that fills up while the GUI's import job writes: the owner reads the sentence in a
message box (not the crash dialog) and nothing of the import is in the database."""

from __future__ import annotations

import sqlite3
import sys

from app.services import database, importing
from app.ui import crash_dialog
from tests.conftest import TODAY
from tests.services.importing import samples
from tests.ui.conftest import wait_idle
from tests.ui.importing.test_hostile_corpus import run_flow


def _counts(path) -> tuple[int, int, str]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM import_batches").fetchone()[0],
                conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_full_disk_in_the_import_job_is_a_sentence(qtbot, context, tmp_path, monkeypatch):
    first = importing.prepare(context.db, samples.write_cp1251_sales(tmp_path),
                              settings=context.settings, as_of=TODAY)
    importing.commit(context.db, first.plan, settings=context.settings, as_of=TODAY)
    before = _counts(context.db.path)
    shown: list[str] = []
    monkeypatch.setattr(crash_dialog, "show_user_error",
                        lambda _parent, error: shown.append(crash_dialog.error_message(error)))
    monkeypatch.setattr(crash_dialog, "CrashDialog",
                        lambda details, _parent=None: shown.append("CRASH " + details))
    monkeypatch.setattr(sys, "excepthook", crash_dialog.excepthook)  # as the app installs it
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                   for i in range(5000))
    path = samples.write_text(tmp_path, "big.csv", "Дата;Клиент;Телефон;Сумма\n" + rows,
                              "cp1251")
    flow, dialog = run_flow(qtbot, context, path)
    assert dialog is not None and dialog.import_button.isEnabled()
    # From here every connection may grow the file by a few pages only: SQLite's own
    # "database or disk is full", as on a real full disk.
    pages = sqlite3.connect(context.db.path).execute("PRAGMA page_count").fetchone()[0]
    original = database._on_connect

    def on_connect(conn, record):
        original(conn, record)
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")

    monkeypatch.setattr(database, "_on_connect", on_connect)
    context.db.dispose()  # the next connections are made with the limit
    with qtbot.waitSignal(flow.finished, timeout=30_000):
        dialog.import_button.click()
    wait_idle(qtbot, context)
    assert shown == ["The disk is full."]
    assert flow.results == []
    assert _counts(context.db.path) == before
