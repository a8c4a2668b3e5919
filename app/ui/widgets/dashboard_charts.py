"""The dashboard's pictures in tabs: revenue, cohorts, gaps, orders per customer, cohort value.

Given numbers computed in the page's background job (services.dashboard.charts_data); only the
selected tab is drawn, and only when the widget is visible, so new data costs one small chart.
Hovering names the value under the mouse; each tab saves its picture as PNG and its numbers
as XLSX. Imports matplotlib: import this module only when the charts are about to be shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from matplotlib.axes import Axes
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.services.dashboard.chart_export import write_xlsx
from app.services.dashboard.charts_data import ChartsData
from app.services.errors import UserFacingError
from app.ui.crash_dialog import show_user_error
from app.ui.widgets.chart_canvas import Canvas, ChartCanvas
from app.ui.widgets.dashboard_plots import (
    CohortPlot,
    CohortValuePlot,
    Formats,
    HistogramPlot,
    RevenuePlot,
    Table,
)


class Plot(Protocol):
    def title(self) -> str: ...
    def hint(self) -> str: ...
    def draw(self, canvas: Canvas, data: ChartsData) -> Axes: ...
    def hover(self, x: float, y: float) -> str | None: ...
    def table(self) -> Table: ...


class ChartTab(QWidget):
    """One picture with its explanation and its two export buttons."""

    def __init__(self, plot: Plot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.axes: Axes | None = None
        self.dirty = True
        hint = QLabel(plot.hint())
        hint.setWordWrap(True)
        self.save_png = QPushButton(self.tr("Save as PNG…"))
        self.save_xlsx = QPushButton(self.tr("Export numbers to XLSX…"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.save_png)
        buttons.addWidget(self.save_xlsx)
        self.canvas = ChartCanvas(self, height=3.4)
        self.canvas.setMinimumHeight(320)
        self.canvas.canvas.mpl_connect("motion_notify_event", self._on_motion)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.canvas, 1)
        self.save_png.clicked.connect(self.export_png)
        self.save_xlsx.clicked.connect(self.export_xlsx)

    def draw(self, data: ChartsData) -> None:
        self.axes = self.plot.draw(self.canvas, data)
        self.canvas.draw()
        self.dirty = False

    def hover_at(self, x_pixel: float, y_pixel: float) -> str:
        """The text for the figure's pixel (matplotlib's origin: bottom left); "" off the data."""
        text = ""
        if self.axes is not None and self.axes.bbox.contains(x_pixel, y_pixel):
            x, y = self.axes.transData.inverted().transform((x_pixel, y_pixel))
            text = self.plot.hover(float(x), float(y)) or ""
        return text

    def _on_motion(self, event: object) -> None:
        x, y = getattr(event, "x", None), getattr(event, "y", None)
        text = self.hover_at(x, y) if x is not None and y is not None else ""
        # Qt shows the tooltip where the mouse rests and follows it as the text changes.
        self.canvas.setToolTip(text)

    def export_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), f"{self.plot.title()}.png",
            self.tr("PNG images (*.png)"))
        if path:
            self._write(lambda: self.canvas.figure.savefig(
                _with_suffix(path, ".png"), dpi=150,
                facecolor=self.canvas.figure.get_facecolor()))

    def export_xlsx(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart numbers"), f"{self.plot.title()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            header, rows = self.plot.table()
            self._write(lambda: write_xlsx(_with_suffix(path, ".xlsx"), self.plot.title(),
                                           header, rows))

    def _write(self, write: object) -> None:
        try:
            write()  # type: ignore[operator]
        except UserFacingError as error:
            show_user_error(self, error)
        except OSError:
            show_user_error(self, UserFacingError(
                "Could not write the export file.",
                hint="Choose another folder or close the file if a spreadsheet has it open."))


def _with_suffix(path: str, suffix: str) -> Path:
    file = Path(path)
    return file if file.suffix.lower() == suffix else file.with_name(file.name + suffix)


class DashboardCharts(QWidget):
    def __init__(self, language: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats = Formats(language, currency)
        plots: list[Plot] = [RevenuePlot(formats), CohortPlot(formats),
                             HistogramPlot(formats, gaps=True),
                             HistogramPlot(formats, gaps=False), CohortValuePlot(formats)]
        self.tabs = QTabWidget()
        self.charts = [ChartTab(plot) for plot in plots]
        for chart in self.charts:
            self.tabs.addTab(chart, chart.plot.title())
        self.data: ChartsData | None = None
        self.tabs.currentChanged.connect(lambda _index: self._draw_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_data(self, data: ChartsData, currency: str) -> None:
        self.data = data
        self.formats.currency = currency  # the setting may have changed since the last data
        for chart in self.charts:
            chart.dirty = True
        self._draw_current()

    def current(self) -> ChartTab:
        return self.charts[self.tabs.currentIndex()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_current()

    def _draw_current(self) -> None:
        chart = self.current()
        # A show event can reach a page being torn down, its canvases already deleted by Qt.
        if self.data is not None and chart.dirty and self.isVisible() and isValid(chart.canvas):
            chart.draw(self.data)
