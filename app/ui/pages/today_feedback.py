"""Feedback on the Today page: the "Record their answer…" link shown after Done, and the
complaint's status button on a complaint's reminder. Kept apart from the page so the page
stays about the list."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject

from app.models import ScoreSource
from app.services.errors import UserFacingError
from app.services.feedback import records
from app.services.reminders.tasks import TaskItem
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.dialogs.feedback_dialogs import ScoreDialog, day_of
from app.ui.dialogs.feedback_tab import edit_complaint
from app.ui.pages.today_detail import TaskDetail


class TodayFeedback(QObject):
    def __init__(self, context: AppContext, detail: TaskDetail,
                 current_task: Callable[[], TaskItem | None]) -> None:
        super().__init__(detail)
        self.context, self.detail, self._current = context, detail, current_task
        self._answering: tuple[int, str] | None = None
        detail.answer_link.linkActivated.connect(lambda _link: self.record_answer())
        detail.complaint_button.clicked.connect(self.edit_complaint)

    def show_task(self, task: TaskItem | None) -> None:
        self.detail.complaint_button.setVisible(
            task is not None and task.rule == records.COMPLAINT_RULE
            and isinstance(task.params.get("complaint_id"), int))

    def offer_answer(self, customer_id: int, name: str) -> None:
        """After Done: the customer may have answered how satisfied they are."""
        self._answering = (customer_id, name)
        self.detail.answer_link.setText(
            self.tr("Did %1 give a score? <a href=\"score\">Record their answer…</a>")
            .replace("%1", escape(name)))
        self.detail.answer_link.show()

    def record_answer(self) -> None:
        if self._answering is None:
            return
        customer_id, name = self._answering
        dialog = ScoreDialog(name, self.context.clock.today(), self.context.language,
                             self.detail)
        if dialog.exec() != ScoreDialog.DialogCode.Accepted:
            return
        try:
            records.record_score(self.context.db, self.context.settings, customer_id,
                                 dialog.score_spin.value(),
                                 day_of(dialog.date_edit),
                                 dialog.comment_edit.toPlainText(), ScoreSource.TODAY.value)
        except UserFacingError as exc:
            self.context.signals.status_message.emit(error_message(exc))
            return
        self._answering = None
        self.detail.answer_link.hide()
        self.context.signals.status_message.emit(
            self.tr("Score recorded: %1.").replace("%1", name))
        self.context.signals.data_changed.emit("tasks")

    def edit_complaint(self) -> None:
        task = self._current()
        if task is None:
            return
        complaint = records.get_complaint(self.context.db, int(task.params["complaint_id"]))
        if complaint is None:
            return
        edit_complaint(self.context, complaint, task.name, self.detail, lambda: None)
