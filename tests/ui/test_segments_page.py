"""Segments page: the summary table, the R x F chart, drilling into customers, movement, export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester

from app.services.segments.catalog import KEYS
from app.services.segments.reports import segment_customers, segment_summary
from app.ui.pages.segments_page import SegmentsPage
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> SegmentsPage:
    page = SegmentsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_summary_rows_match_the_service_and_pass_the_model_tester(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    model = page.summary_model
    ModelTester(None).check(model, force_py=True)
    ModelTester(None).check(page.customers_model, force_py=True)
    assert model.rowCount() == len(KEYS)
    summary = segment_summary(demo_context.db)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[0] == "Champions" and labels[-1] == "Lost"
    assert [int(model.index(r, 1).data()) for r in range(model.rowCount())] == list(
        summary["customers"])
    # The page opens on the most urgent non-empty segment, and its customers are listed.
    assert summary.loc["cant_lose", "customers"] > 0
    assert page.selected == "cant_lose"
    assert page.customers_model.rowCount() == summary.loc["cant_lose", "customers"]


def test_clicking_a_segment_in_the_table_lists_its_customers(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    row = page.summary_model.row_of("cant_lose")
    rect = page.summary_table.visualRect(page.summary_model.index(row, 0))
    qtbot.mouseClick(page.summary_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    wait_idle(qtbot, demo_context)
    expected = set(segment_customers(demo_context.db, "cant_lose")["customer_id"])
    assert set(page.customers_model.customer_ids()) == expected
    assert "Can't lose them" in page.customers_title.text()
    assert "What to do" in page.info.text()


def test_clicking_the_chart_selects_the_cell_segment(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    assert page.chart is not None
    page.chart.draw()
    x, y = page.chart.cell_centre(r=5, f=5)  # top-right cell: Champions
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    wait_idle(qtbot, demo_context)
    assert page.selected == "champions"
    assert page.customers_model.rowCount() == len(segment_customers(demo_context.db,
                                                                     "champions"))


def test_movement_numbers_open_exactly_those_customers(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)  # first visit backfills last month's snapshot
    report = page.data.report
    assert report.baseline_on == dt.date(2026, 10, 28) and report.movements
    assert 'href="move:0"' in page.movement_label.text()
    page.movement_label.linkActivated.emit("move:0")
    wait_idle(qtbot, demo_context)
    assert sorted(page.customers_model.customer_ids()) == sorted(
        report.movements[0].customer_ids)


def test_bands_in_force_are_shown(qtbot, demo_context) -> None:
    demo_context.settings.set("rfm_recency_bands", [14, 30, 60, 120])
    page = _page(qtbot, demo_context)
    text = page.bands_label.text()
    assert "5: ≤ 14" in text and "1: 121+" in text and "5 equal groups" in text


def test_export_writes_the_listed_customers(qtbot, demo_context, tmp_path: Path,
                                            monkeypatch) -> None:
    page = _page(qtbot, demo_context)
    page.select_segment("lost")
    wait_idle(qtbot, demo_context)
    target = tmp_path / "lost.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Name", "Phone", "E-mail", "Segment"]
    assert len(rows) - 1 == page.customers_model.rowCount() > 0
    assert {r[3] for r in rows[1:]} == {"Lost"}


def test_empty_database_shows_the_empty_state(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert page.stack.currentIndex() == 1
    assert page.chart is None  # matplotlib is not even imported for an empty shop


def test_prepare_messages_for_a_segment_uses_its_script(qtbot, demo_context, monkeypatch) -> None:
    from app.ui.dialogs import bulk_send_dialog

    calls: list[tuple[list[int], object]] = []
    monkeypatch.setattr(bulk_send_dialog, "open_bulk_send",
                        lambda context, ids, parent, source="", template=None: calls.append(
                            (list(ids), template)))
    page = _page(qtbot, demo_context)
    page.select_segment("lost")
    wait_idle(qtbot, demo_context)
    page.write_button.click()
    ids, template = calls[-1]
    assert len(ids) == page.customers_model.rowCount() > 0
    assert template == "winback"
