"""Writing to one customer: copy, open in an app, mark sent, send an e-mail; what is logged."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtGui import QDesktopServices, QGuiApplication
from sqlalchemy import select

from app.models import Contact, Customer
from app.ui.dialogs.send_dialog import SendDialog
from tests.smtp_server import Handler, free_port
from tests.ui.conftest import wait_idle


@pytest.fixture
def customer(context) -> int:
    with context.db.transaction() as s:
        row = Customer(display_name="Анна Петрова", first_name="Анна", phone_e164="+79123456789",
                       email="anna@example.com", telegram="@anna_k", preferred_channel="whatsapp")
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toString(url.ComponentFormattingOption
                                                             .FullyEncoded)) or True)
    return urls


def contacts(context) -> list[Contact]:
    with context.db.session() as s:
        return list(s.scalars(select(Contact).order_by(Contact.id)))


def make(qtbot, context, customer, template="thank_you_day_3") -> SendDialog:
    dialog = SendDialog(context, customer, template)
    qtbot.addWidget(dialog)
    return dialog


def test_fills_the_script_in(qtbot, context, customer) -> None:
    dialog = make(qtbot, context, customer)
    assert dialog.channel_combo.currentData() == "whatsapp"
    assert dialog.body_edit.toPlainText().startswith("Анна")
    assert dialog.problem_label.text() == ""
    assert not dialog.send_button.isEnabled()  # WhatsApp: no "send e-mail"


def test_copy_alone_is_not_a_contact_until_marked_sent(qtbot, context, customer) -> None:
    dialog = make(qtbot, context, customer)
    dialog.body_edit.setPlainText("Привет + скидка & подарок 🎉")
    dialog.copy()
    assert QGuiApplication.clipboard().text() == "Привет + скидка & подарок 🎉"
    assert contacts(context) == []
    assert "Mark as sent" in dialog.status_label.text()
    dialog.mark_button.click()
    dialog.mark_button.click()  # twice the same day: still one contact
    [row] = contacts(context)
    assert (row.outcome, row.channel, row.text) == ("done", "whatsapp",
                                                    "Привет + скидка & подарок 🎉")
    assert row.template_name == dialog.current_template().name


def test_copy_then_open_is_one_contact(qtbot, context, customer, opened) -> None:
    dialog = make(qtbot, context, customer)
    dialog.copy()
    dialog.open_in_app()
    dialog.open_in_app()
    assert len(opened) == 2
    assert [c.outcome for c in contacts(context)] == ["opened"]


@pytest.mark.parametrize("preferred", ["email", "telegram", "sms", "phone", "in_person", None])
def test_every_channel_the_customer_has_whatever_the_default(qtbot, context, customer,
                                                             preferred) -> None:
    with context.db.transaction() as s:
        s.get(Customer, customer).preferred_channel = preferred
    dialog = make(qtbot, context, customer)
    listed = [dialog.channel_combo.itemData(i) for i in range(dialog.channel_combo.count())]
    assert listed == ["whatsapp", "telegram", "sms", "email"]
    shown = preferred if preferred in listed else "whatsapp"
    assert dialog.channel_combo.currentData() == shown


def test_only_the_channels_the_customer_has(qtbot, context) -> None:
    with context.db.transaction() as s:
        row = Customer(display_name="Борис", email="boris@example.com", preferred_channel="sms")
        s.add(row)
        s.flush()
        cid = row.id
    dialog = make(qtbot, context, cid)
    assert [dialog.channel_combo.itemData(i) for i in range(dialog.channel_combo.count())] == [
        "email"]
    assert dialog.channel_combo.currentData() == "email"


def test_send_without_a_server_is_unavailable_and_says_why(qtbot, context, customer) -> None:
    dialog = make(qtbot, context, customer)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    assert not dialog.send_button.isEnabled()
    assert "SMTP server" in dialog.send_button.toolTip()
    assert not dialog.mail_note.isHidden() and "SMTP server" in dialog.mail_note.text()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("whatsapp"))
    assert dialog.mail_note.isHidden()  # not an e-mail: nothing to explain
    assert dialog.open_button.isEnabled()  # the mail app still works


def test_open_whatsapp_encodes_the_text(qtbot, context, customer, opened) -> None:
    dialog = make(qtbot, context, customer)
    dialog.body_edit.setPlainText("Привет + скидка & подарок\nдо встречи")
    dialog.open_in_app()
    assert opened[0].startswith("https://wa.me/79123456789?text=")
    assert parse_qs(urlsplit(opened[0]).query)["text"] == ["Привет + скидка & подарок\nдо встречи"]
    assert contacts(context)[0].outcome == "opened"


def test_telegram_copies_first_and_says_so(qtbot, context, customer, opened) -> None:
    dialog = make(qtbot, context, customer)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("telegram"))
    dialog.open_in_app()
    assert opened == ["https://t.me/anna_k"]
    assert QGuiApplication.clipboard().text() == dialog.body_edit.toPlainText()
    assert "clipboard" in dialog.status_label.text()


def test_do_not_contact_disables_actions(qtbot, context, customer) -> None:
    with context.db.transaction() as s:
        s.get(Customer, customer).do_not_contact = True
    dialog = make(qtbot, context, customer)
    assert not dialog.copy_button.isEnabled() and not dialog.open_button.isEnabled()
    assert "asked not to be contacted" in dialog.header.text()


def test_send_email_through_a_local_server(qtbot, context, customer) -> None:
    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_security": "none",
                                   "smtp_sender_email": "shop@example.com"})
        dialog = make(qtbot, context, customer)
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
        assert dialog.send_button.isEnabled() and dialog.subject_edit.text()
        dialog.send_email()
        wait_idle(qtbot, context)
    finally:
        controller.stop()
    assert len(handler.messages) == 1
    assert handler.messages[0]["To"].addresses[0].addr_spec == "anna@example.com"
    assert "anna@example.com" in dialog.status_label.text()
    [row] = contacts(context)
    assert row.outcome == "sent" and row.channel == "email"


def test_send_test_email_and_password_prompt(qtbot, context, fake_keyring, monkeypatch) -> None:
    from aiosmtpd.smtp import AuthResult
    from PySide6.QtWidgets import QMessageBox

    from app.services.secrets import SERVICE, account_name
    from app.ui.dialogs.smtp_password_dialog import SmtpPasswordDialog, start_test_email

    def auth(server, session, envelope, mechanism, data) -> AuthResult:
        return AuthResult(success=(data.login, data.password) == (b"olga", b"pw"), handled=False)

    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=auth,
                            auth_require_tls=False)
    controller.start()
    shown: list[str] = []
    asked: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning: " + a[2]))
    monkeypatch.setattr(SmtpPasswordDialog, "ask",
                        staticmethod(lambda *a, **k: asked.append(a) or "pw"))
    questions = answer_plain_login(monkeypatch, agree=True)
    try:
        context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_security": "none", "smtp_user": "olga",
                                   "smtp_sender_email": "olga@example.com"})
        start_test_email(context, None)
        wait_idle(qtbot, context)
        start_test_email(context, None)  # the password is known now: not asked again
        wait_idle(qtbot, context)
    finally:
        controller.stop()
    assert len(asked) == 1
    assert len(questions) == 1 and "olga" in questions[0] and "127.0.0.1" in questions[0]
    assert fake_keyring.store[(SERVICE, account_name("olga", "127.0.0.1"))] == "pw"
    assert len(handler.messages) == 2 and handler.messages[0]["To"] == "olga@example.com"
    assert shown and "olga@example.com" in shown[0] and not shown[0].startswith("warning")


def answer_plain_login(monkeypatch, *, agree: bool) -> list[str]:
    """Answer the "log in without encryption?" question; returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs import smtp_password_dialog

    asked: list[str] = []

    def answer(box: QMessageBox):
        asked.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if agree else QMessageBox.ButtonRole.RejectRole
        return next(b for b in box.buttons() if box.buttonRole(b) == role)

    monkeypatch.setattr(smtp_password_dialog, "ask_box", answer)
    return asked


def test_unencrypted_login_is_not_sent_without_consent(qtbot, context, fake_keyring,
                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.services.settings import SMTP_PLAIN_LOGIN_ALLOWED
    from app.ui.dialogs.smtp_password_dialog import SmtpPasswordDialog, start_test_email

    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    passwords: list[tuple] = []
    monkeypatch.setattr(SmtpPasswordDialog, "ask",
                        staticmethod(lambda *a, **k: passwords.append(a) or "pw"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    questions = answer_plain_login(monkeypatch, agree=False)
    try:
        context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_security": "none", "smtp_user": "olga",
                                   "smtp_sender_email": "olga@example.com"})
        assert start_test_email(context, None) is None
        assert start_test_email(context, None) is None  # declined: asked again next time
        wait_idle(qtbot, context)
    finally:
        controller.stop()
    assert len(questions) == 2 and passwords == [] and handler.messages == []
    assert context.settings.get(SMTP_PLAIN_LOGIN_ALLOWED) == ""


def test_test_email_without_settings_says_what_is_missing(context, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.smtp_password_dialog import start_test_email

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert start_test_email(context, None) is None
    assert "SMTP server" in shown[0]


def test_the_card_words_the_logged_contact(qtbot, context, customer, opened) -> None:
    from app.ui.dialogs.customer_card import CustomerCardDialog

    dialog = make(qtbot, context, customer)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("sms"))
    dialog.open_in_app()
    card = CustomerCardDialog(context, customer)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    model = card.contacts_model
    assert [model.index(0, c).data() for c in (1, 2)] == ["SMS", "Opened in the app"]
