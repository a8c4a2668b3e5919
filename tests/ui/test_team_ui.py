"""Team mode in the window: a reminder another person opened, a stale card, and pages that
refresh when someone else changed the data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import customers
from app.services.reminders import tasks as task_service
from app.services.reminders.generate import generate_tasks
from app.services.team import changes, claims, people
from app.ui.change_watcher import ChangeWatcher
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.pages.today_page import TodayPage
from tests.ui.conftest import wait_idle


@pytest.fixture
def as_anna(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "_current", "Anna")


def _today(qtbot, context) -> TodayPage:
    generate_tasks(context.db, context.settings, context.clock.today(), context.clock.now())
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def _open_task_ids(db) -> set[int]:
    conn = db.raw_connection()
    try:
        return {row[0] for row in conn.execute("SELECT id FROM tasks WHERE status = 'open'")}
    finally:
        conn.close()


def test_a_reminder_boris_opened_is_greyed_and_done_asks_first(
        qtbot, demo_context, as_anna, monkeypatch, tmp_path) -> None:
    generate_tasks(demo_context.db, demo_context.settings, demo_context.clock.today(),
                   demo_context.clock.now())
    listed = task_service.list_today(demo_context.db, demo_context.settings,
                                     demo_context.clock.today())
    boris_task = listed[1]
    claims.claim(demo_context.db, boris_task.id, "Boris", demo_context.clock.now())
    page = _today(qtbot, demo_context)
    # Anna's own selection (the first row) is hers, not shown to her as a claim.
    first = page.current_task()
    assert first is not None and first.id != boris_task.id
    held = claims.claim(demo_context.db, first.id, "Boris", demo_context.clock.now())
    assert held.person == "Anna"
    row = page.model.row_of(boris_task.id)
    name = page.model.index(row, 0).data()
    assert name.endswith("— ✎ Boris is writing"), name
    assert "Boris opened this reminder" in page.model.index(row, 1).data(3)  # tooltip
    page._select_row(row)
    assert page.status_label.text() == "Boris is writing"
    page.grab().save(str(tmp_path / "today_claimed.png"))
    asked: list[str] = []

    def no(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.mark_done()
    assert asked and "Boris" in asked[0]
    assert boris_task.id in _open_task_ids(demo_context.db)  # nothing done
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    page.mark_done()
    wait_idle(qtbot, demo_context)
    assert boris_task.id not in _open_task_ids(demo_context.db)


def test_leaving_today_releases_the_claim(qtbot, demo_context, as_anna) -> None:
    page = _today(qtbot, demo_context)
    task = page.current_task()
    assert task is not None
    now = demo_context.clock.now()
    assert claims.held_by_others(demo_context.db, [task.id], "Boris", now)[task.id].person == (
        "Anna")
    page.hide()
    wait_idle(qtbot, demo_context)
    assert claims.held_by_others(demo_context.db, [task.id], "Boris", now) == {}


def test_a_stale_card_save_is_refused_and_offers_a_reload(qtbot, demo_context, tmp_path) -> None:
    conn = demo_context.db.raw_connection()
    try:
        customer_id = conn.execute("SELECT MIN(id) FROM customers").fetchone()[0]
    finally:
        conn.close()
    mine = CustomerCardDialog(demo_context, customer_id)
    qtbot.addWidget(mine)
    theirs = customers.get_card(demo_context.db, customer_id)
    theirs.details.notes = "Любит пионы"
    customers.save_details(demo_context.db, customer_id, theirs.details, version=theirs.version)
    mine.notes_edit.setPlainText("Звонить после 18:00")
    mine.resize(900, 700)
    mine.show()
    mine.save()
    assert mine.error_label.text() == ("Someone changed this card while you were editing it. "
                                       "Reload to see their changes.")
    assert mine.reload_button.isVisible() and mine.isVisible()
    assert customers.get_card(demo_context.db, customer_id).details.notes == "Любит пионы"
    mine.grab().save(str(tmp_path / "card_stale.png"))
    mine.reload_button.click()
    assert mine.notes_edit.toPlainText() == "Любит пионы"
    assert not mine.reload_button.isVisible() and mine.error_label.text() == ""
    mine.notes_edit.setPlainText("Любит пионы; звонить после 18:00")
    mine.save()
    assert customers.get_card(demo_context.db, customer_id).details.notes == (
        "Любит пионы; звонить после 18:00")


def test_another_windows_write_refreshes_the_pages(qtbot, context) -> None:
    watcher = ChangeWatcher(context, interval_ms=50, origin="this-window")
    refreshed: list[str] = []
    context.signals.data_changed.connect(refreshed.append)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.seen is not None)
    qtbot.wait(200)
    assert refreshed == []  # the first mark is the baseline
    conn = context.db.raw_connection()
    try:
        with conn:
            changes.note(conn, "contact", origin="this-window", now=dt.datetime(2026, 11, 27))
        qtbot.wait(200)
        assert refreshed == []  # its own write
        with conn:
            changes.note(conn, "contact", origin="other-window", now=dt.datetime(2026, 11, 27))
    finally:
        conn.close()
    qtbot.waitUntil(lambda: "tasks" in refreshed)
    watcher.timer.stop()
    wait_idle(qtbot, context)
    assert sorted(set(refreshed)) == ["contacts", "customers", "tasks"]


def test_the_claim_and_the_refusal_read_in_russian(qtbot, demo_context, as_anna,
                                                    tmp_path) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.ui import i18n

    i18n.install(QGuiApplication.instance(), "ru")
    try:
        generate_tasks(demo_context.db, demo_context.settings, demo_context.clock.today(),
                       demo_context.clock.now())
        listed = task_service.list_today(demo_context.db, demo_context.settings,
                                         demo_context.clock.today())
        claims.claim(demo_context.db, listed[1].id, "Борис", demo_context.clock.now())
        page = _today(qtbot, demo_context)
        row = page.model.row_of(listed[1].id)
        assert page.model.index(row, 0).data().endswith("— ✎ Борис пишет")
        page._select_row(row)
        page.grab().save(str(tmp_path / "today_claimed_ru.png"))
        card = CustomerCardDialog(demo_context, listed[0].customer_id)
        qtbot.addWidget(card)
        customers.save_details(demo_context.db, listed[0].customer_id,
                               customers.get_card(demo_context.db, listed[0].customer_id).details)
        card.resize(900, 700)
        card.show()
        card.save()
        assert card.error_label.text().startswith("Кто-то изменил эту карточку")
        assert card.reload_button.text() == "Загрузить карточку заново"
        card.grab().save(str(tmp_path / "card_stale_ru.png"))
    finally:
        i18n.install(QGuiApplication.instance(), "en")


def test_the_history_says_who_sent_it(qapp) -> None:
    from app.services.loyalty.ladder import DEFAULT_LADDER
    from app.services.timeline import CONTACT, TimelineEvent
    from app.ui.dialogs.timeline_words import details

    event = TimelineEvent(dt.date(2026, 11, 27), CONTACT, "Message", channel="whatsapp",
                          outcome="sent", by_person="Anna")
    assert details(event, DEFAULT_LADDER, "RUB", "en").endswith("· by Anna")
    unknown = TimelineEvent(dt.date(2026, 11, 27), CONTACT, "Message", outcome="sent")
    assert "by" not in details(unknown, DEFAULT_LADDER, "RUB", "en")


def test_the_name_is_asked_once_in_team_mode_only(qtbot, context, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QWidget

    from app.ui import team_start

    monkeypatch.setattr(people, "_current", None)
    asked: list[str] = []

    def answer(_parent, title, _label, *args, **kwargs):
        asked.append(title)
        return "  Anna ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(type(context.db), "dialect", property(lambda _db: "sqlite"))
    assert team_start.start_team(window, context) is None  # solo (SQLite): no name, no poll
    assert asked == [] and people.current() is None
    monkeypatch.setattr(type(context.db), "dialect", property(lambda _db: "postgresql"))
    watcher = team_start.start_team(window, context)
    assert asked == ["Who is using Regulars?"] and people.current() == "Anna"
    assert watcher is not None and watcher.timer.isActive()
    watcher.timer.stop()
    people.set_current(None)
    team_start.start_team(window, context).timer.stop()  # the stored name: not asked again
    assert len(asked) == 1 and people.current() == "Anna"
    wait_idle(qtbot, context)
