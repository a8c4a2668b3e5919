"""Writing to a customer from their card takes them off the Today page that is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.dialogs.send_dialog import SendDialog
from tests.ui.conftest import wait_idle
from tests.ui.test_today_page import _page


def _listed(page) -> set[int]:
    return {t.customer_id for r in range(page.model.rowCount())
            if (t := page.model.task(r)) is not None}


def _send_dialog(qtbot, card) -> SendDialog:
    card.write_message()
    [dialog] = card.findChildren(SendDialog)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, card.context)
    return dialog


@pytest.mark.parametrize("how", ["mark", "open"])
def test_a_message_from_the_card_refreshes_today(qtbot, demo_context, monkeypatch, how) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    page = _page(qtbot, demo_context)
    task = page.current_task()
    assert task is not None and task.customer_id in _listed(page)
    card = CustomerCardDialog(demo_context, task.customer_id)
    qtbot.addWidget(card)
    wait_idle(qtbot, demo_context)
    dialog = _send_dialog(qtbot, card)
    (dialog.mark_button if how == "mark" else dialog.open_button).click()
    wait_idle(qtbot, demo_context)
    qtbot.waitUntil(lambda: task.customer_id not in _listed(page), timeout=10_000)
