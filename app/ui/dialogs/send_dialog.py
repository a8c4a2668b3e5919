"""Write to one customer: pick a script and a channel, adjust the text, then Copy, Open or Send.

Every channel the customer can be reached on is offered, the preferred one first selected. Open,
Send and "Mark as sent" log a Contact (one per customer a day, services.messages.contacts); Copy
alone does not, until the owner marks the copied message sent.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Channel
from app.services.messages.context import (
    CustomerFacts,
    build_context,
    load_facts,
    message_language,
    shop_values,
)
from app.services.messages.library import (
    TemplateInfo,
    ensure_builtin_templates,
    find_template,
    list_templates,
)
from app.services.messages.links import Recipient, has_channel
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.render import render_message
from app.services.messages.sending import SendResult, SmtpConfig, send_batch
from app.services.names import display_name
from app.services.phones import format_phone
from app.ui import background
from app.ui import business_words as words
from app.ui.context import AppContext
from app.ui.dialogs.smtp_password_dialog import (
    confirm_plain_login,
    obtain_password,
    result_text,
)
from app.ui.message_actions import (
    channel_label,
    copy_message,
    gap_warning,
    mark_sent,
    problem_text,
    try_open,
)

CHANNELS = (Channel.WHATSAPP, Channel.TELEGRAM, Channel.SMS, Channel.EMAIL)
ERROR_STYLE = "color: #b91c1c;"


class SendDialog(QDialog):
    def __init__(self, context: AppContext, customer_id: int,
                 template: str | int | None = None, task_id: int | None = None,
                 rule: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.customer_id = context, customer_id
        self.task_id, self.rule = task_id, rule
        self.person = words.person_of(context.settings)  # "Write to a student" for a tutor
        self.setWindowTitle(words.by_person(
            self.person, self.tr("Write to a customer"), self.tr("Write to a client"),
            self.tr("Write to a student")))
        self.resize(620, 520)
        ensure_builtin_templates(context.db)
        self.facts: CustomerFacts | None = load_facts(context.db, [customer_id]).get(customer_id)
        self.templates: list[TemplateInfo] = []
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.template_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.mail_note = QLabel()  # why "Send e-mail" is unavailable, when it is
        self.mail_note.setWordWrap(True)
        self.mail_note.setStyleSheet("color: #92400e;")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.open_button = QPushButton(self.tr("Open"))
        self.mark_button = QPushButton(self.tr("Mark as sent"))
        self.mark_button.setToolTip(self.tr(
            "You sent the copied text yourself: log it on the customer's card."))
        self.send_button = QPushButton(self.tr("Send e-mail"))
        close_button = QPushButton(self.tr("Close"))
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(self.open_in_app)
        self.mark_button.clicked.connect(self.mark_as_sent)
        self.send_button.clicked.connect(self.send_email)
        close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Script"), self.template_combo)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Subject"), self.subject_edit)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.open_button, self.mark_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.mail_note)
        layout.addLayout(buttons)

        self._fill_header_and_channels()
        language = message_language(context.settings, context.language)
        if template is not None:
            found = find_template(context.db, template, language)
            language = found.language if found else language
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self._load_templates(template)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._load_templates(None))
        self.template_combo.currentIndexChanged.connect(lambda _i: self.fill_in())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.fill_in()

    # ------------------------------------------------------------------ loading and rendering

    def _fill_header_and_channels(self) -> None:
        facts = self.facts
        if facts is None:
            self.header.setText(words.by_person(
                self.person, self.tr("This customer no longer exists."),
                self.tr("This client no longer exists."),
                self.tr("This student no longer exists.")))
            return
        parts = [f"<b>{_html(display_name(facts.name))}</b>"]
        if facts.phone_e164:
            parts.append(_html(format_phone(facts.phone_e164)))
        if facts.email:
            parts.append(_html(facts.email))
        if facts.telegram:
            parts.append(_html(facts.telegram))
        text = " · ".join(parts)
        if facts.do_not_contact:
            text += "<br><span style='color:#b91c1c'>" + self.tr(
                "This customer asked not to be contacted.") + "</span>"
        self.header.setText(text)
        recipient = self.recipient()
        for channel in CHANNELS:  # all of them, whatever the preferred one is
            if has_channel(channel, recipient):
                self.channel_combo.addItem(channel_label(channel), str(channel))
        preferred = self.channel_combo.findData(facts.preferred_channel or "")
        self.channel_combo.setCurrentIndex(max(preferred, 0))
        if not self.channel_combo.count():
            self.status_label.setText(self.tr(
                "No phone, e-mail or Telegram on the card: add one on the customer's card."))

    def recipient(self) -> Recipient:
        facts = self.facts
        if facts is None:
            return Recipient()
        return Recipient(facts.phone_e164, facts.email, facts.telegram)

    def _load_templates(self, wanted: str | int | None) -> None:
        language = self.language_combo.currentData()
        self.templates = list_templates(self.context.db, language)
        if isinstance(wanted, str) and not wanted.isdigit() and not any(
                t.builtin_key == wanted for t in self.templates):
            fallback = find_template(self.context.db, wanted, language)
            if fallback is not None:
                self.templates.insert(0, fallback)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in self.templates:
            self.template_combo.addItem(template.name)
        index = 0
        for i, template in enumerate(self.templates):
            if wanted is not None and (template.builtin_key == wanted or str(template.id) == str(
                    wanted)):
                index = i
                break
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)
        self.fill_in()

    def current_template(self) -> TemplateInfo | None:
        index = self.template_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def fill_in(self) -> None:
        """The chosen script filled in for the customer (not QWidget.render, which paints)."""
        template = self.current_template()
        self.problem_label.clear()
        if template is None or self.facts is None:
            self._update_buttons()
            return
        context = build_context(self.facts, template.language, self.context.clock.today(),
                                **shop_values(self.context.settings))
        rendered = render_message(template.subject, template.body, context, template.language,
                                  template.id, template.name)
        if rendered.error is not None:
            self.problem_label.setText(problem_text(rendered.error))
        else:
            self.problem_label.setText(gap_warning(rendered.empty))
        self.subject_edit.setText(rendered.subject)
        self.body_edit.setPlainText(rendered.body)
        self._update_buttons()

    def _update_buttons(self) -> None:
        channel = self.channel_combo.currentData()
        usable = (self.facts is not None and not self.facts.do_not_contact
                  and bool(self.body_edit.toPlainText().strip()) and channel is not None)
        self.copy_button.setEnabled(usable)
        self.open_button.setEnabled(usable)
        self.mark_button.setEnabled(usable)
        no_server = SmtpConfig.from_settings(self.context.settings).problem()
        self.send_button.setEnabled(usable and channel == Channel.EMAIL and no_server is None)
        note = (QCoreApplication.translate("sending", no_server) + " " + self.tr(
            "Meanwhile, open the message in your mail app.") if no_server else "")
        self.send_button.setToolTip(note)
        self.mail_note.setText(note)
        self.mail_note.setVisible(bool(note) and channel == Channel.EMAIL)
        self.subject_edit.setEnabled(channel == Channel.EMAIL)
        if channel:
            self.open_button.setText(self.tr("Open in %1").replace("%1", channel_label(channel)))

    # ------------------------------------------------------------------ actions

    def message(self) -> OutgoingMessage:
        template = self.current_template()
        return OutgoingMessage(
            self.customer_id, self.channel_combo.currentData() or "", self.subject_edit.text(),
            self.body_edit.toPlainText().strip(), template.id if template else None,
            template.name if template else None, self.task_id, self.rule)

    def copy(self) -> None:
        copy_message(self.context, self.message())
        self.status_label.setText(self.tr(
            "Copied. Paste it into your messenger, then press “Mark as sent”."))

    def mark_as_sent(self) -> None:
        mark_sent(self.context, self.message())
        self.status_label.setText(words.by_person(
            self.person, self.tr("Logged on the customer's card as sent."),
            self.tr("Logged on the client's card as sent."),
            self.tr("Logged on the student's card as sent.")))
        self._contacted()

    def open_in_app(self) -> None:
        opened, text = try_open(self.context, self.message(), self.recipient())
        self.status_label.setText(text)
        if opened:
            self._contacted()

    def _contacted(self) -> None:
        """A contact was logged: the customer's reminders may be obsolete or held by the
        frequency cap now, so the reminders are brought up to date and Today reloads."""
        background.refresh_reminders(self.context)

    def send_email(self) -> None:
        message = self.message()
        facts = self.facts
        if facts is None or not facts.email:
            return
        config = confirm_plain_login(self.context.settings,
                                     SmtpConfig.from_settings(self.context.settings), self)
        if config is None:
            return
        go_on, password = obtain_password(config, self)
        if not go_on:
            return
        email = replace(message, channel=Channel.EMAIL, name=facts.name, email=facts.email)
        self.send_button.setEnabled(False)
        self.status_label.setText(self.tr("Sending…"))
        self.context.jobs.run(
            "send e-mail",
            lambda job: send_batch(self.context.db, config, password, [email],
                                   now=self.context.clock.now, cancelled=lambda: job.cancelled),
            on_success=self._sent)

    def _sent(self, results: list[SendResult]) -> None:
        result = results[0]
        if result.ok:
            self.status_label.setText(self.tr("E-mail sent to %1.").replace(
                "%1", result.email.email))
            self.context.signals.data_changed.emit("contacts")
            self._contacted()
        else:
            self.status_label.setText(result_text(result))
        self._update_buttons()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
