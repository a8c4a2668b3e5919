"""The card's Timeline tab: every kind of event, newest first, in the UI language."""

from __future__ import annotations

import datetime as dt

from app.services.sales import records
from app.services.sales.records import HandSale
from app.ui.dialogs.customer_card import CustomerCardDialog
from tests.conftest import TODAY
from tests.services.reminders.data import add_contact, add_customer, add_order
from tests.ui.conftest import wait_idle


def _exec(db, sql: str, *params) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_each_kind_in_order(qtbot, context) -> None:
    db = context.db
    anna = add_customer(db, "Анна")
    vera = add_customer(db, "Вера")
    _exec(db, "UPDATE customers SET referred_by_id = ?, created_at = '2026-01-05 10:00:00'"
              " WHERE id = ?", anna, vera)
    add_order(db, anna, dt.date(2026, 2, 1), 150_000)
    records.add_sale(db, HandSale(anna, dt.date(2026, 11, 20), 45_000, "Кофе", "из чата"),
                     today=TODAY, region="RU")
    add_contact(db, anna, dt.date(2026, 11, 23), outcome="sent", rule="sequence_day_3")
    _exec(db, "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, status, completed_at)"
              " VALUES (?, 'birthday', 'x', '2026-11-25', 'skipped', '2026-11-25 09:00:00')", anna)
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    tab = card.timeline_tab
    assert tab.currentWidget() is tab.view
    assert _cells(tab.model) == [
        ["25 Nov 2026", "Reminder skipped", "Birthday", ""],
        ["23 Nov 2026", "Message", "E-mail sent · After-purchase message, day 3", ""],
        ["20 Nov 2026", "Sale recorded by hand", "Кофе — из чата", "₽450"],
        ["1 Feb 2026", "Order", "", "₽1,500"],
        ["5 Jan 2026", "Brought a friend", "Вера", ""],
    ]


def test_empty_timeline_says_what_will_appear(qtbot, context) -> None:
    anna = add_customer(context.db, "Анна")
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    assert card.timeline_tab.currentWidget() is card.timeline_tab.empty
    assert "Add a sale" in card.timeline_tab.empty.text()


def _whole_relationship(context) -> tuple[int, int]:
    """Anna with a score, a resolved complaint, levels, a merged duplicate (undone) and a friend
    whose first order recorded the bonus; returns (anna, the friend)."""
    from app.services.duplicates import actions
    from app.services.feedback import records as feedback
    from app.services.loyalty import levels
    from app.services.loyalty.ladder import DEFAULT_LADDER
    from app.services.referrals.rewards import record_rewards
    from app.services.settings import REFERRAL_YOUR_BONUS

    db, settings = context.db, context.settings
    day = dt.timedelta(days=1)
    anna = add_customer(db, "Анна")
    twin = add_customer(db, "Аня", phone="+79001112233")
    vera = add_customer(db, "Вера", phone="+79004445566")
    _exec(db, "UPDATE customers SET referred_by_id = ?, created_at = '2026-11-01 10:00:00'"
              " WHERE id = ?", anna, vera)
    add_order(db, anna, TODAY - 40 * day, 100_000)
    add_order(db, anna, TODAY - 30 * day, 200_000)
    add_order(db, twin, TODAY - 20 * day, 50_000)
    merge_id = actions.merge(db, anna, twin, as_of=TODAY - 20 * day)
    _exec(db, "UPDATE customer_merges SET merged_at = '2026-11-10 12:00:00' WHERE id = ?",
          merge_id)
    actions.unmerge(db, merge_id, as_of=TODAY, now=dt.datetime(2026, 11, 12, 9, 0))
    levels.recalculate(db, DEFAULT_LADDER, TODAY - 30 * day)
    low = feedback.record_score(db, settings, anna, 5, TODAY - 9 * day, "Долго ждала")
    assert low.complaint_id is not None
    feedback.update_complaint(db, low.complaint_id, status="resolved", resolution="Извинились",
                              compensation="", compensation_minor=30_000, today=TODAY - 7 * day)
    settings.set(REFERRAL_YOUR_BONUS, "Подарок")
    add_order(db, vera, TODAY - 3 * day, 80_000)
    record_rewards(db, settings)
    return anna, vera


def test_whole_relationship_in_the_ui_language(qtbot, context) -> None:
    anna, _vera = _whole_relationship(context)
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    rows = [row for row in _cells(card.timeline_tab.model)
            if row[1] not in ("Order", "Message", "Reminder done")]
    assert rows == [
        ["24 Nov 2026", "Bonus for a recommendation", "first order ₽800 · Вера — Подарок", ""],
        ["20 Nov 2026", "Complaint resolved", "in 2 days · compensation ₽300 · Извинились",
         ""],
        ["18 Nov 2026", "Complaint", "Resolved · Долго ждала", ""],  # opened by the score
        ["18 Nov 2026", "Satisfaction score", "5 out of 10 · Долго ждала", ""],
        ["12 Nov 2026", "Merge undone", "Аня", ""],
        ["10 Nov 2026", "Duplicate card merged in", "1 purchase came with it · Аня", ""],
        ["1 Nov 2026", "Brought a friend", "Вера", ""],
        ["28 Oct 2026", "Level reached", "Regular", ""],
        ["18 Oct 2026", "Level reached", "New", ""],
    ]


def test_whole_relationship_in_russian(qtbot, qapp, db, clock) -> None:
    from app.ui import i18n
    from app.ui.application import build_context

    i18n.install(qapp, "ru")
    context = build_context(db, "ru", clock=clock)
    try:
        anna, vera = _whole_relationship(context)
        card = CustomerCardDialog(context, anna)
        qtbot.addWidget(card)
        wait_idle(qtbot, context)
        details = {row[1]: row[2] for row in _cells(card.timeline_tab.model)}
        assert details["Жалоба решена"] == "за 2 дня · компенсация 300\u00a0₽ · Извинились"
        assert details["Присоединён дубль"] == "перенесена 1 покупка · Аня"
        assert details["Оценка удовлетворённости"] == "5 из 10 · Долго ждала"
        assert details["Новый уровень"] == "Новый"  # the oldest row of the kind: the first level
        friend = CustomerCardDialog(context, vera)
        qtbot.addWidget(friend)
        wait_idle(qtbot, context)
        assert ["24.11.2026", "Бонус за приход по рекомендации",
                "первый заказ 800\u00a0₽ · Анна", ""] in _cells(friend.timeline_tab.model)
    finally:
        context.jobs.cancel_all()
        context.jobs.wait(10_000)
        i18n.install(qapp, "en")
