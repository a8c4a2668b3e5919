"""Loyalty levels in the UI: the Customers badge column and filter, the card's level list and
"Set level by hand", and Settings → Loyalty's preview of who would move."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from app.services.customers import load_customer_table
from app.services.loyalty import levels
from app.services.loyalty.ladder import DEFAULT_LADDER
from app.services.loyalty.levels import ladder_of
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.pages.customers_page import CustomersPage
from app.ui.table_models.customers_model import COLUMNS
from tests.services.reminders.data import add_customer
from tests.ui.conftest import wait_idle

LEVEL = [key for key, _c, _n in COLUMNS].index("level")
NAMES = {"new": "New", "regular": "Regular", "vip": "VIP", "ambassador": "Ambassador"}


@pytest.fixture
def leveled(demo_context):
    levels.recalculate(demo_context.db, DEFAULT_LADDER, demo_context.clock.today())
    return demo_context


def _expected_levels(db) -> Counter[str]:
    """By hand from the orders column: 1 → New, 2 → Regular, 3-4 → VIP, 5+ → Ambassador."""
    orders = load_customer_table(db)["orders"]
    return Counter("ambassador" if n >= 5 else "vip" if n >= 3 else "regular" if n == 2
                   else "new" for n in orders if n >= 1)


def test_the_badge_column_and_the_level_filter(qtbot, leveled) -> None:
    page = CustomersPage(leveled)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, leveled)
    shown = Counter(page.model.index(r, LEVEL).data() for r in range(page.model.rowCount()))
    expected = _expected_levels(leveled.db)
    assert {NAMES[k]: n for k, n in expected.items()} == {k: n for k, n in shown.items() if k}
    assert page.model.index(0, LEVEL).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.level_filter.setCurrentIndex(page.level_filter.findData("vip"))
    assert page.model.rowCount() == expected["vip"] > 0
    assert {page.model.index(r, LEVEL).data() for r in range(page.model.rowCount())} == {"VIP"}
    page.table.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)
    page.level_filter.setCurrentIndex(0)
    top = page.model.index(0, LEVEL).data()
    assert top == "Ambassador"  # sorted by place on the ladder, not by name


def test_the_card_lists_levels_and_sets_one_by_hand(qtbot, leveled, monkeypatch) -> None:
    frame = load_customer_table(leveled.db)
    customer = int(frame[frame["orders"] == 3]["id"].iloc[0])
    card = CustomerCardDialog(leveled, customer)
    qtbot.addWidget(card)
    model = card.level_line.history_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "VIP", "Regular", "New"]
    assert "VIP" in card.level_line.badge.text()
    card.level_line._set("ambassador")
    assert levels.current_levels(leveled.db)[customer] == ("ambassador", "hand")
    assert model.index(0, 0).data() == "Ambassador"
    assert model.index(0, 3).data() == "set by hand"
    assert "(set by hand)" in card.level_line.badge.text()


def test_settings_loyalty_previews_who_would_move_and_saves(qtbot, leveled) -> None:
    dialog = SettingsDialog(leveled)
    qtbot.addWidget(dialog)
    editor = dialog.ladder_editor
    assert editor.ladder() == ladder_of(leveled.settings)  # built-in names stay unnamed
    editor._rows[2].orders.setValue(4)  # VIP from the 4th order
    editor.update_preview()
    qtbot.waitUntil(lambda: editor.last_preview is not None)
    frame = load_customer_table(leveled.db)
    threes = int((frame["orders"] == 3).sum())
    assert len(editor.last_preview.down) == threes > 0
    assert editor.last_preview.up == []
    assert f"Would move down: {threes}" in editor.preview_label.text()
    dialog.accept()
    wait_idle(qtbot, leveled)
    assert ladder_of(leveled.settings).levels[2].orders == 4
    now = Counter(key for key, _how in levels.current_levels(leveled.db).values())
    assert now["vip"] == int((frame["orders"] == 4).sum())


def test_today_header_badge(leveled) -> None:
    from app.ui.level_names import level_badge

    frame = load_customer_table(leveled.db)
    vip = int(frame[frame["orders"] == 3]["id"].iloc[0])
    assert ">&nbsp;VIP&nbsp;<" in level_badge(leveled, vip)
    assert level_badge(leveled, add_customer(leveled.db, "No orders yet")) == ""
