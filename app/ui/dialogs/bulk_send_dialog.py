"""Messages to many customers at once (a segment, a selection, today's list).

Preview every filled-in message, see who is skipped and why, then export a CSV for a mailing
service, open the messages one by one in their apps (one_by_one.py), or send the e-mails in the
background: progress, a polite pace, cancel, and a result per recipient. What was sent is logged
at once; the ones not sent (failed or cancelled) can be sent again with one button. Without an
e-mail server in Settings, sending is unavailable and the dialog says why.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import Channel
from app.services.messages.bulk import (
    EACH_TASK,
    PREFERRED,
    BulkPlan,
    TaskRef,
    export_csv,
    prepare_bulk,
)
from app.services.messages.context import message_language
from app.services.messages.library import TemplateInfo, ensure_builtin_templates, list_templates
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.sending import SendResult, SmtpConfig, send_batch
from app.services.names import display_name
from app.services.reminders.answers import close_answered_tasks, log_exported
from app.services.settings import SEND_DELAY_SECONDS
from app.ui import business_words as words
from app.ui.context import AppContext
from app.ui.dialogs.one_by_one import OneByOneBar
from app.ui.dialogs.smtp_password_dialog import (
    confirm_plain_login,
    obtain_password,
    result_text,
)
from app.ui.jobs import Job, LatestJobs
from app.ui.message_actions import channel_label, variable_label
from app.ui.table_models.records_model import Column, RecordsTableModel


class BulkSendDialog(QDialog):
    def __init__(self, context: AppContext, customer_ids: Sequence[int], source: str = "",
                 template: str | int | None = None, parent: QWidget | None = None,
                 tasks: Sequence[TaskRef] = ()) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_ids = list(customer_ids)
        self.task_refs = list(tasks)
        self.plan = BulkPlan()
        self.results: dict[int | None, SendResult] = {}  # customer id -> last send result
        self.opened: set[int | None] = set()  # customers whose message was opened one by one
        self.send_job: Job | None = None
        self._prepare_job: Job | None = None
        self._sending: list[OutgoingMessage] = []
        self._prepares = LatestJobs(context.jobs)
        person = words.person_of(context.settings)  # "Message to many students" for a tutor
        self.setWindowTitle(words.by_person(
            person, self.tr("Message to many customers"), self.tr("Message to many clients"),
            self.tr("Message to many students")))
        self.resize(980, 640)
        ensure_builtin_templates(context.db)

        self.language_combo = QComboBox()
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        lang = message_language(context.settings, context.language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.template_combo = QComboBox()
        self.template_combo.setMinimumContentsLength(24)
        self.templates: list[TemplateInfo | None] = []  # None: each reminder's own script
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(words.by_person(
            person, self.tr("Each customer's preferred channel"),
            self.tr("Each client's preferred channel"),
            self.tr("Each student's preferred channel")), PREFERRED)
        for channel in (Channel.EMAIL, Channel.WHATSAPP, Channel.TELEGRAM, Channel.SMS):
            self.channel_combo.addItem(channel_label(channel), str(channel))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet("color: #b91c1c;")
        self.gaps_label.setVisible(False)

        who = words.by_person(person, self.tr("Customer"), self.tr("Client"), self.tr("Student"))
        self.items_model = RecordsTableModel([
            Column(who, lambda i: display_name(i.name)),
            Column(self.tr("Channel"), lambda i: channel_label(i.channel)),
            Column(self.tr("Address"), lambda i: i.email if i.channel == Channel.EMAIL
                   else i.phone),
            Column(self.tr("Message"), lambda i: " ".join(i.body.split())[:90]),
            Column(self.tr("Result"), self._result_text),
        ])
        self.skipped_model = RecordsTableModel([
            Column(who, lambda s: display_name(s.name) or f"#{s.customer_id}"),
            Column(self.tr("Reason"), lambda s: QCoreApplication.translate("bulk", s.reason)),
            Column(self.tr("Details"), lambda s: channel_label(s.detail) if s.detail in
                   tuple(Channel) else s.detail),
        ])
        self.items_view = _table(self.items_model)
        self.items_view.selectionModel().selectionChanged.connect(self._show_selected)
        self.skipped_view = _table(self.skipped_model)
        self.skipped_view.setColumnWidth(1, 320)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.tabs = QTabWidget()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.items_view)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 160])
        self.one_by_one = OneByOneBar(context, self.items_view, self.items_model, self._opened)
        messages = QWidget()
        messages_layout = QVBoxLayout(messages)
        messages_layout.setContentsMargins(0, 0, 0, 0)
        messages_layout.addWidget(splitter, 1)
        messages_layout.addWidget(self.one_by_one)
        self.tabs.addTab(messages, self.tr("Messages"))
        self.tabs.addTab(self.skipped_view, self.tr("Skipped"))

        self.progress = QProgressBar()
        self.progress.setFixedWidth(260)
        self.progress.setVisible(False)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.send_button = QPushButton(self.tr("Send e-mails"))
        self.mail_note = QLabel()  # why e-mails cannot be sent from here, when they cannot
        self.mail_note.setWordWrap(True)
        self.mail_note.setStyleSheet("color: #92400e;")
        self.mail_note.setVisible(False)
        self.retry_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Stop sending"))
        close_button = QPushButton(self.tr("Close"))
        self.export_button.clicked.connect(self.export)
        self.send_button.clicked.connect(self.send_emails)
        self.retry_button.clicked.connect(self.retry_failed)
        self.cancel_button.clicked.connect(self.cancel_sending)
        close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language_combo)
        top.addWidget(QLabel(self.tr("Script")))
        top.addWidget(self.template_combo, 1)
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel_combo)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.send_button, self.retry_button,
                       self.cancel_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        if source:
            heading = QLabel(f"<b>{source}</b>")
            layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.mail_note)
        layout.addLayout(buttons)

        self._load_templates(template)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._load_templates(None))
        self.template_combo.currentIndexChanged.connect(lambda _i: self.prepare())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.prepare())
        # The owner may fill in the e-mail server while this (non-modal) dialog stays open.
        context.signals.data_changed.connect(self._data_changed)
        self.prepare()

    # ------------------------------------------------------------------ preparing

    def _load_templates(self, wanted: str | int | None) -> None:
        self.templates = list(list_templates(self.context.db, self.language_combo.currentData()))
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        index = 0
        if self.task_refs:  # today's list: each reminder's own script comes first
            self.templates.insert(0, None)
        for i, template in enumerate(self.templates):
            if template is None:
                self.template_combo.addItem(self.tr("Each reminder's suggested script"))
                continue
            self.template_combo.addItem(template.name)
            if wanted is not None and wanted in (template.builtin_key, template.id,
                                                 str(template.id)):
                index = i
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)
        self.prepare()

    def prepare(self) -> None:
        """Fill every message in the background (a segment can be thousands of customers)."""
        index = self.template_combo.currentIndex()
        if not 0 <= index < len(self.templates) or self.is_sending():
            return
        template = self.templates[index]
        if template is None:
            key: str | int = EACH_TASK
            language = self.language_combo.currentData()
        else:
            key = template.id if template.id is not None else template.builtin_key or ""
            language = template.language
        channel = self.channel_combo.currentData()
        refs = self.task_refs
        ctx = self.context
        ids = self.customer_ids
        self.summary.setText(self.tr("Preparing messages…"))
        self._prepare_job = self._prepares.run(
            "prepare messages",
            lambda job: prepare_bulk(ctx.db, ctx.settings, ids, key, channel, language,
                                     ctx.clock.today(), tasks=refs),
            on_success=self._prepared, cancel_older=True)
        self._update_buttons()

    def _prepared(self, plan: BulkPlan) -> None:
        self._prepare_job = None
        self.plan = plan
        self.results = {}
        self.items_model.set_records(plan.items)
        self.skipped_model.set_records(plan.skipped)
        self.tabs.setTabText(0, self.tr("Messages (%1)").replace("%1", str(len(plan.items))))
        self.tabs.setTabText(1, self.tr("Skipped (%1)").replace("%1", str(len(plan.skipped))))
        if plan.items:
            self.items_view.selectRow(0)
        else:
            self.preview.clear()
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        emails = len(self.plan.emails())
        text = self.tr("Ready: %1 · skipped: %2 · by e-mail: %3.")
        text = text.replace("%1", str(len(self.plan.items))).replace(
            "%2", str(len(self.plan.skipped))).replace("%3", str(emails))
        if self.results:
            sent = sum(r.ok for r in self.results.values())
            failed = sum(not r.ok for r in self.results.values())
            text += " " + self.tr("Sent: %1. Not sent: %2.").replace("%1", str(sent)).replace(
                "%2", str(failed))
        if self.plan.problem:
            text = QCoreApplication.translate("templates", self.plan.problem)
        self.summary.setText(text)
        self.gaps_label.setText(self.gaps_text())
        self.gaps_label.setVisible(bool(self.plan.gaps))

    def gaps_text(self) -> str:
        """A warning naming the empty variables that leave gaps, in the owner's words."""
        if not self.plan.gaps:
            return ""
        names = "; ".join(f"{variable_label(name)} ({count})"
                          for name, count in self.plan.gaps.items())
        return self.tr("Some messages have a gap where a value is empty: %1. Check them or "
                       "edit the script before sending.").replace("%1", names)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.items_view.selectionModel().selectedRows()
        if not rows:
            return
        item: OutgoingMessage = self.items_model.records[rows[0].row()]
        self.preview.setPlainText(item.text)

    def _result_text(self, item: OutgoingMessage) -> str:
        result = self.results.get(item.customer_id)
        if result is not None:
            return result_text(result)
        return self.tr("Opened") if item.customer_id in self.opened else ""

    def _opened(self, item: OutgoingMessage) -> None:
        self.opened.add(item.customer_id)
        row = self.items_model.records.index(item)
        self.items_model.dataChanged.emit(self.items_model.index(row, 4),
                                          self.items_model.index(row, 4))

    def _data_changed(self, what: str) -> None:
        if what == "settings":
            self._update_buttons()

    def mail_problem(self) -> str:
        """Why e-mails cannot be sent from here (translated), or "" when they can."""
        problem = SmtpConfig.from_settings(self.context.settings).problem()
        if problem is None:
            return ""
        return self.tr("Sending e-mails from here is unavailable. %1 Meanwhile, open them one "
                       "by one in your mail app, or export a CSV.").replace(
            "%1", QCoreApplication.translate("sending", problem))

    def is_sending(self) -> bool:
        return self.send_job is not None

    def _update_buttons(self) -> None:
        sending, preparing = self.is_sending(), self._prepare_job is not None
        emails = len(self.plan.emails())
        failed = len(self.failed_items())
        self.export_button.setEnabled(bool(self.plan.items) and not sending and not preparing)
        no_server = self.mail_problem()
        self.send_button.setEnabled(emails > 0 and not sending and not preparing
                                    and not no_server)
        self.send_button.setText(self.tr("Send %n e-mail(s)", "", emails))
        self.send_button.setToolTip(no_server or ("" if emails else self.tr(
            "None of these customers prefers e-mail. For messengers, export a CSV or write to "
            "them one by one.")))
        self.mail_note.setText(no_server)
        self.mail_note.setVisible(bool(no_server) and emails > 0)
        self.one_by_one.setEnabled(bool(self.plan.items) and not sending and not preparing)
        self.one_by_one.update_state()
        self.retry_button.setText(self.tr("Retry unsent (%1)").replace("%1", str(failed)))
        self.retry_button.setVisible(failed > 0)
        self.retry_button.setEnabled(failed > 0 and not sending)
        self.cancel_button.setVisible(sending)
        for combo in (self.language_combo, self.template_combo, self.channel_combo):
            combo.setEnabled(not sending)

    # ------------------------------------------------------------------ export and sending

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export messages"),
                                              "messages.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            count = export_csv(self.plan.items, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export messages"), self.tr(
                "Could not write the file: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.summary.setText(self.tr("%n message(s) exported to %1.", "", count).replace(
            "%1", Path(path).name))
        # An exported message goes out through the mailing service: log it like a sent one.
        ctx, items = self.context, list(self.plan.items)
        ctx.jobs.run("log exported", lambda _job: log_exported(ctx.db, items, ctx.clock.now()),
                      on_success=lambda _n: self._logged())

    def _logged(self) -> None:
        for what in ("contacts", "tasks"):
            self.context.signals.data_changed.emit(what)

    def failed_items(self) -> list[OutgoingMessage]:
        return [i for i in self.plan.items if i.channel == Channel.EMAIL
                and i.customer_id in self.results and not self.results[i.customer_id].ok]

    def send_emails(self) -> None:
        items = [i for i in self.plan.items if i.channel == Channel.EMAIL]
        question = self.tr(
            "Send %n e-mail(s) now? Each is noted in the customer's history.", "", len(items))
        gaps = self.gaps_text()
        answer = QMessageBox.question(self, self.tr("Send e-mails"),
                                      f"{gaps}\n\n{question}" if gaps else question)
        if answer == QMessageBox.StandardButton.Yes:
            self._start(items)

    def retry_failed(self) -> None:
        self._start(self.failed_items())

    def _start(self, items: list[OutgoingMessage]) -> None:
        if not items:
            return
        config = confirm_plain_login(self.context.settings,
                                     SmtpConfig.from_settings(self.context.settings), self)
        if config is None:
            return
        go_on, password = obtain_password(config, self)
        if not go_on:
            return
        ctx, emails = self.context, list(items)
        delay = float(ctx.settings.get(SEND_DELAY_SECONDS))
        self._sending = items
        results = self.results

        def work(job: Job) -> list[SendResult]:
            def on_result(index: int, result: SendResult) -> None:
                results[items[index].customer_id] = result  # read on the GUI thread after...
                job.progress(index + 1, len(items), "")  # ...this queued signal arrives

            sent = send_batch(ctx.db, config, password, emails, now=ctx.clock.now, delay=delay,
                              cancelled=lambda: job.cancelled, on_result=on_result)
            delivered = [item for item, result in zip(items, sent, strict=False) if result.ok]
            close_answered_tasks(ctx.db, delivered, ctx.clock.now())
            return sent

        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.send_job = ctx.jobs.run("send e-mails", work, on_success=self._finished,
                                      on_progress=self._progressed,
                                      on_failure=self._crashed, on_cancelled=self._stopped)
        self._update_buttons()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setValue(done)
        self.items_model.layoutChanged.emit()  # the Result column changed
        self._update_summary()

    def _finished(self, results: list[SendResult]) -> None:
        for item, result in zip(self._sending, results, strict=False):
            self.results[item.customer_id] = result
        self._done()

    def _stopped(self) -> None:
        self._done()

    def _crashed(self, error: BaseException) -> None:
        self._done()
        sys.excepthook(type(error), error, error.__traceback__)

    def _done(self) -> None:
        self.send_job = None
        self._sending = []
        self.progress.setVisible(False)
        self.items_model.layoutChanged.emit()
        self._update_summary()
        self._update_buttons()
        self._logged()

    def cancel_sending(self) -> None:
        if self.send_job is not None:
            self.send_job.cancel()
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self.send_job is not None:
            self.send_job.cancel()  # what was sent stays logged; the rest can be sent later
        super().reject()


def _table(model: RecordsTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(0, 190)
    view.setColumnWidth(1, 110)
    view.setColumnWidth(2, 230)
    view.setColumnWidth(3, 300)
    return view


def open_bulk_send(context: AppContext, customer_ids: Sequence[int], parent: QWidget | None,
                   source: str = "", template: str | int | None = None,
                   tasks: Sequence[TaskRef] = ()) -> BulkSendDialog:
    """Entry point for the Segments, Customers and Today pages (non-modal)."""
    dialog = BulkSendDialog(context, customer_ids, source, template, parent, tasks)
    dialog.show()
    return dialog
