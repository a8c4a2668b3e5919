"""Every file of the hostile corpus through the GUI's import job: a refused file is a sentence
in a message box (never the crash dialog) with nothing written; a read file opens the mapping
dialog with every row accounted for, and importing it writes what the plan said."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from app.services.importing import workbook_process
from app.ui import crash_dialog
from app.ui.importing import flow as import_flow
from app.ui.importing import frame_model
from app.ui.importing.mapping_dialog import ImportMappingDialog
from tests.hostile import corpus
from tests.hostile.helpers import case_params, content, refuse_reading
from tests.ui.conftest import wait_idle


@pytest.fixture
def sentences(monkeypatch):
    """The texts of the message boxes the flow shows; a crash dialog fails the test."""
    shown: list[str] = []
    original = import_flow.show_user_error

    def record(parent, error):
        shown.append(crash_dialog.error_message(error))
        original(parent, error)

    monkeypatch.setattr(import_flow, "show_user_error", record)
    monkeypatch.setattr(sys, "excepthook", lambda *exc: pytest.fail(f"crash dialog: {exc!r}"))
    return shown


def _mapping_dialog() -> ImportMappingDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ImportMappingDialog) and w.isVisible()), None)


def run_flow(qtbot, context, path) -> tuple[import_flow.ImportFlow, ImportMappingDialog | None]:
    window = QMainWindow()
    qtbot.addWidget(window)
    ended: list[bool] = []
    flow = import_flow.start_import(window, context, [path])
    assert flow is not None
    flow.finished.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended) or _mapping_dialog() is not None, timeout=30_000)
    return flow, (None if ended else _mapping_dialog())


@pytest.mark.parametrize("name", case_params(corpus.CASES))
def test_corpus_case_through_the_import_job(name, qtbot, context, tmp_path, monkeypatch,
                                            sentences):
    monkeypatch.setattr(workbook_process, "MAX_UNPACKED_BYTES", corpus.BOMB_LIMIT_BYTES)
    before = content(context.db.path)
    path = corpus.make(name, tmp_path / "case")
    if name == "unreadable":
        refuse_reading(monkeypatch, path)
    flow, dialog = run_flow(qtbot, context, path)
    if name in corpus.REFUSED:
        assert dialog is None
        assert len(sentences) == 1 and sentences[0].strip(), sentences
        assert "Traceback" not in sentences[0]
        wait_idle(qtbot, context)
        assert content(context.db.path) == before
        return
    assert dialog is not None, sentences
    model = dialog.model
    longest = max((len(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                   for c in range(model.columnCount())), default=0)
    assert longest <= frame_model.SHOWN_CHARS + 1  # a 5 MB name froze the preview's layout
    plan = dialog.plan
    assert plan.rows_read == plan.purchases_added + plan.purchases_existing + plan.rows_rejected
    if not dialog.import_button.isEnabled():
        dialog.reject()
        return
    with qtbot.waitSignal(flow.finished, timeout=30_000):
        dialog.import_button.click()
    wait_idle(qtbot, context)
    assert not sentences
    assert [r.purchases_added for r in flow.results] == [plan.purchases_added]
