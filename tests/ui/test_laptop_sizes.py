"""Every page at the minimum window size and on a laptop, in both languages: columns wide enough
for their headers, sortable tables, readable chart labels, the card's and the settings' layout.

Screenshots of the same screens: tools/screens.py.
"""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView

from app.services.money import symbol
from app.services.phones import format_phone
from app.services.reminders.generate import generate_tasks
from app.services.settings import CURRENCY
from app.ui import i18n
from app.ui.main_window import MINIMUM_SIZE, PAGE_CLASSES, MainWindow, default_size
from app.ui.pages.segments_page import COLOURS, SegmentsPage, opening_segment
from app.ui.segment_names import segment_label
from app.ui.widgets.segment_chart import DARK_TEXT, SegmentChart, contrast, text_on
from tests.ui.conftest import _make_context, wait_idle

LAPTOP_ROOM = QSize(1366, 768 - 40 - 30)  # a 1366x768 screen less the taskbar and a title bar


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):
    chosen = i18n.install(qapp, request.param)
    yield chosen
    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot, demo_db, clock, language):
    context = _make_context(demo_db, clock, language)
    generate_tasks(demo_db, context.settings, clock.today(), clock.now())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(MINIMUM_SIZE)
    window.show()
    wait_idle(qtbot, context)
    yield window
    context.jobs.cancel_all()
    context.jobs.wait(10_000)


def _show(qtbot, window: MainWindow, key: str):
    page = window.show_page(key)
    for _ in range(3):  # a page's load may start another (the segment's customers)
        wait_idle(qtbot, window.context)
        QApplication.processEvents()
    return page


def test_default_window_fits_a_laptop_and_grows_on_a_big_screen() -> None:
    laptop = default_size(QSize(1366, 728))
    assert laptop.width() <= LAPTOP_ROOM.width() and laptop.height() <= LAPTOP_ROOM.height()
    assert laptop.width() > MINIMUM_SIZE.width() and laptop.height() > MINIMUM_SIZE.height()
    assert default_size(QSize(1920, 1040)) == QSize(1280, 800)
    assert default_size(QSize(800, 560)) == MINIMUM_SIZE  # never below the minimum


def test_at_the_minimum_size_no_column_is_narrower_than_its_header(qtbot, window) -> None:
    narrow = []
    for key, _module, _cls in PAGE_CLASSES:
        page = _show(qtbot, window, key)
        for table in page.findChildren(QTableView):
            if not table.isVisible() or table.model() is None:
                continue
            header = table.horizontalHeader()
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
                arrow = 16 if table.isSortingEnabled() else 0
                widest = max(header.fontMetrics().horizontalAdvance(line)
                             for line in title.split("\n"))  # a header may wrap
                needed = widest + 8 + arrow
                if header.sectionSize(column) < needed:
                    narrow.append(f"{key}: {title!r} {header.sectionSize(column)} < {needed}")
    assert not narrow, "\n".join(narrow)


def test_today_keeps_the_why_column_readable_at_the_minimum_size(qtbot, window) -> None:
    page = _show(qtbot, window, "today")
    assert page.model.tasks()
    assert page.table.columnWidth(1) >= 300  # the reason is what the owner reads
    # The task's panel went under the list rather than squeezing it.
    assert page.splitter.orientation() == Qt.Orientation.Vertical
    assert page.table.height() >= 4 * page.table.rowHeight(1)
    window.resize(1280, 720)
    QApplication.processEvents()
    assert page.splitter.orientation() == Qt.Orientation.Horizontal


def test_today_sorts_within_its_priority_groups(qtbot, window) -> None:
    page = _show(qtbot, window, "today")
    model = page.model
    groups = model.group_rows()
    order = [t.id for t in model.tasks()]
    chosen = model.tasks()[-1]
    page.table.selectRow(model.row_of(chosen.id))

    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.group_rows() == groups  # the group rows stay where they were (spans too)
    members: list[list[str]] = []
    for row in range(model.rowCount()):
        task = model.task(row)
        if task is None:
            members.append([])
        else:
            members[-1].append(task.name.casefold())
    assert all(names == sorted(names) for names in members)
    assert any(len(names) > 1 for names in members)
    assert page.current_task() is not None and page.current_task().id == chosen.id

    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first = [model.task(r).name.casefold() for r in range(1, 1 + len(members[0]))]
    assert first == sorted(members[0], reverse=True)
    page.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert [t.id for t in model.tasks()] == order  # back to the order of priority


def test_segments_summary_sorts_and_keeps_its_order_on_new_data(qtbot, window) -> None:
    page = _show(qtbot, window, "segments")
    assert page.summary_table.isSortingEnabled()
    page.summary_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    model = page.summary_model
    counts = [int(model.value(r, "customers")) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    assert page.data is not None
    model.set_frame(page.data.summary)  # a reload keeps the order the header shows
    assert [int(model.value(r, "customers")) for r in range(model.rowCount())] == counts
    page.summary_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert str(model.value(0, "segment")) == "champions"  # the catalog's order again


def test_segments_page_opens_on_the_most_urgent_segment() -> None:
    def counts(**values: int) -> pd.Series:
        keys = list(COLOURS)
        return pd.Series([values.get(k, 0) for k in keys], index=keys)

    assert opening_segment(counts(lost=300, champions=40, cant_lose=2, at_risk=9)) == "cant_lose"
    assert opening_segment(counts(lost=300, champions=40, at_risk=9)) == "at_risk"
    assert opening_segment(counts(lost=300, hibernating=80, loyal=7, new=12)) == "new"
    assert opening_segment(counts(lost=300, hibernating=80)) == "lost"


@pytest.mark.parametrize("dark", [False, True])
def test_chart_labels_read_on_every_segment_colour(qtbot, demo_context, dark) -> None:
    page = SegmentsPage(demo_context)
    qtbot.addWidget(page)
    if dark:
        palette = page.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        page.setPalette(palette)
    assert page.is_dark() == dark
    for key in COLOURS:
        face = page.colour(key)
        text = QColor(text_on(face))
        assert contrast(face, text) >= 4.5, f"{key} {face.name()} / {text.name()}"
    # Dark text on the light colours.
    assert text_on(QColor(COLOURS["need_attention"])) == DARK_TEXT
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0


@pytest.mark.parametrize("size", [QSize(360, 320), QSize(520, 380)])
def test_chart_labels_fit_their_cells(qtbot, qapp, size) -> None:
    import numpy as np

    i18n.install(qapp, "ru")  # the longer names
    try:
        chart = SegmentChart()
        qtbot.addWidget(chart)
        chart.resize(size)
        chart.show()
        chart.plot(np.full((5, 5), 88), 120, colour=lambda k: QColor(COLOURS[k]),
                   label=segment_label, r_ticks=list("54321"), f_ticks=list("12345"),
                   titles=("F", "R", segment_label("lost")), dark=False)
        chart.grab()  # draws
        renderer = chart.get_renderer()
        (x0, y0), (x1, y1) = chart._grid_ax.transData.transform([(0, 0), (1, 1)])
        shown = 0
        for artist, _name in chart._labels:
            if not artist.get_visible():
                continue
            shown += 1
            box = artist.get_window_extent(renderer)
            left, top = artist.get_position()  # data coordinates of the cell's corner
            cell_x = x0 + int(left) * (x1 - x0)
            cell_top = y0 + (int(top) + 1) * (y1 - y0)
            assert cell_x <= box.x0 and box.x1 <= cell_x + (x1 - x0), artist.get_text()
            assert box.y1 <= cell_top and box.y0 >= cell_top - (y1 - y0) / 2, artist.get_text()
        assert shown >= (4 if size.width() < 400 else len(chart._labels))
    finally:
        i18n.install(qapp, "en")


def test_card_title_phone_and_delete_far_from_save(qtbot, window) -> None:
    from app.services.customers import get_card
    from app.ui.dialogs.customer_card import CustomerCardDialog

    context = window.context
    card = get_card(context.db, 3)
    dialog = CustomerCardDialog(context, 3, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert card.details.display_name in dialog.windowTitle()
    assert card.phone_e164 and dialog.phone_edit.text() == format_phone(card.phone_e164)
    assert dialog.details().phone_raw == card.details.phone_raw  # unchanged: stored as it was
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert dialog.delete_button not in dialog.buttons.buttons()
    delete_right = dialog.delete_button.mapTo(dialog, dialog.delete_button.rect().topRight())
    save_left = save.mapTo(dialog, save.rect().topLeft())
    assert save_left.x() - delete_right.x() > 100  # a wide gap: Delete is not beside Save


def test_settings_fit_a_laptop_with_no_tab_scrolling(qtbot, context, language) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    size = dialog.unscrolled_size()
    assert size.width() <= LAPTOP_ROOM.width() and size.height() <= LAPTOP_ROOM.height()
    dialog.resize(size)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        scroll = dialog.tabs.widget(index)
        assert isinstance(scroll, QScrollArea)
        assert scroll.verticalScrollBar().maximum() == 0, dialog.tabs.tabText(index)


def test_dashboard_axes_carry_the_currency_and_the_year(qtbot, window) -> None:
    page = _show(qtbot, window, "dashboard")
    assert page.charts is not None
    # A widget added to a shown page is shown by a queued event, and draws then.
    qtbot.waitUntil(lambda: page.charts.charts[0].axes is not None)
    chart = page.charts.charts[0].canvas  # the revenue tab, shown first
    axes = chart.figure.axes[0]
    chart.canvas.draw()
    money = axes.yaxis.get_major_formatter()
    sign = symbol(window.context.settings.get(CURRENCY))
    assert all(sign in money(v, 0) for v in axes.get_yticks() if v > 0)
    months = [t.get_text() for t in axes.get_xticklabels()]
    assert len(months) == 12
    today = window.context.clock.today()
    assert str(today.year) in months[-1] or str(today.year) in "".join(months)
    assert str(today.year - 1) in months[0]  # twelve months back starts in the previous year
