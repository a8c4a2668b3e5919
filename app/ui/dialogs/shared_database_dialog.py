"""Settings → Shared database: where the team's server is, and moving the shop there and back.

The password goes to the OS keyring (never settings or the note of which database to open).
Testing, moving and bringing back talk to the server, so each runs as a job; the dialog shows
its progress and can cancel it (the copy is one transaction, so a cancel leaves nothing). After
a move or a bring-back this laptop's choice (`team.choice`) names the new database and Regulars
starts again on it: every page, job and connection then belongs to the database now in use.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import paths
from app.services.backups import bring_back
from app.services.database import Database, open_shared_database
from app.services.errors import UserFacingError
from app.services.secrets import database_password_store, keyring_status
from app.services.secrets import shared_database_password as stored_password
from app.services.team import choice
from app.services.team.address import DEFAULT_PORT, SharedAddress
from app.services.team.move import CopyReport, move_to_server
from app.ui.context import AppContext
from app.ui.crash_dialog import error_hint, error_message
from app.ui.jobs import Job


class Jobs(Protocol):
    def run(self, name: str, work: Callable[[Job], Any], **callbacks: Any) -> Job: ...


def restart_app() -> None:
    """Start Regulars again (it opens the database this laptop now chose) and close this one."""
    command = [] if getattr(sys, "frozen", False) else ["-m", "app"]
    QProcess.startDetached(sys.executable, command)
    QApplication.quit()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def choose_new_file(parent: QWidget) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SharedDatabaseDialog", "Bring the shop back into"),
        str(paths.data_dir() / "regulars-from-server.sqlite3"),
        QCoreApplication.translate("SharedDatabaseDialog", "Regulars databases (*.sqlite3)"))
    return Path(path) if path else None


class SharedDatabaseDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 jobs: Jobs | None = None,
                 restart: Callable[[], None] = restart_app) -> None:
        super().__init__(parent)
        self.context = context
        self._jobs: Jobs = jobs if jobs is not None else context.jobs  # type: ignore[assignment]
        self._restart = restart
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Shared database"))
        db = context.db
        now = (self.tr("Open now: the shared database %1.").replace("%1", db.title)
               if db.shared else
               self.tr("Open now: the file %1 on this computer.").replace("%1", db.title))
        self.open_now = QLabel(now)
        self.open_now.setWordWrap(True)
        self.open_now.setStyleSheet("font-weight: bold;")
        intro = QLabel(self.tr(
            "When several people or computers work with the shop, keep it on a PostgreSQL "
            "server on your network. Each computer then opens the same shop."))
        intro.setWordWrap(True)
        known = db.shared or choice.chosen_server()
        self.host = QLineEdit(known.host if known else "")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or shop-server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.port.setMaximumWidth(110)
        self.database = QLineEdit(known.database if known else "regulars")
        self.user = QLineEdit(known.user if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keychain"))
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        status = keyring_status()
        keychain = QLabel(self.tr("The password is kept in the system keychain, never in "
                                  "Regulars' files.") if status.usable
                          else QCoreApplication.translate("secrets", status.reason))
        keychain.setWordWrap(True)
        keychain.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.move_button = QPushButton(self.tr("Move my shop there"))
        self.back_button = QPushButton(self.tr("Bring it back…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.move_button.setEnabled(db.shared is None)  # the open shop is a local file
        self.move_button.setToolTip(self.tr(
            "Copies everything from this computer's file to the server, checks the copy, and "
            "opens the shop from the server. The file stays here as a backup."))
        self.back_button.setToolTip(self.tr(
            "Copies the server's data into a new file on this computer and opens it."))
        self.test_button.clicked.connect(self.test_connection)
        self.move_button.clicked.connect(self.move_shop)
        self.back_button.clicked.connect(self.bring_shop_back)
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        for button in (self.test_button, self.move_button, self.back_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_now)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(keychain)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(close)
        self.setMinimumWidth(560)

    # --- the address and its password ------------------------------------------------------------

    def address(self) -> SharedAddress | None:
        host, name, user = (w.text().strip() for w in (self.host, self.database, self.user))
        if not (host and name and user):
            self._say(self.tr("Fill in the server, the database and the user first."))
            return None
        return SharedAddress(host, self.port.value(), name, user)

    def _password(self, address: SharedAddress) -> str | None:
        typed = self.password.text()
        if typed:
            database_password_store().set(address.user, address.keychain_host, typed)
            return typed
        return stored_password(address.user, address.keychain_host)

    # --- actions ---------------------------------------------------------------------------------

    def test_connection(self) -> None:
        address = self.address()
        if address is None:
            return
        password = self._password(address)

        def work(_job: Job) -> int:
            server = open_shared_database(address, password)
            try:
                return _customers(server)
            finally:
                server.dispose()

        def done(customers: int) -> None:
            self._busy(False)
            self._say(self.tr("Connected. The database is empty: your shop can be moved there.")
                      if customers == 0 else
                      self.tr("Connected. The database already holds a shop "
                              "(customers: %1).").replace("%1", str(customers)))

        self._start(self.tr("Testing the connection…"), "shared-db-test", work, done)

    def move_shop(self) -> None:
        address = self.address()
        if address is None or self.context.db.shared is not None:
            return
        if not confirm(self, self.tr("Move my shop there"), self.tr(
                "Copy the whole shop to %1 and open it from there from now on?\n\n"
                "The file on this computer is kept, unchanged, as a backup.")
                .replace("%1", f"{address.database} @ {address.host}")):
            return
        password = self._password(address)
        source = self.context.db.path
        self.context.jobs.cancel_all()  # nothing writes to the file while it is copied

        def work(job: Job) -> CopyReport:
            server = open_shared_database(address, password)
            try:
                return move_to_server(source, server, job.progress, job.raise_if_cancelled)
            finally:
                server.dispose()

        def done(report: CopyReport) -> None:
            choice.choose_server(address)
            self._finished(self.tr("Your shop is on the server now: %1 rows copied and "
                                   "checked.").replace("%1", str(report.rows)))

        self._start(self.tr("Moving the shop…"), "shared-db-move", work, done)

    def bring_shop_back(self) -> None:
        address = self.address()
        if address is None:
            return
        target = choose_new_file(self)
        if target is None:
            return
        password = self._password(address)

        def work(job: Job) -> CopyReport:
            server = open_shared_database(address, password)
            try:
                return bring_back(server, target, job.progress, job.raise_if_cancelled)
            finally:
                server.dispose()

        def done(report: CopyReport) -> None:
            choice.choose_local(target)
            self._finished(self.tr("The shop is in %1 now: %2 rows copied and checked.")
                           .replace("%1", target.name).replace("%2", str(report.rows)))

        self._start(self.tr("Bringing the shop back…"), "shared-db-back", work, done)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    # --- plumbing --------------------------------------------------------------------------------

    def _start(self, text: str, name: str, work: Callable[[Job], Any],
               done: Callable[[Any], None]) -> None:
        self._busy(True)
        self._say(text)
        self._job = self._jobs.run(name, work, on_success=done, on_failure=self._failed,
                                   on_progress=self._progressed, on_cancelled=self._cancelled)

    def _finished(self, text: str) -> None:
        self._busy(False)
        self._say(text)
        QMessageBox.information(self, self.tr("Shared database"), text + "\n\n" + self.tr(
            "Regulars will now start again with it."))
        self._restart()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserFacingError):
            hint = error_hint(error) if error.hint else ""
            self._say(error_message(error) + (f"\n{hint}" if hint else ""))
        else:
            self._say(self.tr("Something went wrong; nothing was changed."))
            sys.excepthook(type(error), error, error.__traceback__)

    def _cancelled(self) -> None:
        self._busy(False)
        self._say(self.tr("Cancelled; nothing was changed."))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        for button in (self.test_button, self.back_button):
            button.setEnabled(not busy)
        self.move_button.setEnabled(not busy and self.context.db.shared is None)
        if not busy:
            self._job = None

    def _say(self, text: str) -> None:
        self.status.setText(text)


def _customers(server: Database) -> int:
    conn = server.raw_connection()
    try:
        row = conn.execute("SELECT COUNT(*) FROM customers").fetchone()
        return int(row[0]) if row else 0
    finally:
        conn.close()
