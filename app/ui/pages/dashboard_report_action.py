"""The Dashboard's "Report…" button: ask where to save, write the PDF in a background job, then say
where it is. The month is the one the period chooser shows (a quarter, a year or a range: the
month it ends in), so the default is the chooser's default, the last full month."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.services.dashboard.periods import Period, calendar_period
from app.services.dashboard.report_data import check_output
from app.services.errors import UserFacingError
from app.ui.context import AppContext
from app.ui.crash_dialog import show_user_error
from app.ui.pages.dashboard_report import make_report, month_title


class ReportAction(QObject):
    def __init__(self, page: QWidget, context: AppContext,
                 chosen: Callable[[], Period]) -> None:
        super().__init__(page)
        self.page, self.context, self.chosen = page, context, chosen
        self.button = QPushButton(self.tr("Report…"))
        self.button.setToolTip(self.tr(
            "A PDF for the month you can print or send: the figures against the previous month "
            "and the same month last year, the pictures, segments and reminders."))
        self.button.clicked.connect(self.start)

    def month(self) -> Period:
        today = self.context.clock.today()
        period = self.chosen()
        if period.kind == "month":
            return period
        return calendar_period("month", min(period.last_date, today))

    def start(self) -> None:
        month = self.month()
        language = self.context.language
        name = self.tr("report-%1.pdf").replace("%1", month.first_date.isoformat()[:7])
        suggested = Path.home() / name
        chosen, _filter = QFileDialog.getSaveFileName(
            self.page, self.tr("Save the monthly report"), str(suggested),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            check_output(path)
        except UserFacingError as error:
            show_user_error(self.page, error)
            return
        db, today = self.context.db, self.context.clock.today()
        self.button.setEnabled(False)
        self.button.setText(self.tr("Writing the report…"))
        title = month_title(month, language)
        self.context.jobs.run(
            "monthly-report", lambda _job: make_report(db, month, today, language, path),
            on_success=lambda _result: self._done(path, title), on_failure=self._failed)

    def _finish(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Report…"))

    def _done(self, path: Path, title: str) -> None:
        self._finish()
        self.context.signals.status_message.emit(
            self.tr("Report saved: %1").replace("%1", str(path)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Monthly report"),
                          self.tr("The report for %1 is saved:\n%2").replace("%1", title)
                          .replace("%2", str(path)), QMessageBox.StandardButton.Close, self.page)
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is opener:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, UserFacingError):
            show_user_error(self.page, error)
        else:  # a bug: the crash dialog
            sys.excepthook(type(error), error, error.__traceback__)

