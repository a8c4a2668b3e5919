"""The Dashboard's "Recommendations" group: customers who came by recommendation, their share of
the period's new customers, the revenue from recommended customers, recommendations that led to a
first purchase, and the top referrers. Each card says how it is computed in its tooltip; the page
loads the figures (services/referrals/figures.py) in a job with the period's other figures."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.names import display_name
from app.services.referrals.figures import ReferralFigures
from app.ui import formatting

SMALL = 20  # below this many people a rate is shown as "3 of 7" (as the other cards)


class _Card(QFrame):
    def __init__(self, title: str, how: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpi")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.title = QLabel(f'{title} <span style="color: #6b7280;">(?)</span>')
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #6b7280;")
        self.detail.setWordWrap(True)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setToolTip(how)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def show(self, value: str, detail: str = "") -> None:  # type: ignore[override]
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class ReferralsGroup(QWidget):
    def __init__(self, language: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language, self.currency = language, currency
        self.heading = QLabel("<b>%1</b>".replace("%1", self.tr("Recommendations")))
        self.came = _Card(self.tr("Came by recommendation"), self.tr(
            "New customers of the period (first order in it) whose card names who recommended "
            "them: set on the card, or imported from a “Referred by” or referral code column."))
        self.share = _Card(self.tr("Share of new customers"), self.tr(
            "Customers who came by recommendation divided by all new customers of the period."))
        self.revenue = _Card(self.tr("Revenue from recommended customers"), self.tr(
            "All the period's sales, refunds taken off, of customers who came by "
            "recommendation, whenever they came."))
        self.conversion = _Card(self.tr("Recommendation → first purchase"), self.tr(
            "Of all customers recorded as recommended, those who made a first order by the "
            "end of the period."))
        grid = QGridLayout()
        for i, card in enumerate((self.came, self.share, self.revenue, self.conversion)):
            grid.addWidget(card, 0, i)
            grid.setColumnStretch(i, 1)
        self.top = QLabel()
        self.top.setWordWrap(True)
        self.top.setToolTip(self.tr(
            "Ranked by friends whose first order fell in the period, then by what those friends "
            "spent in it."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.top)

    def _number(self, value: float) -> str:
        return formatting.number(value, self.language, 0)

    def _rate(self, part: int, whole: int) -> tuple[str, str]:
        if not whole:
            return "—", ""
        percent = self._number(part / whole * 100) + " %"
        of = self.tr("%1 of %2").replace("%1", self._number(part)).replace(
            "%2", self._number(whole))
        return (of, percent) if whole < SMALL else (percent, of)

    def show_figures(self, f: ReferralFigures) -> None:
        self.came.show(self._number(f.referred_new), self.tr("new customers: %1").replace(
            "%1", self._number(f.new_customers)))
        self.share.show(*self._rate(f.referred_new, f.new_customers))
        self.revenue.show(formatting.money(f.revenue_minor, self.currency, self.language))
        self.conversion.show(*self._rate(f.converted, f.recommended))
        if f.top:
            people = ", ".join(
                self.tr("%1 (%2, %3)").replace("%1", display_name(t.name)).replace(
                    "%2", self.tr("%n friend(s)", "", t.friends)).replace(
                    "%3", formatting.money(t.revenue_minor, self.currency, self.language))
                for t in f.top)
            self.top.setText(self.tr("Top referrers: %1").replace("%1", people))
        elif not f.recommended:
            self.top.setText(self.tr(
                "No recommendations recorded yet. On a customer's card, Recommendations tab, "
                "choose who recommended them, or import a “Referred by” column; each card has a "
                "code and a referral kit to send."))
        else:
            self.top.setText(self.tr("No recommended customer made a first order in this "
                                     "period."))
