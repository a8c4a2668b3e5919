""""What we predicted 6 months ago vs what happened": predicted and actual orders per group.

The Dashboard calls `load` from its background job and hands the result to
`BacktestChart.show_result` on the GUI thread. Without enough history the widget says why, in
a sentence, instead of drawing.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.dashboard.shared import SharedOrders
from app.services.database import Database
from app.services.predictions.backtest import GROUPS, Backtest, backtest, backtest_orders
from app.ui import formatting
from app.ui.widgets.chart_canvas import ChartCanvas


def load(db: Database, today: dt.date, source: SharedOrders | None = None) -> Backtest:
    """Fits the model as of six months ago (seconds on a large shop): call it from a job.
    `source`: the purchases already read by another job of the same refresh."""
    if source is None:
        return backtest(db, today)
    return backtest_orders(source.all_orders(), today)


class BacktestChart(QWidget):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.canvas: ChartCanvas | None = None  # created with the first result that has data
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.note)

    def show_result(self, result: Backtest) -> None:
        self.title.setText("<b>" + self.tr("What we predicted 6 months ago vs what happened")
                           + "</b>")
        if not result.enough or result.reason is not None:
            reason = result.reason
            why = "" if reason is None else QCoreApplication.translate(
                "predictions", reason.template).format(**reason.values)
            self.note.setText(self.tr("Not enough history for this check yet. %1 It appears "
                                      "by itself once there is.").replace("%1", why))
            if self.canvas is not None:
                self.canvas.hide()
            return
        groups = result.groups
        predicted = groups["predicted"].to_numpy(dtype=float)
        actual = groups["actual"].to_numpy(dtype=float)
        self.note.setText(self.tr(
            "The model was fitted on sales up to %1 and predicted each customer's orders in the "
            "six months after; customers grouped by their orders on that day.").replace(
            "%1", formatting.long_date(result.cut, self._language)))
        if self.canvas is None:
            self.canvas = ChartCanvas(self, height=2.8)
            self._layout.addWidget(self.canvas, 1)
        self.canvas.show()
        axes = self.canvas.new_axes()
        colors = self.canvas.colors()
        where = np.arange(len(groups))
        axes.bar(where - 0.2, predicted, 0.4, color=colors.accent_soft, label=self.tr("Predicted"))
        axes.bar(where + 0.2, actual, 0.4, color=colors.accent, label=self.tr("Actual"))
        axes.set_xticks(where, [self.group_label(label) for label, _, _ in GROUPS],
                        color=colors.text)
        axes.set_ylabel(self.tr("Orders in the six months"), color=colors.text, fontsize=9)
        legend = axes.legend(frameon=False, fontsize=9)
        for text in legend.get_texts():
            text.set_color(colors.text)
        self.canvas.draw()

    def group_label(self, label: str) -> str:
        if label == "7+":
            return self.tr("7+ orders")
        if label == "4–6":
            return self.tr("4–6 orders")
        return self.tr("%n order(s)", "", int(label))
