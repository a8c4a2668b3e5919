"""The SMTP test e-mail is written in the UI language only (not half in another)."""

from __future__ import annotations

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QMessageBox

from app.ui import i18n
from app.ui.dialogs.smtp_password_dialog import start_test_email
from tests.smtp_server import Handler, free_port
from tests.ui.conftest import wait_idle
from tests.ui.test_send_dialog import answer_plain_login


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


def _has_cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)


def test_the_test_email_is_in_the_ui_language(qtbot, context, language, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    answer_plain_login(monkeypatch, agree=True)
    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_security": "none", "smtp_user": "",
                                   "smtp_sender_email": "olga@example.com"})
        start_test_email(context, None)
        wait_idle(qtbot, context)
    finally:
        controller.stop()
    [mail] = handler.messages
    body = mail.get_body(("plain",)).get_content()
    text = f"{mail['Subject']}\n{body}"
    if language == "ru":
        assert "Настройки почты работают" in body and "settings work" not in text
    else:
        assert "Your e-mail settings work." in body and not _has_cyrillic(text)
