"""The backtest widget: bars of predicted and actual orders per group, or a sentence why not."""

from __future__ import annotations

from app.services.predictions import backtest
from app.ui.widgets.backtest_chart import BacktestChart
from tests.services.predictions.test_backtest import TODAY, simulated_orders


def test_draws_predicted_and_actual_bars_per_group(qtbot) -> None:
    result = backtest.backtest_orders(simulated_orders(600), TODAY)
    assert result.enough
    chart = BacktestChart("en")
    qtbot.addWidget(chart)
    chart.show_result(result)
    assert chart.canvas is not None and chart.canvas.isVisibleTo(chart)
    axes = chart.canvas.figure.axes[0]
    heights = [round(p.get_height(), 6) for p in axes.patches]
    expected = [*result.groups["predicted"].round(6), *result.groups["actual"].astype(float)]
    assert heights == expected
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert labels == ["1 order", "2 orders", "3 orders", "4–6 orders", "7+ orders"]
    assert "6 months ago" in chart.title.text()


def test_says_why_when_there_is_not_enough_history(qtbot) -> None:
    result = backtest.backtest_orders(simulated_orders(100), TODAY)
    chart = BacktestChart("en")
    qtbot.addWidget(chart)
    chart.show_result(result)
    assert chart.canvas is None
    assert "Not enough history" in chart.note.text() and "100" in chart.note.text()
