"""Unhandled errors are logged and shown with "copy details"; expected ones get a plain message."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.errors import UserFacingError
from app.ui import crash_dialog


def _raise_and_capture(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_bug_is_logged_and_shown_with_traceback(qtbot, monkeypatch, caplog) -> None:
    shown: list[crash_dialog.CrashDialog] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    with caplog.at_level(logging.ERROR):
        crash_dialog.excepthook(*_raise_and_capture(ZeroDivisionError("division by zero")))
    assert "Unhandled exception" in caplog.text
    assert len(shown) == 1
    details = shown[0].details.toPlainText()
    assert "ZeroDivisionError" in details and "Traceback" in details
    shown[0].copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()


def test_expected_problem_is_a_plain_message_not_a_crash(qtbot, monkeypatch) -> None:
    crashed: list[object] = []
    opened: list[QMessageBox] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: crashed.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self))
    crash_dialog.excepthook(*_raise_and_capture(
        UserFacingError("The file is empty.", hint="Choose another file.")))
    assert not crashed
    assert opened and opened[0].text() == "The file is empty."
    assert opened[0].informativeText() == "Choose another file."


def test_full_disk_or_read_only_database_is_a_message_not_a_crash(qtbot, monkeypatch) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    crashed: list[object] = []
    opened: list[QMessageBox] = []
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: crashed.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self))
    crash_dialog.excepthook(*_raise_and_capture(
        sqlite3.OperationalError("database or disk is full")))
    wrapped = OperationalError("INSERT ...", {}, sqlite3.OperationalError(
        "attempt to write a readonly database"))
    crash_dialog.excepthook(*_raise_and_capture(wrapped))
    assert not crashed
    assert [box.text() for box in opened] == ["The disk is full.",
                                              "Regulars cannot write to its database file."]
