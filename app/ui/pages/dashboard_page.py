"""Dashboard: are one-time buyers becoming regulars, and did the reminders bring them back?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard.charts_data import ChartsData, compute_charts
from app.services.dashboard.metrics import Dashboard, compute_dashboard
from app.services.settings import CONVERSION_WINDOW_DAYS, CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state
from app.ui.rule_names import rule_label
from app.ui.table_models.records_model import Column, RecordsTableModel

if TYPE_CHECKING:
    from app.ui.widgets.dashboard_charts import DashboardCharts


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpi")
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7280;")
        for widget in (self.title, self.value, self.note):
            layout.addWidget(widget)
        # Preferred (not Maximum): the cards of one grid row share the tallest card's height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class DashboardPage(Page):
    depends_on = frozenset({"purchases", "stats", "contacts", "customers"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cards = {
            "repeat": KpiCard(self.tr("Repeat customers")),
            "came_back": KpiCard(self.tr("Came back within 90 days")),
            "returning": KpiCard(self.tr("Revenue from returning customers, 12 months")),
            "clv": KpiCard(self.tr("Average revenue per customer")),
            "order": KpiCard(self.tr("Average order")),
            "gap": KpiCard(self.tr("Typical time between orders")),
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        self.chart_box = QVBoxLayout()
        self.charts: DashboardCharts | None = None  # built with the first data, with matplotlib
        self.conversion_title = QLabel(
            "<b>%1</b>".replace("%1", self.tr("Did the reminders work? (last 12 months)")))
        self.conversion_hint = QLabel()  # how it is computed; names the window from Settings
        self.conversion_hint.setWordWrap(True)
        self.conversion_total = QLabel()
        self.conversion_total.setWordWrap(True)
        self.conversion_model = RecordsTableModel([
            Column(self.tr("Reminder"), lambda r: rule_label(r.rule) if r.rule else
                   self.tr("Other messages")),
            Column(self.tr("People written to"), lambda r: str(r.people), lambda r: r.people,
                   True),
            Column(self.tr("Bought after"), lambda r: str(r.converted), lambda r: r.converted,
                   True),
            Column(self.tr("Success rate"), lambda r: self._percent(r.rate), lambda r: r.rate,
                   True),
        ])
        self.conversion_view = QTableView()
        self.conversion_view.setModel(self.conversion_model)
        self.conversion_view.verticalHeader().setVisible(False)
        self.conversion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversion_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # the headers are longer than the numbers
            self.conversion_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.conversion_view.setMinimumHeight(160)
        self.no_contacts = QLabel(self.tr(
            "No messages logged yet. Work through the Today list: every message you open in "
            "a messenger, send, export or mark as sent is counted here."))
        self.no_contacts.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(self.chart_box)
        layout.addSpacing(8)
        layout.addWidget(self.conversion_title)
        layout.addWidget(self.conversion_hint)
        layout.addWidget(self.conversion_total)
        layout.addWidget(self.conversion_view)
        layout.addWidget(self.no_contacts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(empty_state(
            self.tr("Nothing to measure yet"),
            self.tr("Import your sales (File → Import…) and this page shows how many customers "
                    "come back, how much returning customers bring, and which reminders work.")))
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        db, today = self.context.db, self.context.clock.today()
        def work(_job: object) -> Dashboard:
            import matplotlib.backends.backend_qtagg
            import matplotlib.figure  # noqa: F401

            import app.ui.widgets.chart_canvas  # noqa: F401 - module only; matplotlib comes below

            return compute_dashboard(db, today)

        def charts(_job: object) -> ChartsData:
            import app.ui.widgets.dashboard_charts  # noqa: F401 - matplotlib off the GUI thread

            return compute_charts(db, today)

        self.load_latest("dashboard", work, on_success=self.show_dashboard)
        self.load_latest("dashboard_charts", charts, on_success=self.show_charts)

    def show_charts(self, data: ChartsData) -> None:
        if self.charts is None and data.empty:
            return  # the empty state says what to do; no matplotlib for nothing
        if self.charts is None:
            from app.ui.widgets.dashboard_charts import DashboardCharts

            self.charts = DashboardCharts(self.context.language, "")
            self.chart_box.addWidget(self.charts)
        self.charts.set_data(data, self.context.settings.get(CURRENCY))

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.stack.setCurrentIndex(0 if board.buyers else 1)
        if not board.buyers:
            return
        lang, currency = self.context.language, self.context.settings.get(CURRENCY)

        def money(minor: int | None) -> str:
            return formatting.money(minor, currency, lang)

        self.cards["repeat"].set(
            self._percent(board.repeat_rate),
            self.tr("%1 of %2 buyers bought more than once")
            .replace("%1", str(board.repeat_buyers)).replace("%2", str(board.buyers)))
        self.cards["came_back"].set(self._percent(board.came_back_within_90d),
                                    self.tr("of first-time buyers made a second order"))
        self.cards["returning"].set(
            self._percent(board.returning_revenue_share),
            self.tr("%1 of %2").replace("%1", money(board.returning_revenue_12m_minor))
            .replace("%2", money(board.revenue_12m_minor)))
        self.cards["clv"].set(money(board.average_clv_minor), self.tr("all purchases, refunds "
                                                                       "subtracted"))
        self.cards["order"].set(money(board.average_order_minor) or "—",
                                self.tr("paid orders; free ones not counted"))
        gap = board.median_days_between_orders
        self.cards["gap"].set(self.tr("%n day(s)", "", round(gap)) if gap is not None else "—",
                              self.tr("median between two orders of the same customer"))
        self._show_conversion(board)

    def _show_conversion(self, board: Dashboard) -> None:
        window = int(self.context.settings.get(CONVERSION_WINDOW_DAYS))
        self.conversion_hint.setText(self.tr(
            "People, not messages: each person written to in the last 12 months counts once, "
            "and counts as brought back if they bought within %n day(s) after a message "
            "(Settings → Reminders). Opening a message in a messenger, sending, exporting or "
            "marking it sent is a message; copying the text alone is not.", "", window))
        total = board.converted
        self.conversion_total.setText(self.tr(
            "Overall: %1 of %2 people written to bought again (%3).")
            .replace("%1", str(total.converted)).replace("%2", str(total.people))
            .replace("%3", self._percent(total.rate)))
        self.conversion_model.set_records(board.conversions)
        has_contacts = bool(board.conversions)
        for widget in (self.conversion_view, self.conversion_total):
            widget.setVisible(has_contacts)
        self.no_contacts.setVisible(not has_contacts)

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "—"
        return formatting.number(share * 100, self.context.language, 0) + " %"
