"""Sending one Today reminder as an e-mail through a real local SMTP server."""

from __future__ import annotations

import datetime as dt

from aiosmtpd.controller import Controller

from tests.services.reminders.data import add_customer, add_order, only, tasks
from tests.smtp_server import Handler, free_port
from tests.ui.conftest import wait_idle
from tests.ui.test_send_dialog import answer_plain_login
from tests.ui.test_today_page import _page


def _listed(page) -> list[str]:
    return [t.name for r in range(page.model.rowCount()) if (t := page.model.task(r)) is not None]


def _contacts(db) -> list[tuple]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT customer_id, task_id, channel, outcome FROM contacts"
                            " ORDER BY id").fetchall()
    finally:
        conn.close()


def _shop(context) -> tuple[int, int]:
    today = context.clock.today()
    emily = add_customer(context.db, "Emily Clarke", phone=None, email="emily@example.co.uk")
    add_order(context.db, emily, today - dt.timedelta(days=70))
    phone_only = add_customer(context.db, "Борис Орлов")
    add_order(context.db, phone_only, today - dt.timedelta(days=75))
    only(context.settings, "not_bought")
    return emily, phone_only


def test_send_e_mail_from_today(qtbot, context, monkeypatch) -> None:
    emily, _boris = _shop(context)
    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    answer_plain_login(monkeypatch, agree=True)
    try:
        context.settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_security": "none", "smtp_user": "",
                                   "smtp_sender_email": "shop@example.com"})
        page = _page(qtbot, context)
        assert sorted(_listed(page)) == ["Emily Clarke", "Борис Орлов"]
        page._select_row(next(r for r in range(page.model.rowCount())
                              if (t := page.model.task(r)) is not None and t.customer_id == emily))
        assert page.send_button.isVisibleTo(page) and page.send_button.isEnabled()
        task = page.current_task()
        body = page.message_edit.toPlainText()
        page.send_button.click()
        wait_idle(qtbot, context)
        qtbot.waitUntil(lambda: _listed(page) == ["Борис Орлов"], timeout=10_000)
    finally:
        controller.stop()
    [mail] = handler.messages
    assert mail["To"].addresses[0].addr_spec == "emily@example.co.uk"
    sent = mail.get_body(("plain",)).get_content()
    assert [line.rstrip() for line in sent.strip().splitlines()] == [
        line.rstrip() for line in body.strip().splitlines()]
    assert _contacts(context.db) == [(emily, task.id, "email", "sent")]
    assert [t["status"] for t in tasks(context.db) if t["customer_id"] == emily] == ["done"]
    # The next reminder (a phone-only customer) offers no e-mail.
    assert not page.send_button.isVisibleTo(page)


def test_no_mail_server_no_button(qtbot, context) -> None:
    emily, _boris = _shop(context)
    page = _page(qtbot, context)
    page._select_row(next(r for r in range(page.model.rowCount())
                          if (t := page.model.task(r)) is not None and t.customer_id == emily))
    assert page.current_task().email and not page.send_button.isVisibleTo(page)
