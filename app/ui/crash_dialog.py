"""Unhandled exceptions: logged with traceback, then shown in a dialog with "Copy details".

Expected problems (UserFacingError) get a plain message box instead: they are not bugs.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.database import friendly_error
from app.services.errors import UserFacingError, fill

log = logging.getLogger(__name__)


def tr_error(text: str, params: Sequence[object] = ()) -> str:
    """Translate a service's English sentence (context "errors"), then fill in %1, %2…"""
    return fill(QCoreApplication.translate("errors", text), params) if text else ""


def error_message(error: UserFacingError) -> str:
    return tr_error(error.message, error.params)


def error_hint(error: UserFacingError) -> str:
    return tr_error(error.hint, error.params)


def show_user_error(parent: QWidget | None, error: UserFacingError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Regulars"))
    box.setText(error_message(error))
    if error.hint:
        box.setInformativeText(error_hint(error))
    box.open()


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Regulars hit an unexpected problem. Your data is safe: unfinished changes were not "
            "saved. You can keep working; if it happens again, copy the details and send them to "
            "support."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def format_details(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
    lines = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"Regulars {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n{lines}"


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(exc, UserFacingError):
        show_user_error(QApplication.activeWindow(), exc)
        return
    environment = friendly_error(exc)  # read-only, full or damaged database: not a bug
    if environment is not None:
        log.warning("Database problem: %s", exc)
        show_user_error(QApplication.activeWindow(), environment)
        return
    log.error("Unhandled exception", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(format_details(exc_type, exc, tb), QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook
