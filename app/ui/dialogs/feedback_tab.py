"""The customer card's Feedback tab: their scores and complaints, with Record a score, Log a
complaint and a complaint's status change (double-click or Edit). Writes go through
services.feedback.records; each is one small transaction, so they run on the GUI thread as the
card's own save does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError
from app.services.feedback import records
from app.services.feedback.records import ComplaintLine, ScoreLine
from app.services.settings import CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.dialogs.feedback_dialogs import (
    ComplaintDialog,
    ScoreDialog,
    day_of,
    source_label,
    status_label,
)
from app.ui.table_models.records_model import Column, RecordsTableModel


class FeedbackTab(QWidget):
    def __init__(self, context: AppContext, customer_id: int, name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.customer_id, self._name = context, customer_id, name
        lang, currency = context.language, context.settings.get(CURRENCY)
        self.scores_model = RecordsTableModel([
            Column(self.tr("Date"), lambda s: formatting.date(s.day, lang), lambda s: s.day),
            Column(self.tr("Score"), lambda s: str(s.score), lambda s: s.score, numeric=True),
            Column(self.tr("Comment"), lambda s: s.comment),
            Column(self.tr("From"), lambda s: source_label(s.source)),
        ])
        self.complaints_model = RecordsTableModel([
            Column(self.tr("Opened"), lambda c: formatting.date(c.opened_on, lang),
                   lambda c: c.opened_on),
            Column(self.tr("Complaint"), lambda c: c.text or (
                self.tr("Score %1").replace("%1", str(c.score)) if c.score is not None else "")),
            Column(self.tr("Status"), lambda c: status_label(c.status)),
            Column(self.tr("Resolution"), lambda c: c.resolution),
            Column(self.tr("Compensation"), lambda c: ", ".join(filter(None, (
                c.compensation, formatting.money(c.compensation_minor, currency, lang)
                if c.compensation_minor else "")))),
            Column(self.tr("Resolved"), lambda c: formatting.date(c.resolved_on, lang)),
        ])
        self.scores_view = _table(self.scores_model, stretch=2, widths=(96, 60, 0, 110))
        self.complaints_view = _table(self.complaints_model, stretch=1,
                                      widths=(96, 0, 100, 160, 130, 96))
        self.complaints_view.doubleClicked.connect(lambda _i: self.edit_complaint())
        self.score_button = QPushButton(self.tr("Record a score…"))
        self.complaint_button = QPushButton(self.tr("Log a complaint…"))
        self.edit_button = QPushButton(self.tr("Change status…"))
        self.score_button.clicked.connect(self.record_score)
        self.complaint_button.clicked.connect(self.log_complaint)
        self.edit_button.clicked.connect(self.edit_complaint)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty_scores = QLabel(self.tr("No scores yet. Ask “How likely are you to "
                                           "recommend us, from 0 to 10?” and record the answer "
                                           "here, or import a survey from the File menu."))
        self.empty_scores.setWordWrap(True)
        self.empty_scores.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        for button in (self.score_button, self.complaint_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        scores_title, complaints_title = self.tr("Scores"), self.tr("Complaints")
        layout.addWidget(QLabel(f"<b>{scores_title}</b>"))
        layout.addWidget(self.empty_scores)
        layout.addWidget(self.scores_view, 1)
        layout.addWidget(QLabel(f"<b>{complaints_title}</b>"))
        layout.addWidget(self.complaints_view, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        found = records.customer_feedback(self.context.db, self.customer_id)
        self.scores_model.set_records(found.scores)
        self.complaints_model.set_records(found.complaints)
        self.empty_scores.setVisible(not found.scores)
        self.scores_view.setVisible(bool(found.scores))
        self.edit_button.setEnabled(bool(found.complaints))
        if found.complaints and self.complaints_view.currentIndex().row() < 0:
            self.complaints_view.selectRow(0)
        self.summary.setText(self._summary(found.scores, found.complaints))

    def _summary(self, scores: list[ScoreLine], complaints: list[ComplaintLine]) -> str:
        parts = []
        if scores:
            last = scores[0]
            parts.append(self.tr("Latest score: %1 of 10 (%2)").replace("%1", str(last.score))
                         .replace("%2", formatting.date(last.day, self.context.language)))
        unresolved = sum(c.status != "resolved" for c in complaints)
        if unresolved:
            parts.append(self.tr("%n complaint(s) not resolved yet", "", unresolved))
        return " · ".join(parts)

    def _today(self) -> dt.date:
        return self.context.clock.today()

    def record_score(self) -> None:
        dialog = ScoreDialog(self._name(), self._today(), self.context.language, self)
        if dialog.exec() != ScoreDialog.DialogCode.Accepted:
            return
        self._write(lambda: records.record_score(
            self.context.db, self.context.settings, self.customer_id,
            dialog.score_spin.value(), day_of(dialog.date_edit),
            dialog.comment_edit.toPlainText()))

    def log_complaint(self) -> None:
        dialog = ComplaintDialog(self._name(), self._today(), self.context.language,
                                 self.context.settings.get(CURRENCY), parent=self)
        if dialog.exec() != ComplaintDialog.DialogCode.Accepted:
            return
        self._write(lambda: records.log_complaint(
            self.context.db, self.context.settings, self.customer_id,
            dialog.text_edit.toPlainText(),
            day_of(dialog.date_edit)))

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserFacingError as exc:
            self.context.signals.status_message.emit(error_message(exc))
            return
        self.context.signals.data_changed.emit("tasks")
        self.load()

    def edit_complaint(self) -> None:
        row = self.complaints_view.currentIndex().row()
        if row < 0:
            return
        complaint = self.complaints_model.records[row]
        edit_complaint(self.context, complaint, self._name(), self, self.load)


def edit_complaint(context: AppContext, complaint: ComplaintLine, name: str, parent: QWidget,
                   after: Callable[[], None]) -> None:
    """The complaint's status dialog, for the card and the Today task alike."""
    dialog = ComplaintDialog(name, context.clock.today(), context.language,
                             context.settings.get(CURRENCY), complaint, parent)
    if dialog.exec() != ComplaintDialog.DialogCode.Accepted:
        return
    try:
        records.update_complaint(
            context.db, complaint.id, status=dialog.status(),
            resolution=dialog.resolution_edit.toPlainText(),
            compensation=dialog.compensation_edit.text(),
            compensation_minor=dialog.compensation_minor(), today=context.clock.today(),
            now=context.clock.now())
    except UserFacingError as exc:
        context.signals.status_message.emit(error_message(exc))
    context.signals.data_changed.emit("tasks")
    after()


def _table(model: RecordsTableModel, stretch: int, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            view.setColumnWidth(column, width)
    return view
