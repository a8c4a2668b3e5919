"""Today's column shows the restock reason by the product (the full sentence in the tooltip and
the detail panel), in English and Russian."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt

from app.services.reminders.generate import generate_tasks
from app.ui.pages.today_page import TodayPage
from tests.services.reminders.data import add_customer, add_order, only
from tests.ui.conftest import wait_idle

COFFEE = "Кофе в зёрнах"


def _regulars(context) -> None:
    """Three customers buy coffee every 28 days; the last time 30 days ago."""
    last = context.clock.today() - dt.timedelta(days=30)
    for n in range(3):
        cid = add_customer(context.db, f"Покупательница {n}")
        for k in range(5):
            add_order(context.db, cid, last - dt.timedelta(days=28 * k), product=COFFEE)


def test_the_column_names_the_product_the_sentence_stays_whole(qtbot, context) -> None:
    only(context.settings, "restock")
    _regulars(context)
    generate_tasks(context.db, context.settings, context.clock.today(), context.clock.now())
    for language, brief, full in [
        ("en", "time to restock Кофе в зёрнах, every 28 days",
         "time to restock: usually buys Кофе в зёрнах every 28 days, last 30 days ago"),
        ("ru", "пора пополнить «Кофе в зёрнах», раз в 28 дней",
         "пора пополнить запас: обычно берёт «Кофе в зёрнах» раз в 28 дней, "
         "последний раз 30 дней назад")]:
        context.language = language
        page = TodayPage(context)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.ensure_fresh()
        wait_idle(qtbot, context)
        tasks = page.model.tasks()
        assert [t.rule for t in tasks] == ["restock"] * 3
        index = page.model.index(page.model.row_of(tasks[0].id), 1)
        assert page.model.data(index, Qt.ItemDataRole.DisplayRole) == brief
        assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == full
        assert page.reason_label.text() == full
        if os.environ.get("REGULARS_SHOTS"):
            page.grab().save(f"{os.environ['REGULARS_SHOTS']}/today_restock_{language}.png")
