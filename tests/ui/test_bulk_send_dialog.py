"""The bulk dialog: preview, skips with reasons, CSV export, background sending with results."""

from __future__ import annotations

import csv

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from app.models import Contact, Customer
from app.services.messages.bulk import SKIP_DO_NOT_CONTACT, SKIP_NO_CHANNEL
from app.ui.dialogs.bulk_send_dialog import BulkSendDialog
from tests.smtp_server import Handler, free_port
from tests.ui.conftest import wait_idle


@pytest.fixture
def people(context) -> list[int]:
    rows = [
        Customer(display_name="Анна", email="anna@example.com", phone_e164="+79123456789"),
        Customer(display_name="Борис", email="boris@example.com"),
        Customer(display_name="Вера", phone_e164="+79120000000", preferred_channel="sms"),
        Customer(display_name="Глеб", email="gleb@example.com", do_not_contact=True),
        Customer(display_name="Дина", email="dina@example.com"),
    ]
    with context.db.transaction() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def server(context):
    handler, port = Handler(refuse=("boris@example.com",)), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                               "smtp_security": "none", "smtp_sender_email": "shop@example.com",
                               "send_delay_seconds": 0.0})
    yield handler
    controller.stop()


@pytest.fixture
def dialog(qtbot, context, people):
    dialog = BulkSendDialog(context, people, "Selection", "winback")
    qtbot.addWidget(dialog)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    wait_idle(qtbot, context)
    return dialog


def sent_to(context) -> list[int]:
    with context.db.session() as s:
        return [c.customer_id for c in s.scalars(select(Contact).order_by(Contact.id))]


def test_preview_and_skips(dialog, people) -> None:
    names = [i.name for i in dialog.plan.items]
    assert names == ["Анна", "Борис", "Дина"]
    reasons = {s.name: s.reason for s in dialog.plan.skipped}
    assert reasons == {"Вера": SKIP_NO_CHANNEL, "Глеб": SKIP_DO_NOT_CONTACT}
    assert dialog.tabs.tabText(1) == "Skipped (2)"
    assert dialog.preview.toPlainText().startswith("It's been a while\n\nHi Анна!")
    assert dialog.send_button.text() == "Send 3 e-mails"


def test_without_a_server_sending_is_unavailable_and_says_why(qtbot, dialog, context) -> None:
    assert not dialog.send_button.isEnabled()
    assert not dialog.mail_note.isHidden()
    assert "SMTP server" in dialog.mail_note.text() and "one by one" in dialog.mail_note.text()
    assert dialog.send_button.toolTip() == dialog.mail_note.text()
    assert dialog.export_button.isEnabled() and dialog.one_by_one.open_button.isEnabled()
    # Filled in from Settings while the dialog stays open: sending becomes available.
    context.settings.set_many({"smtp_host": "smtp.example.com",
                               "smtp_sender_email": "shop@example.com"})
    context.signals.data_changed.emit("settings")
    assert dialog.send_button.isEnabled() and dialog.mail_note.isHidden()


def test_preferred_channel_is_the_one_today_shows(qtbot, dialog, context) -> None:
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("preferred"))
    wait_idle(qtbot, context)
    # Anna has a phone (WhatsApp), Vera chose SMS; Boris and Dina have only e-mail.
    assert [(i.name, i.channel) for i in dialog.plan.items] == [
        ("Анна", "whatsapp"), ("Борис", "email"), ("Вера", "sms"), ("Дина", "email")]
    assert [e.name for e in dialog.plan.emails()] == ["Борис", "Дина"]


def test_export_csv(qtbot, dialog, context, people, tmp_path, monkeypatch) -> None:
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["name"] for r in rows] == ["Анна", "Борис", "Дина"]
    assert rows[0]["channel"] == "email" and rows[0]["text"].startswith("It's been a while")
    assert "3" in dialog.summary.text()
    wait_idle(qtbot, context)  # exported messages are logged as contacts
    assert sent_to(context) == [people[0], people[1], people[4]]


def test_send_reports_each_recipient_and_retries(qtbot, dialog, context, server, people,
                                                 monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.send_emails()
    wait_idle(qtbot, context)
    assert len(server.messages) == 2
    assert sent_to(context) == [people[0], people[4]]
    results = {i.name: dialog.items_model.data(dialog.items_model.index(row, 4))
               for row, i in enumerate(dialog.items_model.records)}
    assert results["Анна"] == "Sent" and results["Дина"] == "Sent"
    assert "boris@example.com" in results["Борис"] and "550" in results["Борис"]
    assert not dialog.retry_button.isHidden()
    assert "Not sent: 1" in dialog.summary.text()
    # The server now accepts Boris: retry sends only him.
    server.refuse = ()
    dialog.retry_failed()
    wait_idle(qtbot, context)
    assert sent_to(context) == [people[0], people[4], people[1]]
    assert dialog.retry_button.isHidden()


def test_cancel_stops_the_rest(qtbot, dialog, context, server, people, monkeypatch) -> None:
    context.settings.set("send_delay_seconds", 30.0)  # a long pause that Cancel interrupts
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.send_emails()
    assert not dialog.cancel_button.isHidden()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=5000)
    dialog.cancel_sending()
    wait_idle(qtbot, context)
    assert sent_to(context) == [people[0]]
    assert not dialog.is_sending() and dialog.cancel_button.isHidden()
    assert "Not sent: 2" in dialog.summary.text()
    assert [i.name for i in dialog.failed_items()] == ["Борис", "Дина"]  # can be sent later
    assert not dialog.retry_button.isHidden()


def test_missing_password_dialog_cancel_sends_nothing(qtbot, dialog, context, server,
                                                      monkeypatch) -> None:
    from app.ui.dialogs import smtp_password_dialog
    from app.ui.dialogs.smtp_password_dialog import SmtpPasswordDialog

    context.settings.set("smtp_user", "olga")
    # The server has no encryption: the owner agrees to log in anyway, then cancels the password.
    monkeypatch.setattr(smtp_password_dialog, "ask_box", lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))
    asked = []
    monkeypatch.setattr(SmtpPasswordDialog, "ask",
                        staticmethod(lambda *a, **k: asked.append(a) or None))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.send_emails()
    assert asked and not dialog.is_sending() and server.messages == []


def test_todays_list_sends_each_reminders_script_and_closes_reminders(
        qtbot, context, server, people, monkeypatch) -> None:
    from app.models import Task
    from app.services.messages.bulk import TaskRef

    with context.db.transaction() as s:
        tasks = [Task(customer_id=people[0], rule="birthday", occasion_key="b", due_on=context
                      .clock.today(), template_key="birthday"),
                 Task(customer_id=people[4], rule="milestone_3", occasion_key="m",
                      due_on=context.clock.today(), template_key="vip_welcome")]
        s.add_all(tasks)
        s.flush()
        refs = [TaskRef(t.id, t.customer_id, t.rule, t.template_key) for t in tasks]
    dialog = BulkSendDialog(context, [], "Today", None, None, refs)
    qtbot.addWidget(dialog)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    wait_idle(qtbot, context)
    assert dialog.template_combo.currentText() == "Each reminder's suggested script"
    assert len({i.template_name for i in dialog.plan.items}) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.send_emails()
    wait_idle(qtbot, context)
    assert len(server.messages) == 2
    with context.db.session() as s:
        assert {t.status for t in s.scalars(select(Task))} == {"done"}
        assert sorted(c.rule for c in s.scalars(select(Contact))) == ["birthday", "milestone_3"]
