"""GUI start-up, top to bottom: Qt app -> crash hooks -> database -> translator -> window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from app import APP_NAME, ORG_NAME, __version__
from app.services.clock import Clock
from app.services.dashboard.periods import Period
from app.services.database import Database, open_database
from app.services.errors import DatabaseCorruptError, UserFacingError
from app.services.instance_lock import InstanceLock
from app.services.settings import LANGUAGE, Settings
from app.ui import crash_dialog
from app.ui.context import AppContext, AppSignals
from app.ui.jobs import JobRunner

log = logging.getLogger(__name__)


def create_qt_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # consistent look on every OS; follows the system light/dark scheme
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def _app_icon() -> QIcon | None:
    from app.services.resources import resource_path

    path = resource_path("icons/regulars.svg")
    return QIcon(str(path)) if path.exists() else None


def install_translator(app: QApplication, settings: Settings | None) -> str:
    """Install the translator for the chosen or system language; returns "ru" or "en"."""
    from app.ui import i18n

    preferred = settings.get(LANGUAGE) if settings is not None else "system"
    return i18n.install(app, preferred)


def build_context(db: Database, language: str, clock: Clock | None = None) -> AppContext:
    return AppContext(db=db, settings=Settings(db), clock=clock or Clock(), jobs=JobRunner(),
                      signals=AppSignals(), language=language)


@dataclass(frozen=True)
class StartOptions:
    """How the window was asked to start: which database, the demo shop, or a build's self-test."""

    db_path: Path
    demo: bool = False  # fill the demo shop if the database is new
    self_test: bool = False
    # The shared server to open instead of `db_path` (team mode): `--db postgresql://...`, or
    # this laptop's choice (`team.choice`); `db_path` is then the local file offered instead
    # when the server cannot be reached.
    shared: str | None = None


def run_gui(options: StartOptions) -> int:
    app = create_qt_app()
    crash_dialog.install()
    install_translator(app, None)
    path = options.db_path
    lock = InstanceLock(path)
    try:
        db = _open_shared_or_offer_local(options.shared) if options.shared else None
        if db is None:
            lock.acquire()  # the server serialises its writers itself; a file needs the lock
            db = _open_or_explain(path)
        if db is None:
            return 1
        if options.demo:
            from app.services.demo import demo_language, ensure_demo_shop

            # The same language as the path main.py chose; the demo's settings then name it,
            # so the translator installed below matches the shop's data.
            ensure_demo_shop(db, Clock().today(), language=demo_language())
        settings = Settings(db)
        language = install_translator(app, settings)
        context = build_context(db, language)
        if options.self_test:
            from app.ui.self_test import run_self_test

            return run_self_test(context)
        from app.ui.main_window import MainWindow

        # The built-in scripts are seeded and upgraded by the first job (services.day), off the
        # GUI thread, so the window shows without loading the message engine first.
        window = MainWindow(context)
        window.show()
        QTimer.singleShot(0, lambda: _after_show(window, context))
        code = app.exec()
        context.jobs.cancel_all()
        context.jobs.wait(10_000)
        db.dispose()
        return code
    except _Quit:
        return 1
    except UserFacingError as exc:
        _critical(exc)
        return 1
    finally:
        lock.release()


def start_up_jobs(window: QWidget, context: AppContext) -> None:
    """What runs once the window is visible: daily backup, then fresh figures and reminders."""
    from app.ui import background, backup_actions

    backup_actions.auto_backup(window, context)

    background.start_day(context)


def _after_show(window: QWidget, context: AppContext) -> None:
    """The day's jobs start in the background; a new database then asks the first questions."""
    from app.ui.dialogs.first_run_dialog import ask_first_run

    start_up_jobs(window, context)
    from app.ui.team_start import start_team

    start_team(window, context)
    ask_first_run(window, context)


def write_monthly_report(db: Database, month: Period, as_of: dt.date, path: Path) -> None:
    """The monthly report from the command line, in the shop's language. The PDF's text and
    pictures need a Qt GUI application, not a window: offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    from app.ui import i18n
    from app.ui.pages.dashboard_report import make_report

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    language = i18n.install(app, str(Settings(db).get(LANGUAGE)))
    make_report(db, month, as_of, language, path)


class _Quit(UserFacingError):
    """The owner chose to close Regulars rather than open the local file."""


def _open_shared_or_offer_local(url: str) -> Database | None:
    """The shared database; None when the owner chose the local file instead."""
    from app.services.database import open_shared_database
    from app.services.secrets import shared_database_password
    from app.services.team.address import SharedAddress
    from app.services.team.errors import SharedDatabaseUnavailableError

    try:
        address = SharedAddress.parse(url)
        return open_shared_database(
            address, shared_database_password(address.user, address.keychain_host))
    except SharedDatabaseUnavailableError as exc:
        if offer_local_file(exc):
            return None
        raise _Quit("") from exc


def offer_local_file(error: UserFacingError, parent: QWidget | None = None) -> bool:
    """The server cannot be reached: say why, and offer this laptop's local file."""
    box, local = local_file_box(error, parent)
    box.exec()
    return box.clickedButton() is local


def local_file_box(error: UserFacingError,
                   parent: QWidget | None = None) -> tuple[QMessageBox, QAbstractButton]:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "Regulars"),
                      crash_dialog.error_message(error), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "StartUp", "%1\n\nYou can open the shop's local file on this computer instead; what "
                   "others entered on the server since the move will not be in it.")
        .replace("%1", crash_dialog.error_hint(error) if error.hint else "").strip())
    local = box.addButton(QCoreApplication.translate("StartUp", "Open the local file"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StartUp", "Close Regulars"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local)
    return box, local


def _open_or_explain(path: Path) -> Database | None:
    try:
        return open_database(path)
    except DatabaseCorruptError as exc:
        from app.ui import backup_actions

        return backup_actions.offer_restore_on_corrupt(path, exc)


def _critical(exc: UserFacingError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Regulars"),
                      crash_dialog.error_message(exc))
    if exc.hint:
        box.setInformativeText(crash_dialog.error_hint(exc))
    box.exec()
