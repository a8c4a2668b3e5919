"""The dashboard's figures for a chosen period: the KPI cards and their panel (what each figure
is: dashboard_catalog; the period chooser: dashboard_period).

Each card shows the period's value, the previous period's and the change (▲ better in green,
▼ worse in red; for days and lost customers less is better), and says how it is computed in
its tooltip. A rate over fewer than SMALL customers is shown as "3 of 7", never a bare "43 %".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard.figures import PeriodFigures, Ratio
from app.services.dashboard.periods import Period
from app.services.dashboard.predicted import PredictedClv
from app.services.predictions.choose import MIN_CUSTOMERS, MIN_REPEAT_BUYERS
from app.ui import formatting
from app.ui.i18n import PluralContext
from app.ui.pages.dashboard_catalog import PREDICTED_CLV, Figure, figures
from app.ui.pages.dashboard_period import PeriodChooser, period_text
from app.ui.pages.dashboard_referrals import ReferralsGroup

SMALL = 20  # below this many people a rate is shown as "3 of 7"
_GOOD, _BAD = "#15803d", "#b91c1c"


class FeedbackPlurals(PluralContext):
    """The translation context of the feedback cards' plural strings."""


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardFigures", text)




def show_predicted(card: FigureCard, predicted: PredictedClv | None, fmt: Formatter) -> None:
    """The mean and the total, or why there is no prediction and when there will be one."""
    card.change.setStyleSheet("color: #6b7280;")
    if predicted is None:
        card.value.setText(QCoreApplication.translate("DashboardFigures", "Not predicted yet"))
        card.detail.setVisible(False)
        card.change.setText(
            QCoreApplication.translate(
                "DashboardFigures",
                "The model needs at least %1 customers, %2 of them with 2 or more orders; it is "
                "fitted at the start of each day once the shop has them."
            )
            .replace("%1", str(MIN_CUSTOMERS))
            .replace("%2", str(MIN_REPEAT_BUYERS))
        )
        return
    card.value.setText(fmt.value("money", predicted.value.value)[0])
    card.detail.setText(
        QCoreApplication.translate(
            "DashboardFigures", "per customer; %1 in all from %2 customers"
        )
        .replace("%1", fmt.value("money", predicted.total_minor)[0])
        .replace("%2", fmt.number(predicted.customers))
    )
    card.detail.setWordWrap(True)
    card.detail.setVisible(True)
    card.change.setText(
        QCoreApplication.translate("DashboardFigures", "A forecast from today: not compared.")
    )



class FigureCard(QFrame):
    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpi")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        # The "(?)" says the card explains itself on hover (an ⓘ glyph is missing from many fonts).
        self.title = QLabel(f'{_t(figure.title)} <span style="color: #6b7280;">(?)</span>')
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #6b7280;")
        self.change = QLabel()
        self.change.setWordWrap(True)
        for widget in (self.title, self.value, self.detail, self.change):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setToolTip(_t(figure.how))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)


class Formatter:
    """Figures as text in the UI's language and the shop's currency."""

    def __init__(self, language: str, currency: str, days: Callable[[int], str]) -> None:
        self.language, self.currency, self.days = language, currency, days

    def number(self, value: float, precision: int = 0) -> str:
        return formatting.number(value, self.language, precision)

    def percent(self, share: float) -> str:
        return self.number(share * 100) + " %"

    def of(self, ratio: Ratio) -> str:
        return (
            QCoreApplication.translate("DashboardFigures", "%1 of %2")
            .replace("%1", self.number(ratio.part))
            .replace("%2", self.number(ratio.whole))
        )

    def value(self, kind: str, value: Any) -> tuple[str, str]:
        """(main text, detail) of one figure."""
        if isinstance(value, Ratio):
            if value.value is None:
                return "—", ""
            if kind in ("nps", "score"):  # a score of the answers: their number beside it
                answers = FeedbackPlurals.tr("%n answer(s)", "", round(value.whole))
                if kind == "nps":
                    return f"{value.value * 100:+.0f}".replace("-", "−"), answers
                return self.number(value.value, 1), answers
            if kind == "rate" and value.whole < SMALL:
                return self.of(value), self.percent(value.value)
            detail = self.of(value) if kind == "rate" else ""
            return self.percent(value.value), detail
        if value is None:
            return "—", ""
        if kind == "money":
            return formatting.money(_whole(value), self.currency, self.language), ""
        if kind == "days":
            return self.days(round(value)), ""
        return self.number(value), ""

    def delta(self, kind: str, delta: float) -> str:
        sign = "+" if delta > 0 else "−"
        size = abs(delta)
        if kind in ("rate", "money_rate"):
            return (
                sign
                + self.number(size * 100)
                + " "
                + QCoreApplication.translate("DashboardFigures", "pp")
            )
        if kind == "money":
            return sign + formatting.money(_whole(size), self.currency, self.language)
        if kind == "nps":
            return sign + self.number(size * 100)
        if kind == "score":
            return sign + self.number(size, 1)
        return sign + self.number(size)


def _whole(minor: float) -> int:
    """Whole roubles (pounds): cards compare sizes, kopecks would only add noise."""
    return round(minor / 100) * 100


def comparable(value: Any) -> float | None:
    if isinstance(value, Ratio):
        return value.value
    return None if value is None else float(value)


def show_card(
    card: FigureCard, current: PeriodFigures, previous: PeriodFigures, fmt: Formatter
) -> None:
    figure = card.figure
    now, before = figure.get(current), figure.get(previous)
    text, detail = fmt.value(figure.kind, now)
    card.value.setText(text)
    card.detail.setText(detail)
    card.detail.setVisible(bool(detail))
    was = QCoreApplication.translate("DashboardFigures", "before: %1").replace(
        "%1", fmt.value(figure.kind, before)[0]
    )
    a, b = comparable(now), comparable(before)
    if a is None or b is None or round(a - b, 9) == 0:
        card.change.setText(was)
        card.change.setStyleSheet("color: #6b7280;")
        return
    delta = fmt.delta(figure.kind, a - b)
    if not any(ch in "123456789" for ch in delta):  # "+0 pp": too small to show as a change
        card.change.setText(was)
        card.change.setStyleSheet("color: #6b7280;")
        return
    better = (a > b) != figure.lower_is_better
    arrow = "▲" if a > b else "▼"
    card.change.setText(f"{arrow} {delta} · {was}")
    card.change.setStyleSheet(f"color: {_GOOD if better else _BAD};")




class FiguresPanel(QWidget):
    COLUMNS = 4

    def __init__(
        self, period: Period, today: dt.date, language: str, parent: QWidget | None = None,
        currency: str = "RUB",
    ) -> None:
        super().__init__(parent)
        self.chooser = PeriodChooser(period, today, language)
        self.compared = QLabel()
        self.compared.setStyleSheet("color: #6b7280;")
        self.compared.setWordWrap(True)
        self.cards = {figure.key: FigureCard(figure) for figure in figures()}
        self.predicted = FigureCard(PREDICTED_CLV)
        self.cards[PREDICTED_CLV.key] = self.predicted
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
        for column in range(self.COLUMNS):  # equal columns, whatever the titles' lengths
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.compared)
        layout.addLayout(grid)
        self.referrals = ReferralsGroup(language, currency)
        layout.addWidget(self.referrals)

    def show_figures(
        self,
        current: PeriodFigures,
        previous: PeriodFigures,
        fmt: Formatter,
        language: str,
        active_days: int,
        predicted: PredictedClv | None = None,
    ) -> None:
        self.compared.setText(
            QCoreApplication.translate(
                "DashboardFigures",
                "Compared with %1. Active: bought within the last %2 days (Settings → Segments).",
            )
            .replace("%1", period_text(previous.period, language))
            .replace("%2", str(active_days))
        )
        for card in self.cards.values():
            if card is self.predicted:
                show_predicted(card, predicted, fmt)
            else:
                show_card(card, current, previous, fmt)
