"""The autopilot log dialog: newest first, filter by outcome, reasons shown; reachable from
the Autopilot dialog and from the runner's status-bar line."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.services.autopilot import outbox
from app.ui.autopilot_runner import AutopilotRunner
from app.ui.dialogs.autopilot_dialog import AutopilotDialog
from app.ui.dialogs.autopilot_log import AutopilotLogDialog
from tests.services.autopilot.log_data import outbox_of_each_kind
from tests.ui.conftest import wait_idle


def _column(dialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_log_lists_newest_first_and_filters(qtbot, context, db, settings, clock) -> None:
    outbox_of_each_kind(db, settings, clock.today())
    dialog = AutopilotLogDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=10_000)
    assert _column(dialog, 1) == ["Possibly sent", "Failed", "Sent", "Waiting", "Skipped"]
    assert _column(dialog, 2) == ["Покупатель 3", "Покупатель 1", "Покупатель 0",
                                  "Покупатель 4", "Покупатель 2"]
    assert _column(dialog, 0)[0].endswith("10:10")
    assert dialog.status.text() == "5 of 5 automatic e-mails, newest first."
    dialog.filter.setCurrentIndex(dialog.filter.findData(outbox.FAILED))
    assert _column(dialog, 2) == ["Покупатель 1"]
    assert _column(dialog, 5)[0].endswith("550 no such user")
    dialog.table.selectRow(0)
    assert dialog.reason.text() == ("The server refused the address c1@example.com: "
                                    "550 no such user")
    dialog.filter.setCurrentIndex(dialog.filter.findData(outbox.SKIPPED))
    assert _column(dialog, 5) == ["Excluded in the preview."]
    assert dialog.status.text() == "1 of 5 automatic e-mails, newest first."
    dialog.filter.setCurrentIndex(0)
    assert dialog.model.rowCount() == 5
    wait_idle(qtbot, context)


def test_empty_log_says_how_to_start(qtbot, context) -> None:
    dialog = AutopilotLogDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() == 0
    assert "Nothing was sent automatically yet" in dialog.status.text()


def _open_logs() -> list[AutopilotLogDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, AutopilotLogDialog) and w.isVisible()]


def test_reachable_from_the_dialog_and_the_status_line(qtbot, context) -> None:
    dialog = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.log_button.click()
    assert len(_open_logs()) == 1
    for log in _open_logs():
        log.close()
    runner = AutopilotRunner(context)
    assert not runner.line.isVisible() and runner.line.text() == ""
    runner.line.linkActivated.emit("log")
    assert len(_open_logs()) == 1
    for log in _open_logs():
        log.close()
    wait_idle(qtbot, context)
