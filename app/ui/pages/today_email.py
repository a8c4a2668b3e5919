"""Sending one Today reminder's message as an e-mail through the shop's own mail server.

The same sending job as the send dialog and the bulk send (services.messages.sending): the e-mail
is logged as a contact for this reminder, and the reminder is closed as done once it went out.
Offered when the mail server is set up in Settings and the customer has an address.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models import Channel
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.sending import SendResult, SmtpConfig, send_batch
from app.services.reminders.answers import close_answered_tasks
from app.ui.context import AppContext
from app.ui.dialogs.smtp_password_dialog import confirm_plain_login, obtain_password, result_text
from app.ui.jobs import Job


def can_send_email(context: AppContext, email: str) -> bool:
    """A mail server and a sender are set up (an unencrypted login is asked about on send)."""
    config = SmtpConfig.from_settings(context.settings)
    return bool(email) and bool(config.host) and "@" in config.from_address


def send_task_email(parent: QWidget, context: AppContext, message: OutgoingMessage,
                    email: str, on_done: Callable[[str], None]) -> Job | None:
    """Send `message` to `email` in the background; `on_done` gets the sentence to show.
    Returns the job, or None when the owner stopped at a question (no password given...)."""
    config = confirm_plain_login(context.settings, SmtpConfig.from_settings(context.settings),
                                 parent)
    if config is None:
        return None
    go_on, password = obtain_password(config, parent)
    if not go_on:
        return None
    outgoing = replace(message, channel=Channel.EMAIL, email=email)
    clock, db = context.clock, context.db

    def work(job: Job) -> SendResult:
        [result] = send_batch(db, config, password, [outgoing], now=clock.now,
                              cancelled=lambda: job.cancelled)
        if result.ok:
            close_answered_tasks(db, [outgoing], clock.now())
        return result

    def done(result: SendResult) -> None:
        if result.ok:
            on_done(QCoreApplication.translate("TodayEmail", "E-mail sent to %1.")
                    .replace("%1", email))
            for what in ("contacts", "tasks"):
                context.signals.data_changed.emit(what)
        else:
            on_done(result_text(result))

    return context.jobs.run("send e-mail", work, on_success=done)
