"""Dashboard: are one-time buyers becoming regulars, and did the reminders bring them back?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import day_numbers
from app.services.dashboard.charts_data import ChartsData, compute_charts
from app.services.dashboard.figures import Ratio
from app.services.dashboard.metrics import Dashboard, compute_dashboard
from app.services.dashboard.outcomes import ReminderOutcome
from app.services.dashboard.overview import Comparison, FigureSettings, compare_periods
from app.services.dashboard.periods import default_period
from app.services.dashboard.shared import SharedOrders
from app.services.referrals.figures import referral_figures
from app.services.settings import CONVERSION_WINDOW_DAYS, CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state
from app.ui.pages.dashboard_figures import SMALL, FiguresPanel, Formatter
from app.ui.pages.dashboard_report_action import ReportAction
from app.ui.rule_names import rule_label
from app.ui.table_models.records_model import Column, RecordsTableModel

if TYPE_CHECKING:
    from app.services.predictions.backtest import Backtest
    from app.ui.widgets.backtest_chart import BacktestChart
    from app.ui.widgets.dashboard_charts import DashboardCharts


class DashboardPage(Page):
    depends_on = frozenset({"purchases", "stats", "contacts", "customers"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        today = context.clock.today()
        self.figures = FiguresPanel(default_period(today), today, context.language,
                                    currency=context.settings.get(CURRENCY))
        self.figures.chooser.changed.connect(self._load_figures)
        self.report = ReportAction(self, context, lambda: self.figures.chooser.current)
        chooser_row = self.figures.chooser.layout()
        assert chooser_row is not None
        chooser_row.addWidget(self.report.button)
        self.comparison: Comparison | None = None
        self._source: SharedOrders | None = None  # the purchases read for the latest refresh
        self._build_outcomes()
        self.chart_box = QVBoxLayout()
        self.charts: DashboardCharts | None = None  # built with the first data, with matplotlib
        self.backtest: BacktestChart | None = None  # likewise, below the charts
        self._backtest_result: Backtest | None = None  # arrived before the charts
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
        layout.addWidget(self.figures)
        layout.addSpacing(8)
        layout.addWidget(self.outcomes_title)
        layout.addWidget(self.outcomes_hint)
        layout.addLayout(self.outcomes_by_row)
        layout.addWidget(self.outcomes_view)
        layout.addWidget(self.no_outcomes)
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
        # The data changed: the jobs below (and the figures of any period chosen until the next
        # change) share one read of the purchases.
        source = self._source = SharedOrders(db, today)

        def work(_job: object) -> Dashboard:
            return compute_dashboard(db, today, source=source)

        def charts(_job: object) -> ChartsData:
            import app.ui.widgets.dashboard_charts  # noqa: F401 - matplotlib off the GUI thread

            return compute_charts(db, today, source=source)

        self.load_latest("dashboard", work, on_success=self.show_dashboard)
        self.load_latest("dashboard_charts", charts, on_success=self.show_charts)

        def backtest(_job: object) -> Backtest:
            from app.ui.widgets import backtest_chart  # the model and matplotlib off the GUI thread

            return backtest_chart.load(db, today, source)

        self.load_latest("dashboard_backtest", backtest, on_success=self.show_backtest)
        self._load_figures()

    def _load_figures(self) -> None:
        db, today = self.context.db, self.context.clock.today()
        period = self.figures.chooser.current
        config = FigureSettings.read(self.context.settings)
        source = self._source if self._source is not None and self._source.as_of == today else None
        self.load_latest("figures",
                         lambda _job: compare_periods(db, period, today, config, source=source),
                         on_success=self.show_figures)
        first, last = day_numbers.to_date(period.first), day_numbers.to_date(period.last)
        self.load_latest("referral_figures",
                         lambda _job: referral_figures(db, first, last),
                         on_success=self.figures.referrals.show_figures)

    def show_figures(self, comparison: Comparison) -> None:
        self.comparison = comparison
        fmt = Formatter(self.context.language, self.context.settings.get(CURRENCY),
                        lambda n: self.tr("%n day(s)", "", n))
        self.figures.show_figures(comparison.current, comparison.previous, fmt,
                                  self.context.language,
                                  int(FigureSettings.read(self.context.settings).active_days),
                                  comparison.predicted)
        self._show_outcomes()

    def show_charts(self, data: ChartsData) -> None:
        if self.charts is None and data.empty:
            return  # the empty state says what to do; no matplotlib for nothing
        if self.charts is None:
            from app.ui.widgets.dashboard_charts import DashboardCharts

            self.charts = DashboardCharts(self.context.language, "")
            self.chart_box.addWidget(self.charts)
        self.charts.set_data(data, self.context.settings.get(CURRENCY))
        if self._backtest_result is not None:
            result, self._backtest_result = self._backtest_result, None
            self.show_backtest(result)

    def show_backtest(self, result: Backtest) -> None:
        """"What we predicted 6 months ago vs what happened", once the shop has any sales."""
        if self.charts is None:  # an empty shop, or its charts are still coming
            self._backtest_result = result
            return
        if self.backtest is None:
            from app.ui.widgets.backtest_chart import BacktestChart

            self.backtest = BacktestChart(self.context.language)
            self.chart_box.addSpacing(8)
            self.chart_box.addWidget(self.backtest)
        self.backtest.show_result(result)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.stack.setCurrentIndex(0 if board.buyers else 1)
        if not board.buyers:
            return
        self._show_conversion(board)

    def _build_outcomes(self) -> None:
        self.outcomes_title = QLabel("<b>%1</b>".replace(
            "%1", self.tr("Reminders in the period: written to, or left alone?")))
        self.outcomes_hint = QLabel()  # names the window from Settings
        self.outcomes_hint.setWordWrap(True)
        self.outcomes_by = QComboBox()
        self.outcomes_by.addItem(self.tr("Per reminder"), "rule")
        self.outcomes_by.addItem(self.tr("Per script"), "script")
        self.outcomes_by.currentIndexChanged.connect(self._show_outcomes)
        self.outcomes_by_row = QHBoxLayout()
        self.outcomes_by_row.addWidget(self.outcomes_by)
        self.outcomes_by_row.addStretch(1)
        self.outcomes_model = RecordsTableModel([
            Column(self.tr("Reminder or script"), self._outcome_name),
            Column(self.tr("Written to: ordered after"),
                   lambda r: self._ratio_text(r.contacted),
                   lambda r: r.contacted.value or 0.0, True),
            Column(self.tr("Autopilot"),
                   lambda r: self._ratio_text(r.automatic),
                   lambda r: r.automatic.value or 0.0, True),
            Column(self.tr("By you"),
                   lambda r: self._ratio_text(r.manual),
                   lambda r: r.manual.value or 0.0, True),
            Column(self.tr("Not written to: ordered anyway"),
                   lambda r: self._ratio_text(r.not_contacted),
                   lambda r: r.not_contacted.value or 0.0, True),
        ])
        self.outcomes_view = QTableView()
        self.outcomes_view.setModel(self.outcomes_model)
        self.outcomes_view.verticalHeader().setVisible(False)
        self.outcomes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.outcomes_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.outcomes_view.setMinimumHeight(140)
        self.no_outcomes = QLabel(self.tr(
            "No reminders were due or written in this period. Choose another period, or work "
            "through the Today list."))
        self.no_outcomes.setWordWrap(True)

    def _outcome_name(self, row: ReminderOutcome) -> str:
        if row.by == "rule":
            return rule_label(row.key) if row.key else self.tr("Other messages")
        return row.key or self.tr("No script")

    def _ratio_text(self, ratio: Ratio) -> str:
        """"3 of 7 (43 %)"; "—" when nobody is in the group."""
        if ratio.value is None:
            return "—"
        counts = (self.tr("%1 of %2").replace("%1", str(int(ratio.part)))
                  .replace("%2", str(int(ratio.whole))))
        if ratio.whole < SMALL:
            return counts
        return f"{counts} ({self._percent(ratio.value)})"

    def _show_outcomes(self) -> None:
        if self.comparison is None:
            return
        window = int(self.context.settings.get(CONVERSION_WINDOW_DAYS))
        self.outcomes_hint.setText(self.tr(
            "Customers, not messages. Written to: ordered within %n day(s) after the first "
            "message of a reminder. Not written to: the reminder was due in the period and "
            "skipped or is still waiting; ordered within %n day(s) after its day.", "", window))
        by = str(self.outcomes_by.currentData())
        rows = [row for row in self.comparison.outcomes if row.by == by]
        # Written to, split by who wrote: shown once the autopilot has sent anything here.
        autopilot = any(row.automatic.whole for row in rows)
        if autopilot:
            self.outcomes_hint.setText(self.outcomes_hint.text() + " " + self.tr(
                "Autopilot: the first message was an e-mail the autopilot sent; by you: one you "
                "sent, opened or marked yourself."))
        for column in (2, 3):
            self.outcomes_view.setColumnHidden(column, not autopilot)
        self.outcomes_model.set_records(rows)
        self.outcomes_view.setVisible(bool(rows))
        self.no_outcomes.setVisible(not rows)

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
