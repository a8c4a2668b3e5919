"""Importing files from the GUI: drop or File → Import…, sheet choice, check, write, undo.

Each step that touches the file or the database runs on the JobRunner; dialogs open with
`open()` (never `exec()`), so the window stays responsive. Files dropped together are imported
one after another, each with its own check.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.services import importing
from app.services.errors import UserFacingError
from app.services.settings import PHONE_REGION
from app.ui import background
from app.ui.business_words import new_people_count, person_of
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message, show_user_error
from app.ui.i18n import PluralContext
from app.ui.importing.mapping_dialog import ImportMappingDialog
from app.ui.importing.sheet_dialog import ImportSheetDialog
from app.ui.jobs import Job, LatestJobs

log = logging.getLogger(__name__)
FILE_FILTER = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods"
CHANGED = ("purchases", "customers", "stats", "tasks")
T = TypeVar("T")


def start_import(window: QWidget, context: AppContext,
                 files: list[Path] | None = None) -> ImportFlow | None:
    """Entry point for the main window's drop and File → Import… (files=None asks for them)."""
    if not files:
        names, _ = QFileDialog.getOpenFileNames(
            window, QCoreApplication.translate("ImportFlow", "Import sales or customers"), "",
            QCoreApplication.translate("ImportFlow", "Spreadsheets") + f" ({FILE_FILTER});;"
            + QCoreApplication.translate("ImportFlow", "All files") + " (*)")
        files = [Path(n) for n in names]
    if not files:
        return None
    flow = ImportFlow(window, context, list(files))  # the window keeps it alive until it ends
    flow.start()
    return flow


class ImportCounts(PluralContext):
    """The translation context of the import's plural strings."""


class ImportFlow(QObject):
    finished = Signal()

    def __init__(self, window: QWidget, context: AppContext, files: list[Path]) -> None:
        super().__init__(window)
        self.window, self.context, self.files = window, context, files
        self.dialog: ImportMappingDialog | None = None
        self.progress: QProgressDialog | None = None
        self.prepared: importing.Prepared | None = None
        self.results: list[importing.ImportResult] = []
        self._plans = LatestJobs(context.jobs)

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        self.dialog = None
        if not self.files:
            # Let go of the plan (a million rows can be held here) and of the window's ownership:
            # the flow is freed once no callback of a job still refers to it.
            self.prepared = None
            self.setParent(None)
            self.finished.emit()
            return
        path = self.files.pop(0)
        self._show_progress(QCoreApplication.translate("ImportFlow", "Reading %1…").replace(
            "%1", path.name), busy=True)

        def work(job: Job) -> list[str]:
            return self._unless_cancelled(
                job, lambda: importing.sheets(path, lambda: job.cancelled))

        job = self.context.jobs.run("import-sheets", work,
                                    on_success=lambda sheets: self._sheets_known(path, sheets),
                                    on_failure=self._failed, on_cancelled=self._cancelled)
        self._cancel_with_progress(job)

    @staticmethod
    def _unless_cancelled(job: Job, read: Callable[[], T]) -> T:
        """`read()`, a workbook's child process stopped when the user cancels (JobCancelled)."""
        try:
            return read()
        except importing.ImportCancelled:
            job.raise_if_cancelled()
            raise

    def _sheets_known(self, path: Path, sheets: list[str]) -> None:
        if len(sheets) <= 1:
            self._prepare(path, None)
            return
        self._close_progress()
        chooser = ImportSheetDialog(path.name, sheets, self.window)
        chooser.accepted.connect(lambda: self._prepare(path, chooser.chosen()))
        chooser.rejected.connect(self._next)
        chooser.open()

    def _prepare(self, path: Path, sheet: str | None) -> None:
        context = self.context
        today = context.clock.today()
        self._show_progress(QCoreApplication.translate("ImportFlow", "Reading %1…").replace(
            "%1", path.name), busy=True)

        def work(job: Job) -> importing.Prepared:
            prepared = self._unless_cancelled(job, lambda: importing.prepare(
                context.db, path, settings=context.settings, as_of=today, sheet=sheet,
                review=True, cancelled=lambda: job.cancelled))
            job.raise_if_cancelled()
            return prepared

        job = context.jobs.run("import-read", work, on_success=self._show_mapping,
                                on_failure=self._failed, on_cancelled=self._cancelled)
        self._cancel_with_progress(job)

    def _show_mapping(self, prepared: importing.Prepared) -> None:
        self._close_progress()
        self.prepared = prepared
        region = self.context.settings.get(PHONE_REGION)
        dialog = ImportMappingDialog(prepared, region, self.window,
                                     person_of(self.context.settings))
        dialog.columns_changed.connect(self._replan)
        dialog.accepted.connect(self._commit)
        dialog.rejected.connect(self._next)
        self.dialog = dialog
        dialog.open()

    def _replan(self, columns: dict[str, str]) -> None:
        assert self.prepared is not None
        raw, context = self.prepared.raw, self.context
        today = context.clock.today()

        platform = self.dialog.platform if self.dialog is not None else None

        def work(_job: Job) -> importing.ImportPlan:
            return importing.plan(context.db, raw, columns, context.settings, today, platform)

        def done(plan: importing.ImportPlan) -> None:
            if self.dialog is not None:
                self.dialog.set_plan(plan)

        def failed(error: BaseException) -> None:
            if self.dialog is None:
                return
            if isinstance(error, UserFacingError):
                self.dialog.set_error(error_message(error))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        self._plans.run("import-plan", work, on_success=done, on_failure=failed)

    def _commit(self) -> None:
        assert self.dialog is not None and self.prepared is not None
        plan, headers, context = self.dialog.plan, self.prepared.raw.headers, self.context
        if plan is None:
            self._next()
            return
        today = context.clock.today()
        self._show_progress(QCoreApplication.translate("ImportFlow", "Importing %1…").replace(
            "%1", plan.source_name), busy=False)

        def work(job: Job) -> importing.ImportResult:
            try:
                return importing.commit(
                    context.db, plan, settings=context.settings, as_of=today, headers=headers,
                    progress=lambda fraction, _stage: job.progress(int(fraction * 100), 100),
                    cancelled=lambda: job.cancelled)
            except importing.ImportCancelled:
                job.raise_if_cancelled()
                raise

        job = context.jobs.run("import-write", work, on_success=self._written,
                                on_failure=self._failed, on_cancelled=self._cancelled,
                                on_progress=self._on_progress)
        self._cancel_with_progress(job)

    def _written(self, result: importing.ImportResult) -> None:
        self._close_progress()
        self.results.append(result)
        for what in CHANGED:
            self.context.signals.data_changed.emit(what)
        background.refresh_reminders(self.context)
        self.context.signals.status_message.emit(
            QCoreApplication.translate("ImportFlow", "Imported %1, %2.")
            .replace("%1", ImportCounts.tr("%Ln purchase(s)", "",
                                                      result.purchases_added))
            .replace("%2", new_people_count(person_of(self.context.settings),
                                            result.customers_created)
                     or ImportCounts.tr("%Ln new customer(s)", "", result.customers_created)))
        self._next()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _cancelled(self) -> None:
        self._close_progress()
        self.context.signals.status_message.emit(
            QCoreApplication.translate("ImportFlow", "Import cancelled; nothing was changed."))
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, UserFacingError):
            show_user_error(self.window, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        self._next()

    def _show_progress(self, text: str, busy: bool) -> None:
        self._close_progress()
        progress = QProgressDialog(text, QCoreApplication.translate("ImportFlow", "Cancel"), 0,
                                   0 if busy else 100, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

    def _cancel_with_progress(self, job: Job) -> None:
        if self.progress is not None:
            self.progress.canceled.connect(job.cancel)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None


def undo_import(window: QWidget, context: AppContext) -> QMessageBox:
    """File → Undo an import…: confirms the latest import's undo, then runs it in the background."""
    batch = importing.last_undoable(context.db)
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("ImportFlow", "Undo an import"))
    if batch is None:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(QCoreApplication.translate("ImportFlow", "There is no import to undo."))
        box.open()
        return box
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(QCoreApplication.translate("ImportFlow", "Undo the import of %1 (%2)?")
                .replace("%1", batch.file_name).replace("%2", str(batch.created_at)[:16]))
    box.setInformativeText(
        ImportCounts.tr(
            "This removes its %Ln purchase(s) and the customers it created that "
            "have nothing else. A backup copy of your data is made first.", "",
            batch.purchases_added))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(button: int) -> None:
        if button == QMessageBox.StandardButton.Yes:
            run_undo(window, context, batch.id)

    box.finished.connect(answered)
    box.open()
    return box


def run_undo(window: QWidget, context: AppContext, batch_id: int) -> Job:
    clock = context.clock

    def work(_job: Job) -> importing.UndoResult:
        return importing.undo_last(context.db, batch_id, settings=context.settings,
                                   now=clock.now(), as_of=clock.today())

    def done(result: importing.UndoResult) -> None:
        for what in CHANGED:
            context.signals.data_changed.emit(what)
        background.refresh_reminders(context)
        context.signals.status_message.emit(
            QCoreApplication.translate("ImportFlow", "Import undone: removed %1 and %2.")
            .replace("%1", ImportCounts.tr("%Ln purchase(s)", "",
                                                      result.purchases_removed))
            .replace("%2", ImportCounts.tr("%Ln customer(s)", "",
                                                      result.customers_removed)))

    def failed(error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            show_user_error(window, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    return context.jobs.run("undo-import", work, on_success=done, on_failure=failed)
