"""The main window opens on Today, visits every page, and routes drops of spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent

from app.ui.main_window import PAGE_CLASSES
from app.ui.pages.base import Page
from tests.ui.conftest import wait_idle


def test_opens_on_today_and_visits_every_page(qtbot, main_window, demo_context) -> None:
    assert main_window.current_page_key() == "today"
    for row, (key, _m, _c) in enumerate(PAGE_CLASSES):
        main_window.sidebar.setCurrentRow(row)
        wait_idle(qtbot, demo_context)
        assert main_window.current_page_key() == key
        page = main_window.stack.currentWidget()
        assert isinstance(page, Page)
        assert page.title()


def test_today_badge_shows_count(main_window) -> None:
    main_window.set_today_badge(7)
    assert "7" in main_window.sidebar.item(0).text()
    main_window.set_today_badge(0)
    assert "(" not in main_window.sidebar.item(0).text()


def test_drag_of_a_spreadsheet_is_accepted_and_other_files_are_not(main_window, tmp_path) -> None:
    def drag(name: str) -> QDragEnterEvent:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(Path(tmp_path) / name))])
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)
        try:  # PySide6 up to 6.11 takes a QPoint, later versions a QPointF
            event = QDragEnterEvent(QPoint(10, 10), *args)
        except TypeError:
            event = QDragEnterEvent(QPointF(10, 10), *args)
        main_window.dragEnterEvent(event)
        return event

    assert drag("sales.xlsx").isAccepted()
    assert main_window.drop_overlay.isVisible()
    main_window.dragLeaveEvent(QDragLeaveEvent())
    assert not main_window.drop_overlay.isVisible()
    assert not drag("photo.jpg").isAccepted()


def test_geometry_is_remembered(qtbot, main_window, demo_context) -> None:
    from PySide6.QtCore import QSettings

    main_window.resize(1111, 700)
    main_window.close()
    assert QSettings().value("main_window/geometry") is not None


def test_an_older_load_arriving_last_does_not_overwrite_a_newer_one(qtbot, demo_context) -> None:
    import threading

    from app.ui.pages.base import Page

    class Probe(Page):
        def title(self) -> str:
            return "probe"

    page = Probe(demo_context)
    qtbot.addWidget(page)
    shown: list[str] = []
    release_old = threading.Event()

    def old_work(_job) -> str:
        release_old.wait(5)
        return "old"

    page.load_latest("load", old_work, shown.append)
    page.load_latest("load", lambda _job: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"])
    release_old.set()
    wait_idle(qtbot, demo_context)
    assert shown == ["new"]
