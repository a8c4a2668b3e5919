"""Bulk messages to messenger people: opened one by one in the table's order, and the preview
always shows the selected row, after sorting too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from app.models import Contact, Customer
from app.ui.dialogs.bulk_send_dialog import BulkSendDialog
from tests.ui.conftest import wait_idle


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toString()) or True)
    return urls


@pytest.fixture
def dialog(qtbot, context):
    rows = [
        Customer(display_name="Анна", phone_e164="+79120000001"),
        Customer(display_name="Борис", phone_e164="+79120000002", telegram="@boris_b",
                 preferred_channel="telegram"),
        Customer(display_name="Вера", phone_e164="+79120000003", preferred_channel="sms"),
        Customer(display_name="Дина", phone_e164="+79120000004"),
    ]
    with context.db.transaction() as s:
        s.add_all(rows)
        s.flush()
        ids = [r.id for r in rows]
    dialog = BulkSendDialog(context, ids, "Selection", "winback")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)  # each customer's preferred channel (WhatsApp when none)
    return dialog


def selected_name(dialog) -> str:
    return dialog.one_by_one.current().name


def contacts(context) -> list[tuple[int, str, str]]:
    with context.db.session() as s:
        return [(c.customer_id, c.channel, c.outcome)
                for c in s.scalars(select(Contact).order_by(Contact.id))]


def test_open_one_by_one_walks_the_table_in_its_sorted_order(qtbot, dialog, context,
                                                             opened) -> None:
    bar = dialog.one_by_one
    dialog.items_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # Дина, Вера, Борис, Анна
    dialog.items_view.selectRow(0)
    assert (selected_name(dialog), bar.position.text()) == ("Дина", "1 of 4")
    assert not bar.previous_button.isEnabled()
    assert bar.open_button.text() == "Open in WhatsApp"
    bar.open_button.click()  # opens Дина's, then Вера is next
    assert len(opened) == 1 and opened[0].startswith("https://wa.me/79120000004?text=")
    assert (selected_name(dialog), bar.position.text()) == ("Вера", "2 of 4")
    assert bar.open_button.text() == "Open in SMS"
    assert "Hi Вера!" in dialog.preview.toPlainText()
    bar.next_button.click()  # skip Вера
    assert selected_name(dialog) == "Борис"
    bar.previous_button.click()
    assert selected_name(dialog) == "Вера"
    bar.open_button.click()
    assert opened[1].startswith("sms:+79120000003?body=")
    bar.open_button.click()  # Борис: Telegram cannot take the text, so it is copied
    assert opened[2] == "https://t.me/boris_b" and "clipboard" in bar.status.text()
    assert selected_name(dialog) == "Анна"
    bar.open_button.click()
    assert opened[3].startswith("https://wa.me/79120000001")
    assert not bar.next_button.isEnabled()  # the end of the table
    results = [dialog.items_model.index(row, 4).data() for row in range(4)]
    assert results == ["Opened"] * 4
    # One contact per person, in the order they were written to.
    assert [(c[1], c[2]) for c in contacts(context)] == [
        ("whatsapp", "opened"), ("sms", "opened"), ("telegram", "opened"),
        ("whatsapp", "opened")]
    wait_idle(qtbot, context)


def test_a_second_open_of_the_same_person_is_still_one_contact(dialog, context,
                                                               opened) -> None:
    dialog.items_view.selectRow(0)
    dialog.one_by_one.open_button.click()
    dialog.one_by_one.previous_button.click()
    dialog.one_by_one.open_button.click()
    assert len(opened) == 2 and len(contacts(context)) == 1


def test_the_preview_follows_the_selected_row_after_sorting(dialog) -> None:
    view = dialog.items_view
    view.selectRow(1)
    assert selected_name(dialog) == "Борис"
    assert "Hi Борис!" in dialog.preview.toPlainText()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    # The selection stays on Борис, now the third row, and the preview still shows him.
    assert view.selectionModel().selectedRows()[0].row() == 2
    assert selected_name(dialog) == "Борис"
    assert "Hi Борис!" in dialog.preview.toPlainText()
    assert dialog.one_by_one.position.text() == "3 of 4"
    view.selectRow(0)
    assert "Hi Дина!" in dialog.preview.toPlainText()
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by channel: SMS, Telegram, WhatsApp...
    assert "Hi Дина!" in dialog.preview.toPlainText() and selected_name(dialog) == "Дина"
