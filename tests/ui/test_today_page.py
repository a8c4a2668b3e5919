"""The Today page: grouped list, filled-in script, and the one-click actions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from pytestqt.modeltest import ModelTester

from app.services.reminders.generate import generate_tasks
from app.ui.pages.today_page import TodayPage
from tests.services.reminders.data import add_customer, add_order, tasks
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> TodayPage:
    generate_tasks(context.db, context.settings, context.clock.today(), context.clock.now())
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def _contacts(db) -> list[tuple]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT customer_id, task_id, rule, outcome, text FROM contacts"
                            " ORDER BY id").fetchall()
    finally:
        conn.close()


def test_tasks_are_grouped_and_the_first_is_selected(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    ModelTester(None).check(page.model, force_py=True)
    groups = page.model.group_rows()
    assert groups and groups[0] == 0
    assert page.model.task(0) is None
    assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    priorities = [page.model.task(r).priority for r in range(page.model.rowCount())
                  if page.model.task(r) is not None]
    assert priorities == sorted(priorities)
    task = page.current_task()
    assert task is not None and page.name_label.text().find(task.name) >= 0
    assert page.reason_label.text() == task.reason("en")
    assert task.name.split()[0] in page.message_edit.toPlainText()  # the script is filled in


def test_done_logs_a_contact_and_updates_the_badge(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    before = sum(1 for r in range(page.model.rowCount()) if page.model.task(r) is not None)
    task = page.current_task()
    text = page.message_edit.toPlainText()
    with qtbot.waitSignal(demo_context.signals.today_count_changed, timeout=10_000) as signal:
        page.done_button.click()
    wait_idle(qtbot, demo_context)
    assert signal.args == [before - 1]
    assert _contacts(demo_context.db) == [(task.customer_id, task.id, task.rule, "done", text)]
    assert page.model.row_of(task.id) == -1
    assert page.current_task() is not None  # the next one is selected


@pytest.mark.parametrize("days", [1, 3, 7])
def test_snooze_hides_the_task_until_the_chosen_day(qtbot, demo_context, days) -> None:
    page = _page(qtbot, demo_context)
    task = page.current_task()
    page.snooze_actions[days].trigger()
    wait_idle(qtbot, demo_context)
    assert page.model.row_of(task.id) == -1
    [row] = [t for t in tasks(demo_context.db) if t["id"] == task.id]
    assert row["status"] == "snoozed"
    demo_context.clock.advance(days=days)
    page.refresh()
    wait_idle(qtbot, demo_context)
    assert page.model.row_of(task.id) >= 0


def test_skip_removes_the_task(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    task = page.current_task()
    page.skip_button.click()
    wait_idle(qtbot, demo_context)
    assert page.model.row_of(task.id) == -1
    assert _contacts(demo_context.db) == []


def test_copy_puts_the_message_on_the_clipboard_and_done_logs_it(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    task = page.current_task()
    page.message_edit.setPlainText("Добрый день! Особое предложение для вас.")
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Добрый день! Особое предложение для вас."
    assert _contacts(demo_context.db) == []  # copying alone is not a contact
    page.done_button.click()
    wait_idle(qtbot, demo_context)
    assert _contacts(demo_context.db) == [(task.customer_id, task.id, task.rule, "done",
                                           "Добрый день! Особое предложение для вас.")]


def test_open_uses_the_customers_channel(qtbot, demo_context, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
                        or True)
    page = _page(qtbot, demo_context)
    row = next(r for r in range(page.model.rowCount())
               if page.model.task(r) is not None and page.model.task(r).channel == "whatsapp")
    page._select_row(row)
    assert page.open_button.isEnabled() and "WhatsApp" in page.open_button.text()
    page.open_button.click()
    assert opened and opened[0].startswith("https://wa.me/")
    assert _contacts(demo_context.db)[0][3] == "opened"


def test_overdue_tasks_carry_over_and_are_marked(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    task = page.current_task()
    demo_context.clock.advance(days=2)
    page.refresh()
    wait_idle(qtbot, demo_context)
    row = page.model.row_of(task.id)
    assert page.model.index(row, 2).data() == "overdue by 2 days"
    page._select_row(row)
    assert page.overdue_label.text() == "overdue by 2 days"


def test_empty_state_names_who_may_come_back_soon(qtbot, context) -> None:
    db, today = context.db, context.clock.today()
    regular = add_customer(db, "Постоянная Покупательница")
    for k in (55, 35, 15):
        add_order(db, regular, today - dt.timedelta(days=k))
    context.settings.set("reminder_rules", {s: {"enabled": False} for s in (
        "not_bought", "rhythm", "sequence", "birthday", "milestone_3", "milestone_5",
        "big_order", "referral", "segment_at_risk", "segment_cant_lose")})
    page = _page(qtbot, context)
    assert page.stack.currentIndex() == 1
    assert "Постоянная Покупательница" in page.empty_state.text.text()
    assert not page.done_button.isEnabled()


def test_first_run_on_an_empty_database_offers_import_or_demo(qtbot, context) -> None:
    from app.ui.pages.today_page import TodayPage
    from tests.ui.conftest import wait_idle

    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    assert page.stack.currentWidget() is page.welcome
    assert page.welcome.import_button.isVisible()
    assert page.welcome.demo_button.isVisible()


def test_prepare_all_messages_passes_every_reminder(qtbot, monkeypatch, demo_context) -> None:
    from app.ui import background
    from app.ui.dialogs import bulk_send_dialog
    from app.ui.pages.today_page import TodayPage
    from tests.ui.conftest import wait_idle

    background.refresh_reminders(demo_context)
    wait_idle(qtbot, demo_context)
    calls = []
    def fake_open(context, ids, parent, source="", template=None, tasks=()) -> None:
        calls.append(list(tasks))

    monkeypatch.setattr(bulk_send_dialog, "open_bulk_send", fake_open)
    page = TodayPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, demo_context)
    assert page.bulk_button.isVisible()
    page.bulk_button.click()
    refs = calls[-1]
    assert len(refs) == len(page.model.tasks()) > 0
    assert {r.task_id for r in refs} == {t.id for t in page.model.tasks()}


def test_missing_shop_or_owner_name_is_pointed_out(qtbot, monkeypatch, demo_context) -> None:
    from app.ui.pages.today_page import TodayPage
    from tests.ui.conftest import wait_idle

    page = TodayPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, demo_context)
    assert not page.sign_notice.isVisible()  # the demo shop has both names
    demo_context.settings.set("owner_name", "")
    demo_context.signals.data_changed.emit("settings")
    wait_idle(qtbot, demo_context)
    assert page.sign_notice.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(page, "_ask_window", asked.append)
    page.sign_notice.button.click()
    assert asked == ["open_settings"]


def test_header_shows_who_came_back_after_a_message(qtbot, demo_context) -> None:
    import datetime as dt

    from app.models import Contact
    from app.ui.pages.today_page import TodayPage
    from tests.ui.conftest import wait_idle

    with demo_context.db.transaction() as session:
        for customer_id in (1, 2):
            session.add(Contact(customer_id=customer_id, channel="sms", outcome="opened",
                                contacted_at=dt.datetime(2026, 11, 10, 10),
                                converted_on=dt.date(2026, 11, 15)))
    page = TodayPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, demo_context)
    text = page.summary.text()  # "2 came back…" or, with the English plurals loaded, "2 customers…"
    assert text.startswith("2 ") and "came back after your messages" in text


def test_the_customer_name_in_the_detail_is_text_not_markup(qtbot, demo_context) -> None:
    name = '<b>Ann & "Co"</b>'
    page = _page(qtbot, demo_context)
    row = next(r for r in range(page.model.rowCount()) if page.model.task(r) is not None)
    conn = demo_context.db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET display_name = ? WHERE id = ?",
                     (name, page.model.task(row).customer_id))
    conn.close()
    page.refresh()
    wait_idle(qtbot, demo_context)
    row = next(r for r in range(page.model.rowCount())
               if page.model.task(r) is not None and page.model.task(r).name == name)
    page.table.selectRow(row)
    assert page.current_task().name == name
    assert page.name_label.textFormat() == Qt.TextFormat.RichText
    shown = QTextDocument()
    shown.setHtml(page.name_label.text())
    assert shown.toPlainText() == name  # what the owner reads: the name as typed, tags and all


def test_the_waiting_line_and_the_badge_follow_the_daily_capacity(qtbot, main_window,
                                                                    demo_context) -> None:
    from app.services.reminders.tasks import today_list

    db, settings, today = demo_context.db, demo_context.settings, demo_context.clock.today()
    generate_tasks(db, settings, today, demo_context.clock.now())
    main_window.show_page("today")
    page = main_window.stack.currentWidget()
    page.refresh()
    wait_idle(qtbot, demo_context)
    everyone = today_list(db, settings, today, capacity=0).items
    assert len(everyone) > 15  # the demo shop has more due than a morning's work
    assert len(page.model.tasks()) == 15
    # The first 15 in order, with an event on its last day (gone tomorrow) taking a place first.
    last_day = [t.id for t in everyone if t.until == today]
    others = [t.id for t in everyone if t.id not in last_day][:15 - len(last_day)]
    assert [t.id for t in page.model.tasks()] == [
        t.id for t in everyone if t.id in set(last_day) | set(others)]
    assert page.waiting_label.isVisible()
    assert page.waiting_label.text().startswith(
        f"15 for today · {len(everyone) - 15} more are waiting; they come up in the next days")
    assert main_window.sidebar.item(0).text().endswith("(15)")  # the badge counts the list


def test_the_waiting_line_in_russian_and_a_finished_day(qtbot, demo_context) -> None:
    from app.services.plurals import plural
    from app.services.reminders.tasks import today_list
    from app.ui import i18n

    db, settings, today = demo_context.db, demo_context.settings, demo_context.clock.today()
    generate_tasks(db, settings, today, demo_context.clock.now())
    due = len(today_list(db, settings, today, capacity=0).items)
    settings.set("daily_capacity", due - 21)  # 21 wait: "ещё 21 покупатель ждёт"
    i18n.install(QGuiApplication.instance(), "ru")
    try:
        page = _page(qtbot, demo_context)
        assert page.waiting_label.text().startswith(
            f"{due - 21} на сегодня · ещё 21 покупатель ждёт очереди — появится в ближайшие дни")
        settings.set("daily_capacity", 3)
        for _ in range(3):
            page.done_button.click()
            wait_idle(qtbot, demo_context)
        assert page.model.tasks() == []
        assert page.stack.currentIndex() == 1
        assert "На сегодня всё" in page.empty_state.title.text()
        waiting = plural(due - 3, "покупатель ждёт очереди — появится",
                         "покупателя ждут очереди — появятся",
                         "покупателей ждут очереди — появятся", language="ru")
        assert page.empty_state.text.text() == (
            "Сегодня вы написали 3 покупателям из списка — это дневная норма из настроек. "
            f"Ещё {waiting} с завтрашнего дня.")
        assert "очереди" not in page.waiting_label.text()  # said once, on the empty page
    finally:
        i18n.install(QGuiApplication.instance(), "en")


def test_customers_with_no_way_to_reach_them_are_a_link_not_rows(qtbot, demo_context,
                                                                 monkeypatch) -> None:
    from app.services.reminders.tasks import today_list
    from app.ui.dialogs.customer_card import CustomerCardDialog

    db, settings, today = demo_context.db, demo_context.settings, demo_context.clock.today()
    generate_tasks(db, settings, today, demo_context.clock.now())
    due = [t.customer_id for t in today_list(db, settings, today, capacity=0).items][:5]
    conn = db.raw_connection()
    with conn:
        conn.executemany("UPDATE customers SET phone_e164 = NULL, email = NULL, telegram = NULL"
                         " WHERE id = ?", [(cid,) for cid in due])
    conn.close()
    page = _page(qtbot, demo_context)
    assert not {t.customer_id for t in page.model.tasks()} & set(due)
    assert page.unreachable_label.isVisible()
    shown = QTextDocument()
    shown.setHtml(page.unreachable_label.text())
    # "customers" with the English translator an earlier test may have installed, else the source
    assert shown.toPlainText() in (
        f"5 {word} to see in person or add a contact: no phone, e-mail or Telegram"
        for word in ("customers", "customer(s)"))
    opened: list[int] = []
    monkeypatch.setattr(CustomerCardDialog, "open", lambda self: opened.append(self.customer_id))
    # Offscreen Qt cannot pop a menu up; what it holds is what matters.
    monkeypatch.setattr(page.unreachable_menu, "popup", lambda _position: None)
    page.unreachable_label.linkActivated.emit("unreachable")
    actions = page.unreachable_menu.actions()
    assert len(actions) == 5
    actions[0].trigger()
    assert opened and opened[0] in due
