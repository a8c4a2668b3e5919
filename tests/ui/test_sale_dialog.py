"""The sale dialog: find or add the customer, read the amount, save in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.sales import records
from app.services.sales.records import HandSale
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.dialogs.sale_dialog import SaleDialog, date_format
from tests.conftest import TODAY
from tests.services.reminders.data import add_customer, add_order
from tests.ui.conftest import wait_idle


def _rows(db, sql: str, *params):
    conn = db.raw_connection()
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _dialog(qtbot, context, **kwargs) -> SaleDialog:
    dialog = SaleDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    return dialog


def _search(qtbot, dialog: SaleDialog, text: str) -> list[str]:
    dialog.search.setText(text)
    qtbot.waitUntil(lambda: not dialog._search_timer.isActive(), timeout=2000)
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]


def test_search_as_you_type_picks_the_customer_and_saves(qtbot, context) -> None:
    anna = add_customer(db := context.db, "Анна Ким", phone="+79131112233")
    add_customer(db, "Борис Орлов", phone="+79131112244")
    dialog = _dialog(qtbot, context)
    assert not dialog.save_button.isEnabled()
    assert dialog.date_edit.date().toPython() == TODAY
    assert _search(qtbot, dialog, "кИм") == ["Анна Ким  ·  +7 913 111-22-33"]
    assert _search(qtbot, dialog, "111-22-44") == ["Борис Орлов  ·  +7 913 111-22-44"]
    assert "Nobody found" in _search(qtbot, dialog, "Зоя")[0]
    _search(qtbot, dialog, "анна")
    dialog._pick(dialog.results.item(0))
    assert "Анна Ким" in dialog.chosen.text()
    assert not dialog.save_button.isEnabled()  # no amount yet
    dialog.amount_edit.setText("1 200,50")
    dialog.product_edit.setText("Кофе")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    wait_idle(qtbot, context)
    assert _rows(db, "SELECT customer_id, amount_minor, product, origin, purchased_on"
                     " FROM purchases") == [(anna, 120050, "Кофе", "hand", TODAY.isoformat())]
    # The figures followed in the same job.
    assert _rows(db, "SELECT orders_count, total_spent_minor FROM customer_stats"
                     " WHERE customer_id = ?", anna) == [(1, 120050)]


def test_amount_errors_are_shown_inline(qtbot, context) -> None:
    add_customer(context.db, "Анна")
    dialog = _dialog(qtbot, context, customer_id=1)
    assert "Анна" in dialog.chosen.text()
    dialog.amount_edit.setText("12-5")
    assert dialog.amount_error.isVisibleTo(dialog) and "not a number" in dialog.amount_error.text()
    assert not dialog.save_button.isEnabled()
    dialog.amount_edit.setText("1200.50")
    assert not dialog.amount_error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()
    dialog.amount_edit.setText("")
    assert not dialog.amount_error.isVisibleTo(dialog)  # empty is not yet an error
    assert not dialog.save_button.isEnabled()


def test_a_new_customer_with_her_sale(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    _search(qtbot, dialog, "Вера Лис")
    dialog.new_button.click()
    assert dialog.new_name.text() == "Вера Лис" and not dialog.search.isEnabled()
    dialog.new_phone.setText("12")  # not a phone: the service refuses, nothing is written
    dialog.amount_edit.setText("450")
    dialog.save_button.click()
    wait_idle(qtbot, context)
    assert "phone" in dialog.error_label.text() and dialog.isVisible()
    assert _rows(context.db, "SELECT COUNT(*) FROM customers") == [(0,)]
    dialog.new_phone.setText("8 913 111-22-55")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    wait_idle(qtbot, context)
    assert _rows(context.db, "SELECT c.display_name, c.phone_e164, p.amount_minor FROM customers c"
                             " JOIN purchases p ON p.customer_id = c.id") == [
        ("Вера Лис", "+79131112255", 45000)]


def test_date_format_follows_the_language(qapp) -> None:
    assert date_format("ru") == "dd.MM.yyyy"
    assert "yyyy" in date_format("en") and "MMM" in date_format("en")


def test_the_card_adds_changes_and_deletes_only_hand_sales(qtbot, context, monkeypatch) -> None:
    db = context.db
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - dt.timedelta(days=30), 100_000)
    sale = records.add_sale(db, HandSale(anna, TODAY, 20_000, "Чай"), today=TODAY, region="RU")
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    panel = card.purchases_panel
    assert panel.add_button.isEnabled()
    model = card.purchases_model
    rows = {model.records[r].id: r for r in range(model.rowCount())}
    imported_id = next(i for i in rows if i != sale.purchase_id)
    card.purchases_view.selectRow(rows[imported_id])
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "imported file" in panel.edit_button.toolTip()
    card.purchases_view.selectRow(rows[sale.purchase_id])
    assert panel.edit_button.isEnabled() and panel.edit_button.toolTip() == ""

    panel.edit_sale()
    [dialog] = panel.findChildren(SaleDialog)
    wait_idle(qtbot, context)
    assert dialog.amount_edit.text() == "200.00" and dialog.product_edit.text() == "Чай"
    dialog.amount_edit.setText("250")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    wait_idle(qtbot, context)
    assert _rows(db, "SELECT amount_minor FROM purchases WHERE id = ?", sale.purchase_id) == [
        (25_000,)]
    assert sorted(p.amount_minor for p in model.records) == [25_000, 100_000]  # card reloaded

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    rows = {model.records[r].id: r for r in range(model.rowCount())}
    card.purchases_view.selectRow(rows[sale.purchase_id])
    panel.delete_button.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: [p.amount_minor for p in model.records] == [100_000], timeout=5000)
    assert _rows(db, "SELECT total_spent_minor FROM customer_stats WHERE customer_id = ?",
                 anna) == [(100_000,)]


def test_the_main_window_shortcut_opens_the_dialog(qtbot, main_window) -> None:
    assert main_window.add_sale_action.shortcut().toString() == "Ctrl+Shift+S"
    main_window.add_sale_action.trigger()
    [dialog] = main_window.findChildren(SaleDialog)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, main_window.context)
    assert _search(qtbot, dialog, "a") and dialog.results.item(0).flags() & (
        Qt.ItemFlag.ItemIsEnabled)
