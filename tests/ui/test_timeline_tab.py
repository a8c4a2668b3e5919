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
