"""Autopilot…: who would get which automatic e-mail on which day this week, with the filled
text, and one click to exclude a person or a single message.

The preview (it runs the reminder rules for each coming day) is a job; the dialog only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.autopilot import outbox, suggestion
from app.services.autopilot.planning import PreviewItem, preview
from app.services.business import vocabulary
from app.services.messages.context import message_language
from app.services.settings import BUSINESS_TYPE
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.dialogs.scheduler_panel import Finder, SchedulerPanel
from app.ui.jobs import Job, LatestJobs
from app.ui.rule_names import rule_label
from app.ui.table_models.records_model import Column, RecordsTableModel


class AutopilotDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 find_scheduler: Finder | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = LatestJobs(context.jobs)
        self.setWindowTitle(self.tr("Autopilot: the next 7 days"))
        self.resize(1040, 640)
        language = context.language
        order = vocabulary(context.settings.get(BUSINESS_TYPE)).order
        self.model = RecordsTableModel([
            Column(self.tr("Day"), lambda i: formatting.date(i.day, language),
                   lambda i: (i.day, i.name)),
            Column(self.tr("Customer"), lambda i: i.name),
            Column(self.tr("E-mail"), lambda i: i.email),
            Column(self.tr("Reminder"), lambda i: rule_label(i.rule, order)),
            # Why it will not go by itself (no marketing consent); empty for what will go.
            Column(self.tr("Note"), lambda i: QCoreApplication.translate("autopilot", i.reason)
                   if i.reason else ""),
        ])  # the subject heads the text at the right
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.status = QLabel(self.tr("Working out the week…"))
        self.status.setWordWrap(True)
        self.exclude_message = QPushButton(self.tr("Don't send this message"))
        self.exclude_person = QPushButton(self.tr("Never send automatically to this person"))
        self.exclude_message.clicked.connect(lambda: self._exclude(outbox.MESSAGE))
        self.exclude_person.clicked.connect(lambda: self._exclude(outbox.PERSON))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([680, 340])
        row = QHBoxLayout()
        row.addWidget(self.exclude_message)
        row.addWidget(self.exclude_person)
        row.addStretch(1)
        self.log_button = QPushButton(self.tr("Log…"))
        self.log_button.setToolTip(self.tr("What was sent automatically, what failed and why"))
        self.log_button.clicked.connect(self.open_log)
        row.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_hint())
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.scheduler = SchedulerPanel(context, find_scheduler)
        layout.addWidget(self.scheduler)
        layout.addWidget(buttons)
        self._set_buttons()
        self.reload()

    def _build_hint(self) -> QFrame:
        """Shown once, when e-mail works and nothing is automatic yet."""
        self.hint = QFrame()
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr(
            "Let the two messages that need no personal touch go by themselves: the thank-you "
            "three days after a purchase and the birthday greeting. Everything else stays on "
            "Today for you to write personally."))
        text.setWordWrap(True)
        self.hint_on = QPushButton(self.tr("Turn these two on"))
        self.hint_no = QPushButton(self.tr("No, thanks"))
        self.hint_on.clicked.connect(self._take_hint)
        self.hint_no.clicked.connect(self._dismiss_hint)
        row = QHBoxLayout(self.hint)
        row.addWidget(text, 1)
        row.addWidget(self.hint_on)
        row.addWidget(self.hint_no)
        self.hint.setVisible(suggestion.should_suggest(self.context.settings))
        return self.hint

    def _take_hint(self) -> None:
        suggestion.turn_on_suggested(self.context.settings)
        self.hint.hide()
        self.context.signals.data_changed.emit("settings")
        self.reload()

    def _dismiss_hint(self) -> None:
        suggestion.dismiss(self.context.settings)
        self.hint.hide()

    def open_log(self) -> None:
        from app.ui.dialogs.autopilot_log import AutopilotLogDialog

        AutopilotLogDialog(self.context, self).open()

    def reload(self) -> None:
        context = self.context
        today = context.clock.today()
        language = message_language(context.settings, context.language)

        def work(_job: Job) -> list[PreviewItem]:
            return preview(context.db, context.settings, today, language)

        self.jobs.run("preview", work, on_success=self._show)

    def _show(self, items: list[PreviewItem]) -> None:
        self.model.set_records(items)
        self.table.resizeColumnsToContents()
        if items:
            self.status.setText(self.tr(
                "These e-mails go out by themselves, within the quiet hours and the daily "
                "limit. Select one to read it; exclude what should not go."))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr(
                "Nothing goes out automatically this week. Turn on “Autopilot” for a reminder "
                "in Settings → Reminders; customers need an e-mail address."))
        self._show_text()

    def _selected(self) -> PreviewItem | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= len(self.model.records):
            return None
        item: PreviewItem = self.model.records[index.row()]
        return item

    def _show_text(self) -> None:
        item = self._selected()
        text = f"{item.subject}\n\n{item.body}" if item else ""
        if item and item.reason:  # it will not go by itself: say why above the text
            text = QCoreApplication.translate("autopilot", item.reason) + "\n\n" + text
        self.text.setPlainText(text)
        self._set_buttons()

    def _set_buttons(self) -> None:
        chosen = self._selected() is not None
        self.exclude_message.setEnabled(chosen)
        self.exclude_person.setEnabled(chosen)

    def _exclude(self, kind: str) -> None:
        item = self._selected()
        if item is None:
            return
        outbox.exclude(self.context.db, kind, item.customer_id, item.rule, item.day)
        self.reload()
