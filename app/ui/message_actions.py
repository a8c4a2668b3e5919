"""One-click message actions shared by the send dialog, bulk messages and the Today page: copy
the filled-in text, open it in WhatsApp/Telegram/SMS/mail, mark it sent.

Opening and marking sent log a Contact (one per customer a day, services.messages.contacts);
copying alone does not: the owner may copy just to read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.models import Channel, ContactOutcome
from app.services.messages.contacts import log_contact
from app.services.messages.context import VARIABLES
from app.services.messages.links import Recipient, message_link
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.render import TemplateProblem
from app.ui.context import AppContext


def channel_label(channel: str) -> str:
    names: dict[str, str] = {
        Channel.WHATSAPP: QCoreApplication.translate("MessageActions", "WhatsApp"),
        Channel.TELEGRAM: QCoreApplication.translate("MessageActions", "Telegram"),
        Channel.SMS: QCoreApplication.translate("MessageActions", "SMS"),
        Channel.EMAIL: QCoreApplication.translate("MessageActions", "E-mail"),
        Channel.PHONE: QCoreApplication.translate("MessageActions", "Phone call"),
        Channel.IN_PERSON: QCoreApplication.translate("MessageActions", "In person"),
    }
    return names.get(channel, channel)


def outcome_label(outcome: str) -> str:
    """What became of a logged message or call, for the customer's history."""
    names: dict[str, str] = {
        ContactOutcome.COPIED: QCoreApplication.translate("MessageActions", "Copied"),
        ContactOutcome.OPENED: QCoreApplication.translate("MessageActions", "Opened in the app"),
        ContactOutcome.SENT: QCoreApplication.translate("MessageActions", "E-mail sent"),
        ContactOutcome.FAILED: QCoreApplication.translate("MessageActions", "E-mail not sent"),
        ContactOutcome.CALLED: QCoreApplication.translate("MessageActions", "Called"),
        ContactOutcome.MET: QCoreApplication.translate("MessageActions", "Met in person"),
        ContactOutcome.DONE: QCoreApplication.translate("MessageActions", "Marked as sent"),
        ContactOutcome.EXPORTED: QCoreApplication.translate("MessageActions", "Exported"),
    }
    return names.get(outcome, outcome)


def problem_text(problem: TemplateProblem) -> str:
    """A render problem in the UI language, e.g. "Line 3: unknown variable “nme”."."""
    text = QCoreApplication.translate("templates", problem.source)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return problem.message


def variable_label(name: str) -> str:
    """A variable in the owner's words ("Your shop's name (Settings)"), as the editor lists it."""
    for variable, description, _example in VARIABLES:
        if variable == name:
            return QCoreApplication.translate("variables", description)
    return name


def gap_warning(empty: tuple[str, ...]) -> str:
    """What the owner reads before copying or sending a message that has a gap; "" for none."""
    if not empty:
        return ""
    return QCoreApplication.translate(
        "MessageActions", "This message has a gap where this is empty: %1. Fill it in or "
        "edit the text before sending.").replace(
        "%1", "; ".join(variable_label(name) for name in empty))


def log_touch(context: AppContext, message: OutgoingMessage, outcome: str) -> int:
    contact_id = log_contact(context.db, message.contact(outcome), context.clock.now())
    context.signals.data_changed.emit("contacts")
    return contact_id


def copy_message(context: AppContext, message: OutgoingMessage) -> None:
    """Put the text on the clipboard; nothing is logged until it is marked sent or opened."""
    QGuiApplication.clipboard().setText(message.text)
    context.signals.status_message.emit(
        QCoreApplication.translate("MessageActions", "Message copied to the clipboard."))


def mark_sent(context: AppContext, message: OutgoingMessage) -> None:
    """The owner says she sent it herself (after copying it): log the contact as "done"."""
    log_touch(context, message, ContactOutcome.DONE)


def open_message(context: AppContext, message: OutgoingMessage, recipient: Recipient) -> str:
    """Open the message in its app; returns a status sentence (already translated)."""
    return try_open(context, message, recipient)[1]


def try_open(context: AppContext, message: OutgoingMessage,
             recipient: Recipient) -> tuple[bool, str]:
    """Open the message in its app and log the contact: (opened?, a translated sentence).

    Telegram cannot prefill a text, so the text is copied first and the sentence says so.
    """
    name = channel_label(message.channel)
    link = message_link(message.channel, recipient, message.subject, message.body)
    if link is None:
        return False, QCoreApplication.translate(
            "MessageActions", "This customer has no address for %1.").replace("%1", name)
    if link.needs_copy:
        QGuiApplication.clipboard().setText(message.text)
    if not QDesktopServices.openUrl(QUrl(link.url, QUrl.ParsingMode.StrictMode)):
        return False, QCoreApplication.translate(
            "MessageActions",
            "Could not open %1 on this computer. Copy the message instead.").replace("%1", name)
    log_touch(context, message, ContactOutcome.OPENED)
    if link.needs_copy and message.channel == Channel.PHONE:
        return True, QCoreApplication.translate(
            "MessageActions",
            "Dialling the number. The text is copied: keep it in front of you during the call.")
    if link.needs_copy:
        return True, QCoreApplication.translate(
            "MessageActions",
            "%1 cannot fill in a message: it is copied to the clipboard, paste it into the chat.",
        ).replace("%1", name)
    return True, QCoreApplication.translate("MessageActions", "Opened in %1.").replace("%1", name)
