"""File → Import survey answers…: a Google Forms responses CSV read and written in a job, then a
summary (added, already stored, not matched with their lines). Apart from the sales import: a
survey adds scores to known customers and never creates customers or purchases."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import UserFacingError
from app.services.feedback.survey import SurveyResult, import_survey
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message

SHOWN_UNMATCHED = 15


def import_survey_file(parent: QWidget, context: AppContext) -> None:
    title = QCoreApplication.translate("FeedbackImport", "Import survey answers")
    files = QCoreApplication.translate("FeedbackImport",
                                       "Survey export (*.csv *.zip);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", files)
    if not name:
        return
    path = Path(name)

    def work(_job: object) -> SurveyResult:
        return import_survey(context.db, context.settings, path)

    def done(result: SurveyResult) -> None:
        context.signals.data_changed.emit("tasks")
        QMessageBox.information(parent, title, summary_html(result))

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(parent, title, error_message(error))

    context.jobs.run("survey import", work, on_success=done, on_failure=failed)


def summary_html(result: SurveyResult) -> str:
    added = QCoreApplication.translate("FeedbackImport", "Scores added: %1")
    already = QCoreApplication.translate("FeedbackImport", "Already stored: %1")
    opened = QCoreApplication.translate("FeedbackImport", "Complaints opened (scores 0–6): %1")
    lines = [added.replace("%1", str(result.added)),
             already.replace("%1", str(result.already)),
             opened.replace("%1", str(result.complaints))]
    skipped = [*result.not_matched, *result.rejected]
    if skipped:
        left_out = QCoreApplication.translate(
            "FeedbackImport", "Not imported: %1 (no customer is created from a survey)")
        lines.append(left_out.replace("%1", str(len(skipped))))
        line = QCoreApplication.translate("FeedbackImport", "line %1")
        items = "".join(
            f"<li>{line.replace('%1', str(u.line))}: {escape(u.contact) or '—'} — "
            f"{QCoreApplication.translate('feedback', u.reason)}</li>"
            for u in skipped[:SHOWN_UNMATCHED])
        more = len(skipped) - SHOWN_UNMATCHED
        tail = QCoreApplication.translate("FeedbackImport", "…and %1 more").replace(
            "%1", str(more)) if more > 0 else ""
        lines.append(f"<ul>{items}</ul>{tail}")
    return "<br>".join(lines)
