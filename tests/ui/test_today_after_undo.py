"""Undoing an import from the menu takes its reminders off the Today page on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services.day import refresh_day
from app.ui.importing import flow as import_flow
from app.ui.pages.today_page import TodayPage
from tests.services.importing import samples
from tests.services.test_day_after_undo import PEOPLE, SALES, _import
from tests.ui.conftest import wait_idle


def _listed(page: TodayPage) -> list[str]:
    return [t.name for r in range(page.model.rowCount()) if (t := page.model.task(r)) is not None]


def test_the_page_empties_after_the_undo(qtbot, context, tmp_path) -> None:
    _import(context.db, context.settings, samples.write_text(tmp_path, "people.csv", PEOPLE))
    _import(context.db, context.settings, samples.write_text(tmp_path, "sales.csv", SALES))
    refresh_day(context.db, context.settings, context.clock.today(), context.clock.now())
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    assert sorted(_listed(page)) == ["Анна Ким", "Борис Орлов", "Вера Лис"]

    box = import_flow.undo_import(page, context)
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: _listed(page) == [], timeout=10_000)
