"""File menu "Back up now" and "Restore from a backup…", the daily backup, and the corrupt-DB offer.

The copying and checking is in services.backups; this module asks, reports and re-opens. A restore
replaces the database file under the running app: background jobs are stopped, the engine is
disposed (its next connection opens the new file), and every page is told that all data changed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import backups
from app.services.database import Database, open_database
from app.services.errors import UserFacingError
from app.ui.context import AppContext
from app.ui.crash_dialog import error_hint, error_message, show_user_error

log = logging.getLogger(__name__)

ALL_DATA = ("purchases", "customers", "stats", "tasks", "templates", "settings", "contacts")


def auto_backup(window: QWidget, context: AppContext) -> None:
    """The once-a-day copy on start, in the background; a failure is reported, never fatal."""

    def work(_job: object) -> Path | None:
        return backups.auto_backup_if_due(context.db, context.settings, context.clock)

    def failed(error: BaseException) -> None:
        log.warning("Automatic backup failed: %s", error)
        _report(window, error)

    context.jobs.run("auto-backup", work, on_failure=failed)


def backup_now(window: QWidget, context: AppContext) -> None:
    def work(_job: object) -> Path:
        return backups.backup_now(context.db, context.settings, backups.MANUAL, context.clock)

    def done(path: Path) -> None:
        context.signals.status_message.emit(
            QCoreApplication.translate("BackupActions", "Backup saved: %1").replace("%1", str(path))
        )
        QMessageBox.information(
            window,
            QCoreApplication.translate("BackupActions", "Back up now"),
            QCoreApplication.translate("BackupActions", "Your data was copied to:\n%1").replace(
                "%1", str(path)
            ),
        )

    context.jobs.run(
        "backup", work, on_success=done, on_failure=lambda error: _report(window, error)
    )


def _report(window: QWidget, error: BaseException) -> None:
    if isinstance(error, UserFacingError):
        show_user_error(window, error)
    else:  # a bug: the crash dialog
        sys.excepthook(type(error), error, error.__traceback__)


def restore(window: QWidget, context: AppContext) -> bool:
    """Ask for a backup file, check it, confirm, and replace the data with it."""
    if context.db.shared is not None:  # a shared database is everyone's: never replaced from here
        QMessageBox.information(window, QCoreApplication.translate(
            "BackupActions", "Restore from a backup"), QCoreApplication.translate(
            "BackupActions",
            "The shop is on a shared database, so a backup is not copied over everyone's data "
            "from here. Open the backup file on this computer, then use File → Shared database… "
            "→ “Move my shop there” with a new empty database on the server."))
        return False
    folder = backups.backup_folder(context.settings)
    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        str(folder),
        QCoreApplication.translate(
            "BackupActions", "Regulars backups (*.sqlite3 *.db);;All files (*)"
        ),
    )
    if not path:
        return False
    return restore_file(window, context, Path(path))


def restore_file(window: QWidget, context: AppContext, source: Path) -> bool:
    try:
        backups.validate_backup(source)
    except UserFacingError as exc:
        show_user_error(window, exc)
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Replace all current data with the backup “%1”?\n\nThe current data is kept as a "
            "backup first, so this can be undone.",
        ).replace("%1", source.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = perform_restore(context, source)
    except UserFacingError as exc:
        show_user_error(window, exc)
        return False
    context.signals.status_message.emit(
        QCoreApplication.translate("BackupActions", "Data restored from %1").replace(
            "%1", source.name
        )
    )
    log.info("Restore done; previous data kept in %s", result.kept_current)
    return True


def perform_restore(context: AppContext, source: Path) -> backups.RestoreResult:
    """Replace the open database with `source` and let every page reload."""
    folder = backups.backup_folder(context.settings)
    context.jobs.cancel_all()
    context.jobs.wait(30_000)
    context.db.dispose()
    result = backups.restore_backup(source, context.db.path, folder, context.clock.now())
    open_database(context.db.path, folder).dispose()  # migrates a backup from an older version
    context.settings.reload()
    for what in ALL_DATA:
        context.signals.data_changed.emit(what)
    from app.ui import background

    background.recompute_all(context, announce=False)
    return result


def offer_restore_on_corrupt(
    path: Path, error: UserFacingError, parent: QWidget | None = None
) -> Database | None:
    """At start-up with a damaged database: offer the newest backup; returns the reopened DB."""
    newest = backups.newest_backup(path)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("BackupActions", "Regulars"),
        error_message(error),
        parent=parent,
    )
    if newest is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "BackupActions",
                "No backup of this database was found. Move the damaged file "
                "away to start with an empty database, or ask for help.",
            )
        )
        box.exec()
        return None
    taken = newest.taken_at
    when = QLocale().toString(
        QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute)),
        QLocale.FormatType.ShortFormat)
    box.setInformativeText(
        QCoreApplication.translate(
            "BackupActions",
            "Restore the newest backup, made %1? The damaged file is kept next to the backups.",
        ).replace("%1", when)
    )
    restore_button = box.addButton(
        QCoreApplication.translate("BackupActions", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return None
    try:
        backups.restore_backup(newest.path, path, newest.path.parent)
        return open_database(path, newest.path.parent)
    except UserFacingError as exc:
        failure = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("BackupActions", "Regulars"),
            error_message(exc),
            parent=parent,
        )
        failure.setInformativeText(error_hint(exc))
        failure.exec()
        return None
