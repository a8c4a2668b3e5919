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
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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


def run_gui(options: StartOptions) -> int:
    app = create_qt_app()
    crash_dialog.install()
    install_translator(app, None)
    path = options.db_path
    lock = InstanceLock(path)
    try:
        lock.acquire()
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
