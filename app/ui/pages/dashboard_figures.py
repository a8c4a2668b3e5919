"""The dashboard's figures for a chosen period: the period chooser and the KPI cards.

Each card shows the period's value, the previous period's and the change (▲ better in green,
▼ worse in red; for days and lost customers less is better), and says how it is computed in
its tooltip. A rate over fewer than SMALL customers is shown as "3 of 7", never a bare "43 %".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import day_numbers
from app.services.dashboard.figures import PeriodFigures, Ratio
from app.services.dashboard.periods import Period, calendar_period, custom_period
from app.services.dashboard.predicted import PredictedClv
from app.services.feedback.figures import FeedbackFigures
from app.services.predictions.choose import MIN_CUSTOMERS, MIN_REPEAT_BUYERS
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.ui import formatting
from app.ui.i18n import PluralContext
from app.ui.pages.dashboard_referrals import ReferralsGroup

SMALL = 20  # below this many people a rate is shown as "3 of 7"
_GOOD, _BAD = "#15803d", "#b91c1c"


class FeedbackPlurals(PluralContext):
    """The translation context of the feedback cards' plural strings."""


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardFigures", text)


@dataclass(frozen=True)
class Figure:
    key: str
    title: str  # translated when shown
    how: str  # one line: how it is computed
    kind: str  # "count" | "money" | "rate" | "days"
    get: Callable[[PeriodFigures], Any]
    lower_is_better: bool = False


def figures() -> list[Figure]:
    f = Figure
    within = {
        30: (
            _T("DashboardFigures", "2nd purchase within 30 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 30 days old and "
                "who ordered again within 30 days of it.",
            ),
        ),
        60: (
            _T("DashboardFigures", "2nd purchase within 60 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 60 days old and "
                "who ordered again within 60 days of it.",
            ),
        ),
        90: (
            _T("DashboardFigures", "2nd purchase within 90 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 90 days old and "
                "who ordered again within 90 days of it.",
            ),
        ),
    }
    return [
        f(
            "buyers",
            _T("DashboardFigures", "Customers who bought"),
            _T(
                "DashboardFigures",
                "Customers with at least one order in the period (free orders count).",
            ),
            "count",
            lambda x: x.buyers,
        ),
        f(
            "new",
            _T("DashboardFigures", "New customers"),
            _T("DashboardFigures", "Customers whose first order ever is in the period."),
            "count",
            lambda x: x.new_customers,
        ),
        f(
            "returning",
            _T("DashboardFigures", "Returning customers"),
            _T(
                "DashboardFigures", "Customers who ordered in the period and had ordered before it."
            ),
            "count",
            lambda x: x.returning_customers,
        ),
        f(
            "orders",
            _T("DashboardFigures", "Orders"),
            _T("DashboardFigures", "Orders in the period; a refund is never an order."),
            "count",
            lambda x: x.orders,
        ),
        f(
            "revenue",
            _T("DashboardFigures", "Revenue"),
            _T(
                "DashboardFigures",
                "Purchases in the period minus refunds, each customer's never below zero.",
            ),
            "money",
            lambda x: x.revenue_minor,
        ),
        f(
            "aov",
            _T("DashboardFigures", "Average order value"),
            _T("DashboardFigures", "Revenue divided by orders, free orders included."),
            "money",
            lambda x: x.average_order.value,
        ),
        f(
            "repeat_rate",
            _T("DashboardFigures", "Repeat purchase rate"),
            _T(
                "DashboardFigures",
                "Customers with 2 or more orders among all customers with an order, at the "
                "period's end.",
            ),
            "rate",
            lambda x: x.repeat_rate,
        ),
        f(
            "new_repeat",
            _T("DashboardFigures", "New customers who came back"),
            _T(
                "DashboardFigures",
                "The period's new customers who have ordered a second time by today.",
            ),
            "rate",
            lambda x: x.new_repeat_rate,
        ),
        *(
            f(f"second_{n}", title, how, "rate", _second_within(n))
            for n, (title, how) in within.items()
        ),
        f(
            "to_2nd",
            _T("DashboardFigures", "Days to the 2nd order"),
            _T(
                "DashboardFigures",
                "Median days from the first to the second order, for second orders in the period.",
            ),
            "days",
            lambda x: x.median_days_to_2nd,
            True,
        ),
        f(
            "to_3rd",
            _T("DashboardFigures", "Days to the 3rd order"),
            _T(
                "DashboardFigures",
                "Median days from the first to the third order, for third orders in the period.",
            ),
            "days",
            lambda x: x.median_days_to_3rd,
            True,
        ),
        f(
            "retention",
            _T("DashboardFigures", "Customer retention rate"),
            _T(
                "DashboardFigures",
                "Customers active at the start who are still active at the end, among those "
                "active at the start (new and won-back customers left out).",
            ),
            "rate",
            lambda x: x.retention,
        ),
        f(
            "repeat_share",
            _T("DashboardFigures", "Revenue from repeat customers"),
            _T(
                "DashboardFigures",
                "Share of the period's revenue paid by customers with 2 or more orders.",
            ),
            "money_rate",
            lambda x: x.repeat_revenue_share,
        ),
        f(
            "gap_median",
            _T("DashboardFigures", "Days between orders (median)"),
            _T(
                "DashboardFigures",
                "Median days between a customer's consecutive orders, for orders in the period.",
            ),
            "days",
            lambda x: x.median_days_between,
            True,
        ),
        f(
            "gap_mean",
            _T("DashboardFigures", "Days between orders (mean)"),
            _T(
                "DashboardFigures",
                "Mean days between a customer's consecutive orders, for orders in the period.",
            ),
            "days",
            lambda x: x.mean_days_between,
            True,
        ),
        f(
            "lifetime",
            _T("DashboardFigures", "Customer lifetime"),
            _T(
                "DashboardFigures",
                "Mean days from the first to the last order of customers with 2 or more orders, "
                "at the period's end.",
            ),
            "days",
            lambda x: x.lifetime_days,
        ),
        f(
            "clv",
            _T("DashboardFigures", "Revenue per customer (historic CLV)"),
            _T(
                "DashboardFigures",
                "All money up to the period's end divided by customers with an order.",
            ),
            "money",
            lambda x: x.historic_clv.value,
        ),
        f(
            "reactivation",
            _T("DashboardFigures", "Reactivation rate"),
            _T(
                "DashboardFigures",
                "Customers inactive longer than the active window at the period's start who "
                "ordered in it.",
            ),
            "rate",
            lambda x: x.reactivation,
        ),
        f(
            "active",
            _T("DashboardFigures", "Active customers"),
            _T(
                "DashboardFigures",
                "Ordered within the active window at the period's end (won back not included).",
            ),
            "count",
            lambda x: x.states.get("active", 0),
        ),
        f(
            "won_back",
            _T("DashboardFigures", "Won back"),
            _T(
                "DashboardFigures",
                "Ordered in the period after a break longer than the active window.",
            ),
            "count",
            lambda x: x.states.get("won_back", 0),
        ),
        f(
            "at_risk",
            _T("DashboardFigures", "At risk"),
            _T(
                "DashboardFigures",
                "Last order older than the active window, but not yet lost (segments' "
                '"lost after").',
            ),
            "count",
            lambda x: x.states.get("at_risk", 0),
            True,
        ),
        f(
            "lapsed",
            _T("DashboardFigures", "Lapsed"),
            _T(
                "DashboardFigures",
                "Last order older than the segments' \"lost after\" days: the segment map's Lost.",
            ),
            "count",
            lambda x: x.states.get("lapsed", 0),
            True,
        ),
        *feedback_figures(),
    ]


def feedback_figures() -> list[Figure]:
    """NPS, CSI and complaints resolved within 48 hours (services.feedback.figures)."""
    def fb(x: PeriodFigures) -> FeedbackFigures:
        return x.feedback or FeedbackFigures(0, 0, 0, 0, 0, 0, 0)

    return [
        Figure(
            "nps",
            _T("DashboardFigures", "NPS"),
            _T(
                "DashboardFigures",
                "Net Promoter Score of the period's 0–10 answers: % of 9–10 (promoters) minus "
                "% of 0–6 (detractors), from −100 to +100; 7–8 count only in the total.",
            ),
            "nps",
            lambda x: Ratio(fb(x).promoters - fb(x).detractors, fb(x).answers),
        ),
        Figure(
            "csi",
            _T("DashboardFigures", "Satisfaction (CSI)"),
            _T("DashboardFigures", "The average of the period's 0–10 answers."),
            "score",
            lambda x: Ratio(fb(x).score_sum, fb(x).answers),
        ),
        Figure(
            "complaints_48h",
            _T("DashboardFigures", "Complaints resolved within 48 hours"),
            _T(
                "DashboardFigures",
                "Complaints opened in the period (a 0–6 score opens one) that were resolved "
                "no later than 2 days after the day they were opened.",
            ),
            "rate",
            lambda x: Ratio(fb(x).resolved_in_time, fb(x).complaints),
        ),
    ]


PREDICTED_CLV = Figure(
    "predicted_clv",
    _T("DashboardFigures", "Predicted CLV (next 12 months)"),
    _T(
        "DashboardFigures",
        "What the prediction model expects a customer to spend in the next 12 months: every "
        "customer's predicted 12-month value added up and divided by the customers with an "
        "order. For all customers as of today, whatever the period; refreshed at the start of "
        "each day.",
    ),
    "money",
    lambda x: None,  # not a period's figure: shown by show_predicted
)


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


def _second_within(days: int) -> Callable[[PeriodFigures], Ratio]:
    return lambda x: x.second_within[days]


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


class PeriodChooser(QWidget):
    """Month, quarter, year or a custom range; ◀ ▶ step to the previous and next period."""

    changed = Signal()

    def __init__(
        self, period: Period, today: dt.date, language: str, parent: QWidget | None = None,
        currency: str = "RUB",
    ) -> None:
        super().__init__(parent)
        self.today, self.language = today, language
        self.current = period
        self.kind = QComboBox()
        for key, label in (
            ("month", QCoreApplication.translate("DashboardFigures", "Month")),
            ("quarter", QCoreApplication.translate("DashboardFigures", "Quarter")),
            ("year", QCoreApplication.translate("DashboardFigures", "Year")),
            ("custom", QCoreApplication.translate("DashboardFigures", "Custom range")),
        ):
            self.kind.addItem(label, key)
        self.back = QPushButton("◀")
        self.forward = QPushButton("▶")
        self.back.setToolTip(QCoreApplication.translate("DashboardFigures", "Previous period"))
        self.forward.setToolTip(QCoreApplication.translate("DashboardFigures", "Next period"))
        for button in (self.back, self.forward):
            button.setFixedWidth(32)
        self.label = QLabel()
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            # The app's own short dates ("9 Nov 2026", "09.11.2026"), not the US "11/9/26".
            edit.setDisplayFormat("d MMM yyyy" if language == "en" else "dd.MM.yyyy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("DashboardFigures", "Period:")))
        for widget in (self.kind, self.back, self.label, self.first, self.last, self.forward):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self._sync()

    def _set(self, period: Period) -> None:
        self.current = period
        self._sync()
        self.changed.emit()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        if kind == "custom":
            self._set(Period("custom", self.current.first, self.current.last))
        else:
            self._set(calendar_period(kind, min(self.current.last_date, self.today)))

    def _step(self, direction: int) -> None:
        period = self.current
        if direction < 0:
            self._set(period.previous())
        elif period.kind == "custom":
            self._set(Period("custom", period.last + 1, period.last + period.days))
        else:
            self._set(calendar_period(period.kind, period.last_date + dt.timedelta(days=1)))

    def _dates_changed(self) -> None:
        if self.current.kind != "custom":
            return
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        period = custom_period(first, last)
        if period != self.current:
            self._set(period)

    def _sync(self) -> None:
        custom = self.current.kind == "custom"
        for edit in (self.first, self.last):
            edit.setVisible(custom)
            edit.blockSignals(True)
        self.first.setDate(_qdate(self.current.first_date))
        self.last.setDate(_qdate(self.current.last_date))
        for edit in (self.first, self.last):
            edit.blockSignals(False)
        self.label.setVisible(not custom)
        self.label.setText(period_text(self.current, self.language))
        self.forward.setEnabled(self.current.last < day_numbers.from_date(self.today))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def period_text(period: Period, language: str) -> str:
    first, last = period.first_date, period.last_date
    return f"{formatting.date(first, language)} – {formatting.date(last, language)}"


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
