"""Dashboard pictures: drawn from the numbers, the value under the mouse, PNG and XLSX exports."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog

from app.services.dashboard.charts_data import charts_from_lines
from app.services.day_numbers import from_date
from app.ui import i18n
from app.ui.widgets.dashboard_charts import DashboardCharts
from app.ui.widgets.segment_chart import contrast

AS_OF = dt.date(2026, 11, 27)


def _lines(rows: list[tuple[int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": np.array([r[0] for r in rows], dtype="int64"),
        "day": np.array([from_date(dt.date.fromisoformat(r[1])) for r in rows], dtype="int32"),
        "amount_minor": np.array([r[2] * 100 for r in rows], dtype="int64"),
        "order_key": np.full(len(rows), -1, dtype="int64"),
    })


def _data():
    # October: six customers, two of them back in November; November: one more customer.
    rows = [(c, f"2026-10-0{c}", 1000) for c in range(1, 7)]
    rows += [(1, "2026-11-03", 500), (2, "2026-11-04", 700), (7, "2026-11-10", 300)]
    return charts_from_lines(_lines(rows), AS_OF, months=3, cohorts=2)


@pytest.fixture
def charts(qtbot) -> DashboardCharts:
    widget = DashboardCharts("en", "RUB")
    qtbot.addWidget(widget)
    widget.resize(1000, 480)
    widget.show()
    widget.set_data(_data(), "RUB")
    return widget


def _pixel(chart, x: float, y: float) -> tuple[float, float]:
    assert chart.axes is not None
    px, py = chart.axes.transData.transform((x, y))
    return float(px), float(py)


def test_only_the_visible_tab_is_drawn(charts) -> None:
    assert not charts.charts[0].dirty and all(c.dirty for c in charts.charts[1:])
    charts.tabs.setCurrentIndex(1)
    assert not charts.charts[1].dirty and charts.charts[2].dirty


def test_hovering_a_heat_map_cell_names_its_count(charts) -> None:
    charts.tabs.setCurrentIndex(1)
    cohorts = charts.charts[1]
    cohorts.canvas.canvas.draw()
    # Row 0 is October (6 customers), column 1 is November: two of them came back.
    assert cohorts.hover_at(*_pixel(cohorts, 1, 0)) == "Oct 2026, month 1: 2 of 6 (33 %)"
    assert cohorts.hover_at(*_pixel(cohorts, 0, 1)) == "Nov 2026, month 0: 1 of 1 (100 %)"
    assert cohorts.hover_at(*_pixel(cohorts, 1, 1)) == ""  # December has not come yet
    # The real mouse path: matplotlib's motion event reaches the same text.
    from matplotlib.backend_bases import MouseEvent

    x, y = _pixel(cohorts, 1, 0)
    MouseEvent("motion_notify_event", cohorts.canvas.canvas, x, y)._process()
    assert cohorts.canvas.toolTip() == "Oct 2026, month 1: 2 of 6 (33 %)"


def test_small_cohort_is_grey_and_cell_text_reads(charts) -> None:
    charts.tabs.setCurrentIndex(1)
    image = charts.charts[1].axes.images[0].get_array()
    october, november = image[0, 0], image[1, 0]
    assert np.allclose(november[:3], QColor("#c4c4c8").getRgbF()[:3])  # one customer: grey
    assert not np.allclose(october[:3], november[:3])
    for text in charts.charts[1].axes.texts:
        row, col = round(text.get_position()[1]), round(text.get_position()[0])
        face = QColor.fromRgbF(*image[row, col, :3])
        assert contrast(face, QColor(text.get_color())) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_axis_text_contrast_in_both_looks(qtbot, dark) -> None:
    widget = DashboardCharts("ru", "RUB")
    qtbot.addWidget(widget)
    if dark:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        widget.setPalette(palette)
    widget.show()
    widget.set_data(_data(), "RUB")
    for index in range(widget.tabs.count()):
        widget.tabs.setCurrentIndex(index)
        figure = widget.current().canvas.figure
        back = QColor.fromRgbF(*figure.get_facecolor()[:3])
        assert (back.lightness() < 128) == dark
        labels = [t for a in figure.axes for t in a.get_yticklabels() + a.get_xticklabels()]
        assert labels
        for label in labels:
            assert contrast(back, QColor(label.get_color())) >= 4.5, label.get_text()
    widget.tabs.setCurrentIndex(0)
    months = [t.get_text() for t in widget.current().axes.get_xticklabels()]
    assert months[0] == "сент.\n2026" and months[-1] == "нояб."  # Russian month names
    assert "₽" in widget.current().axes.yaxis.get_major_formatter()(1000, 0)


def test_exports_png_and_numbers(charts, tmp_path, monkeypatch) -> None:
    charts.tabs.setCurrentIndex(1)
    chart = charts.current()
    target = tmp_path / "cohorts"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    chart.export_png()
    png = (tmp_path / "cohorts.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    chart.export_xlsx()
    sheet = load_workbook(tmp_path / "cohorts.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("First order month", "Customers", "Months since the first order",
                       "Customers who ordered", "Share")
    assert rows[1:] == [("2026-10", 6, 0, 6, 1), ("2026-10", 6, 1, 2, pytest.approx(2 / 6)),
                        ("2026-11", 1, 0, 1, 1)]


def test_revenue_numbers_export_in_major_units(charts, tmp_path, monkeypatch) -> None:
    target = tmp_path / "revenue.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    charts.charts[0].export_xlsx()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1:] == [("2026-09", 0, 0, 0), ("2026-10", 6000, 0, 0), ("2026-11", 300, 1200, 0)]
    revenue = charts.charts[0]
    assert revenue.hover_at(*_pixel(revenue, 2, 100)) == (
        "Nov 2026: first orders ₽300, repeat orders ₽1,200; a year before ₽0")


def test_cancelled_dialog_writes_nothing(charts, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: ("", "")))
    charts.charts[0].export_png()
    charts.charts[0].export_xlsx()
    assert list(tmp_path.iterdir()) == []


def test_hover_on_histograms_and_cohort_curves(charts, qapp) -> None:
    i18n.install(qapp, "en")  # English plural forms come from regulars_en.ts
    charts.tabs.setCurrentIndex(2)
    gaps = charts.charts[2]
    # Gaps: customer 1 from 1 Oct to 3 Nov (33 days), customer 2 from 2 Oct to 4 Nov (33).
    assert gaps.hover_at(*_pixel(gaps, 3, 1)) == "31–60 days: 2 gaps"
    charts.tabs.setCurrentIndex(3)
    orders = charts.charts[3]
    assert orders.hover_at(*_pixel(orders, 0, 1)) == "Orders: 1; 5 customers"
    assert orders.hover_at(*_pixel(orders, 9, 1)) == "Orders: 10+; 0 customers"
    charts.tabs.setCurrentIndex(4)
    value = charts.charts[4]
    # October's six: 6000 ₽ in October, 1200 ₽ more in November -> 1000 ₽, then 1200 ₽ each.
    assert value.hover_at(*_pixel(value, 1, 1200)) == (
        "Oct 2026, month 1: ₽1,200 per customer; a cohort of 6 customers")
    assert value.hover_at(*_pixel(value, 0, 300)) == (
        "Nov 2026, month 0: ₽300 per customer; a cohort of 1 customer")
