"""Customers page: search, sort, segment filter and the customer card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.services.customers import get_card
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.pages.customers_page import CustomersPage
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> CustomersPage:
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def choose_segment(page: CustomersPage, segment: str) -> None:
    """Pick a segment in the filter, as the owner does."""
    index = page.segment_filter.findData(segment)
    assert index >= 0
    page.segment_filter.setCurrentIndex(index)


def test_model_passes_qt_model_tester(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    ModelTester(None).check(page.model, force_py=True)


def test_lists_every_customer_and_searches_by_name_phone_email(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    assert page.model.rowCount() == 360
    name = page.model.index(0, 0).data()
    page.search.setText(name.split()[1].lower())
    qtbot.waitUntil(lambda: page.model.rowCount() < 360)
    assert all(name.split()[1].lower() in page.model.index(r, 0).data().lower()
               for r in range(page.model.rowCount()))
    card = get_card(demo_context.db, page.model.customer_id(0))
    page.search.setText(card.phone_e164[-7:])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.customer_id(0) == card.id


def test_sorts_numbers_as_numbers(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # orders
    orders = [int(page.model.index(r, 3).data()) for r in range(page.model.rowCount())]
    assert orders == sorted(orders, reverse=True)
    assert orders[0] > 9


def test_segment_filter_shows_only_that_segment(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    choose_segment(page, "lost")
    rows = page.model.rowCount()
    assert 0 < rows < 360
    assert {page.model.index(r, 7).data() for r in range(rows)} == {"Lost"}


def test_card_edits_are_saved(qtbot, demo_context) -> None:
    seen: list[str] = []
    demo_context.signals.data_changed.connect(seen.append)
    dialog = CustomerCardDialog(demo_context, 3)
    qtbot.addWidget(dialog)
    assert dialog.purchases_model.rowCount() > 0
    dialog.notes_edit.setPlainText("Берёт зерно для турки")
    dialog.phone_edit.setText("8 912 000-11-22")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    card = get_card(demo_context.db, 3)
    assert card.details.notes == "Берёт зерно для турки"
    assert card.phone_e164 == "+79120001122"
    assert "customers" in seen


def test_card_shows_problem_instead_of_saving_bad_email(qtbot, demo_context) -> None:
    dialog = CustomerCardDialog(demo_context, 3)
    qtbot.addWidget(dialog)
    dialog.email_edit.setText("not an email")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "e-mail" in dialog.error_label.text().lower()


def test_empty_database_shows_welcome(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert page.stack.currentWidget() is page.welcome


def test_card_explains_the_segment_and_what_to_do(qtbot, demo_context) -> None:
    dialog = CustomerCardDialog(demo_context, 3)
    qtbot.addWidget(dialog)
    text = dialog.segment_label.text()
    assert "What to do:" in text
    assert "R" in text and "F" in text and "M" in text


def test_card_write_button_opens_the_send_dialog(qtbot, demo_context, monkeypatch) -> None:
    from app.ui.dialogs import send_dialog

    opened: list[object] = []
    monkeypatch.setattr(send_dialog.SendDialog, "open", lambda self: opened.append(self))
    dialog = CustomerCardDialog(demo_context, 3)
    qtbot.addWidget(dialog)
    dialog.write_button.click()
    assert len(opened) == 1 and opened[0].customer_id == 3


def test_new_customer_card_has_no_actions_until_saved(qtbot, demo_context) -> None:
    dialog = CustomerCardDialog(demo_context, None)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    dialog.name_edit.setText("Новая Покупательница")
    dialog.save()
    assert dialog.customer_id is not None


def test_write_to_selected_or_to_everyone_shown(qtbot, demo_context, monkeypatch) -> None:
    from app.ui.dialogs import bulk_send_dialog

    calls: list[list[int]] = []
    monkeypatch.setattr(bulk_send_dialog, "open_bulk_send",
                        lambda context, ids, parent, source="", template=None: calls.append(
                            list(ids)))
    page = _page(qtbot, demo_context)
    choose_segment(page, "lost")
    shown = page.model.rowCount()
    page.write_button.click()
    assert len(calls[-1]) == shown
    page.table.selectRow(0)
    page.write_button.click()
    assert calls[-1] == [page.model.customer_id(0)]


def test_card_of_a_free_only_customer_shows_a_purchase_and_a_segment(qtbot, context) -> None:
    from app.services.segments.recompute import recompute
    from tests.free_shop import BORIS, DARIA, create_free_shop

    create_free_shop(context.db)
    recompute(context.db, context.clock.today())
    boris = CustomerCardDialog(context, BORIS)
    qtbot.addWidget(boris)
    assert "last purchase" in boris.summary.text() and "no purchases" not in boris.summary.text()
    assert "New" in boris.segment_label.text()
    # Дарья: a free line and a larger refund; money spent shows 0, never below.
    daria = CustomerCardDialog(context, DARIA)
    qtbot.addWidget(daria)
    assert "spent ₽0, last purchase" in daria.summary.text()
