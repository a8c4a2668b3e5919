"""Segments: who are the best customers, who is slipping away, who is lost — and what changed.

Everything shown comes from the customer_stats cache (read in the background, instant); the
chart module (matplotlib) is imported the first time data arrives, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.builtins import builtin
from app.services.predictions import lists as prediction_lists
from app.services.segments import export as segment_export
from app.services.segments import reports as segment_reports
from app.services.segments import rfm, snapshots
from app.services.segments.catalog import BY_KEY
from app.services.settings import CURRENCY, LOST_AFTER_DAYS
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_hint, error_message
from app.ui.pages.base import Page, empty_state
from app.ui.segment_names import segment_label
from app.ui.table_models.segments_model import SegmentCustomersModel, SegmentsSummaryModel

if TYPE_CHECKING:
    from app.ui.widgets.segment_chart import SegmentChart  # matplotlib: only when shown

SHORT_PAGE = 640  # px: below it the bands in force fold into one line
# Light palette; the dark palette blends each towards the dark background.
COLOURS = {
    "champions": "#1b7f3b", "loyal": "#4caf50", "potential_loyalist": "#9ccc65",
    "new": "#29b6f6", "promising": "#80deea", "need_attention": "#ffd54f",
    "about_to_sleep": "#ffb74d", "at_risk": "#f57c00", "cant_lose": "#c62828",
    "hibernating": "#b0bec5", "lost": "#6b7280",
}


@dataclass(frozen=True)
class SegmentsData:
    summary: pd.DataFrame
    grid: segment_reports.RfGrid
    report: snapshots.MovementReport
    bands: list[rfm.BandRange]
    lists: prediction_lists.PredictionLists


def load_segments_data(db: Database, today: dt.date) -> SegmentsData:
    """The page's data (background thread); takes this month's snapshot if it is missing."""
    snapshots.ensure_monthly_snapshot(db, today)
    return SegmentsData(segment_reports.segment_summary(db), segment_reports.rf_grid(db),
                        snapshots.movements(db), rfm.bands_in_force(db),
                        prediction_lists.prediction_lists(db, today))


class SegmentsPage(Page):
    depends_on = frozenset({"stats", "settings", "customers", "purchases", "predictions"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: SegmentsData | None = None
        self.chart: SegmentChart | None = None  # created with the first data
        self.selected: str | None = None
        self.selection_title = ""
        language, currency = context.language, context.settings.get(CURRENCY)
        self.summary_model = SegmentsSummaryModel(
            {"segment": self.tr("Segment"), "customers": self.tr("Customers"),
             "share": self.tr("Share"), "revenue": self.tr("Revenue share"),
             "days": self.tr("Avg days since last order"), "orders": self.tr("Avg orders")},
            segment_label, self.colour, language, currency)
        self.customers_model = SegmentCustomersModel(
            {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
             "days": self.tr("Days since last order"), "orders": self.tr("Orders"),
             "money": self.tr("Spent"), "rfm": self.tr("R F M")}, language, currency)

        self.summary_table = _table(self.summary_model)
        self.summary_table.clicked.connect(self._on_summary_clicked)
        # Catalog order (best to lost) until a header is clicked; a third click brings it back.
        self.summary_table.horizontalHeader().setSortIndicatorClearable(True)
        self.summary_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.summary_table.setSortingEnabled(True)
        self.chart_box = QVBoxLayout()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.bands_label = QLabel()
        self.bands_label.setWordWrap(True)
        self.bands_label.setObjectName("bandsInForce")
        # On a short page the bands take a line, "Scores in force…", that shows them on hover.
        self.bands_link = QLabel()
        self.bands_link.setObjectName("bandsInForceLink")
        self.bands_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.bands_link.linkActivated.connect(
            lambda _link: QToolTip.showText(QCursor.pos(), self.bands_label.text(),
                                            self.bands_link))
        self.bands_link.hide()

        self.customers_title = QLabel()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_selection)
        self.write_button = QPushButton(self.tr("Prepare messages…"))
        self.write_button.setToolTip(self.tr("Fill in a message for each of these customers, "
                                             "then copy, export or e-mail them."))
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.prepare_messages)
        self.customers_table = _table(self.customers_model)
        self.customers_table.setSortingEnabled(True)
        self.customers_table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)

        self.movement_label = QLabel()
        self.movement_label.setWordWrap(True)
        self.movement_label.setTextFormat(Qt.TextFormat.RichText)
        self.movement_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.movement_label.linkActivated.connect(self.show_movement)
        self.lists_label = QLabel()
        self.lists_label.setWordWrap(True)
        self.lists_label.setTextFormat(Qt.TextFormat.RichText)
        self.lists_label.linkActivated.connect(self.show_list)
        self.snapshot_button = QPushButton(self.tr("Take a snapshot now"))
        self.snapshot_button.clicked.connect(self.take_snapshot)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_main())
        self.stack.addWidget(empty_state(
            self.tr("No segments yet"),
            self.tr("Import your sales and Regulars groups your customers into segments such "
                    "as Champions, Loyal and At risk.")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _build_main(self) -> QWidget:
        top = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_table, 1)
        left_layout.addWidget(self.info)
        left_layout.addWidget(self.bands_label)
        left_layout.addWidget(self.bands_link)
        chart_holder = QWidget()
        chart_holder.setLayout(self.chart_box)
        self.chart_box.setContentsMargins(0, 0, 0, 0)
        top.addWidget(left)
        top.addWidget(chart_holder)
        top.setSizes([560, 440])

        customers = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.customers_title, 1)
        bar.addWidget(self.write_button)
        bar.addWidget(self.export_button)
        customers_layout = QVBoxLayout(customers)
        customers_layout.setContentsMargins(0, 0, 0, 0)
        customers_layout.addLayout(bar)
        customers_layout.addWidget(self.customers_table)
        movement = QFrame()
        movement.setFrameShape(QFrame.Shape.StyledPanel)
        movement_layout = QVBoxLayout(movement)
        movement_layout.addWidget(self.lists_label)
        movement_layout.addWidget(self.movement_label, 1)
        movement_layout.addWidget(self.snapshot_button)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(customers)
        bottom.addWidget(movement)
        bottom.setSizes([700, 300])

        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(bottom)
        main.setSizes([430, 300])
        return main

    def title(self) -> str:
        return self.tr("Segments")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        short = self.height() < SHORT_PAGE
        self.bands_label.setVisible(not short)
        self.bands_link.setVisible(short)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, today = self.context.db, self.context.clock.today()
        def work(_job: object) -> SegmentsData:
            import app.ui.widgets.segment_chart  # noqa: F401 - matplotlib loads off the GUI thread

            return load_segments_data(db, today)

        self.load_latest("load segments", work, on_success=self._show)

    def _show(self, data: SegmentsData) -> None:
        self.data = data
        empty = int(data.summary["customers"].sum()) == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        self.summary_model.set_frame(data.summary)
        self.bands_label.setText(self._bands_text(data.bands))
        link = self.tr("Scores in force…")
        self.bands_link.setText(f'<a href="bands">{link}</a>')
        self.bands_link.setToolTip(self.bands_label.text())
        self.movement_label.setText(self._movement_html(data.report))
        self.lists_label.setText(self._lists_html(data.lists))
        if empty:
            return
        if self.selected is None or self.selected.startswith("move:"):
            self.selected = opening_segment(data.summary["customers"])
        self.select_segment(self.selected)

    def _plot(self) -> None:
        if self.data is None or int(self.data.summary["customers"].sum()) == 0:
            return
        if self.chart is None:
            from app.ui.widgets.segment_chart import SegmentChart  # matplotlib: only when shown

            self.chart = SegmentChart()
            self.chart.segment_clicked.connect(self.select_segment)
            self.chart_box.addWidget(self.chart)
        ticks = {dim: [self._band_tick(b) for b in self.data.bands if b.dimension == dim]
                 for dim in ("r", "f")}
        self.chart.plot(
            self.data.grid.counts, self.data.grid.lost, colour=self.colour, label=segment_label,
            r_ticks=ticks["r"], f_ticks=ticks["f"],
            titles=(self.tr("Orders (F score)"), self.tr("Days since last order (R score)"),
                    segment_label("lost")),
            dark=self.is_dark(), selected=self.selected)

    # --- selection ----------------------------------------------------------------------------

    def _on_summary_clicked(self, index: QModelIndex) -> None:
        self.select_segment(str(self.summary_model.value(index.row(), "segment")))

    def select_segment(self, key: str) -> None:
        self.selected = key
        info = BY_KEY[key]
        row = self.summary_model.row_of(key)
        if row is not None:
            self.summary_table.selectRow(row)
            # After the table has its final height (the first data arrives with the layout).
            QTimer.singleShot(0, lambda: self.summary_table.scrollTo(
                self.summary_table.currentIndex()))
        script = builtin(info.template_key, self.context.language)
        what_to_do = self.tr("What to do:")
        # The quotes live in the translation: “…” in English, «…» in Russian.
        suggested = self.tr("Suggested script: “%1”").replace("%1", script.name) if script else ""
        self.info.setText(
            f"<b>{segment_label(key)}</b> — {_tr(info.explanation)}<br>"
            f"<b>{what_to_do}</b> {_tr(info.action)}"
            + (f"<br>{suggested}" if suggested else ""))
        self.selection_title = segment_label(key)
        self._plot()
        db = self.context.db
        self.load_latest("segment customers",
                         lambda _job: segment_reports.segment_customers(db, key),
                         on_success=self._show_customers)

    def show_movement(self, link: str) -> None:
        """A movement number was clicked: list exactly those customers."""
        if self.data is None:
            return
        movement = self.data.report.movements[int(link.removeprefix("move:"))]
        self.selected = link
        self.summary_table.clearSelection()
        self.selection_title = _movement_text(movement)
        ids = list(movement.customer_ids)
        db = self.context.db
        self.load_latest(  # same name as a segment's list: whichever was clicked last wins
            "segment customers",
            lambda _job: segment_reports.segment_customers(db, customer_ids=ids),
            on_success=self._show_customers)

    def show_list(self, link: str) -> None:
        """A prediction list was clicked: list its customers, ready for "Prepare messages…"."""
        if self.data is None:
            return
        soon = link == "list:soon"
        ids = self.data.lists.likely_soon if soon else self.data.lists.slipping_away
        self.selected = link
        self.summary_table.clearSelection()
        self.selection_title = self._list_title(soon)
        db = self.context.db
        self.load_latest(  # same name as a segment's list: whichever was clicked last wins
            "segment customers",
            lambda _job: segment_reports.segment_customers(db, customer_ids=ids),
            on_success=self._show_customers)

    def _list_title(self, soon: bool) -> str:
        return self.tr("Likely to buy soon") if soon else self.tr("Valuable and slipping away")

    def _lists_html(self, lists: prediction_lists.PredictionLists) -> str:
        link = "#8ab4f8" if self.is_dark() else self.palette().color(QPalette.ColorRole.Link).name()
        head = self.tr("<b>Predictions</b>")
        items = [f'<a href="list:{key}" style="color:{link}">{escape(self._list_title(soon))}'
                 f"</a>: {len(ids)}"
                 for key, soon, ids in (("soon", True, lists.likely_soon),
                                        ("slipping", False, lists.slipping_away))]
        hint = self.tr("Next order expected within two weeks; the most at stake among those "
                       "who are slipping away.")
        return head + "<br>" + "<br>".join(items) + f"<br><small>{escape(hint)}</small>"

    def _show_customers(self, frame: pd.DataFrame) -> None:
        self.customers_model.set_frame(frame)
        self.customers_title.setText(self.tr("<b>%1</b>: %n customer(s)", "", len(frame))
                                     .replace("%1", self.selection_title))
        self.export_button.setEnabled(len(frame) > 0)
        self.write_button.setEnabled(len(frame) > 0)

    # --- actions ------------------------------------------------------------------------------

    def prepare_messages(self) -> None:
        """Bulk messages for the customers listed, with the segment's suggested script."""
        from app.ui.dialogs.bulk_send_dialog import open_bulk_send

        frame = self.customers_model.frame()
        if frame.empty:
            return
        info = BY_KEY.get(self.selected) if isinstance(self.selected, str) else None
        open_bulk_send(self.context, frame["customer_id"].astype(int).tolist(), self,
                       source=self.selection_title,
                       template=info.template_key if info is not None else None)

    def export_selection(self) -> None:
        frame = self.customers_model.frame()
        if frame.empty:
            return
        name = "".join(ch if ch.isalnum() else "-" for ch in self.selection_title).strip("-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), str(Path.home() / f"{name or 'customers'}.csv"),
            self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"))
        if not path:
            return
        header = [self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Segment"),
                  self.tr("Days since"), self.tr("Orders"), self.tr("Spent"), "R", "F", "M"]
        customers = frame.drop(columns=["rfm"])
        try:
            count = segment_export.export_customers(customers, Path(path), header=header,
                                                    segment_name=segment_label)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Export"),
                                f"{error_message(exc)}\n{error_hint(exc)}".strip())
            return
        self.context.signals.status_message.emit(
            self.tr("Exported %n customer(s) to %1", "", count).replace("%1", Path(path).name))

    def take_snapshot(self) -> None:
        db, today = self.context.db, self.context.clock.today()
        self.context.jobs.run("snapshot", lambda _job: snapshots.take_snapshot(db, today),
                               on_success=lambda _n: self.refresh())

    # --- texts and colours --------------------------------------------------------------------

    def colour(self, key: str) -> QColor:
        base = QColor(COLOURS.get(key, "#9ca3af"))
        if not self.is_dark():
            return base
        dark = QColor("#202124")
        mix = 0.78
        return QColor(int(base.red() * mix + dark.red() * (1 - mix)),
                      int(base.green() * mix + dark.green() * (1 - mix)),
                      int(base.blue() * mix + dark.blue() * (1 - mix)))

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _band_tick(self, band: rfm.BandRange) -> str:
        low, high = band.low, band.high
        if band.dimension == "m":
            def fmt(v: int | None) -> str:
                return formatting.money(v, self.context.settings.get(CURRENCY),
                                        self.context.language)
        else:
            def fmt(v: int | None) -> str:
                return str(v)
        if low is None and high is None:
            return "—"
        if low is None:
            return f"≤ {fmt(high)}"
        if high is None:
            return f"{fmt(low)}+"
        return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"

    def _bands_text(self, bands: list[rfm.BandRange]) -> str:
        titles = {"r": self.tr("R, days since last order"), "f": self.tr("F, orders"),
                  "m": self.tr("M, money spent")}
        lines = []
        for dim in ("r", "f", "m"):
            items = [b for b in bands if b.dimension == dim]
            mode = self.tr("5 equal groups") if items and items[0].mode == "quantiles" else self.tr(
                "bands")
            parts = ", ".join(f"{b.score}: {self._band_tick(b)}" for b in items)
            lines.append(f"{titles[dim]} ({mode}) — {parts}")
        lost = self.context.settings.get(LOST_AFTER_DAYS)
        lines.append(self.tr("Lost: no order for more than %Ln day(s)", "", lost))
        return self.tr("Current scoring:") + "\n" + "\n".join(lines)

    def _movement_html(self, report: snapshots.MovementReport) -> str:
        if report.baseline_on is None:
            return self.tr("<b>Movement</b><br>No earlier snapshot yet. Regulars stores one "
                           "every month; movement appears after the next one.")
        head = self.tr("<b>Since %1</b>").replace(
            "%1", formatting.long_date(report.baseline_on, self.context.language))
        if not report.movements:
            return head + "<br>" + self.tr("Nobody changed segment.")
        link = "#8ab4f8" if self.is_dark() else self.palette().color(QPalette.ColorRole.Link).name()
        items = [f'<a href="move:{i}" style="color:{link}">{_movement_text(m)}</a>'
                 for i, m in enumerate(report.movements[:12])]
        more = len(report.movements) - len(items)
        tail = [self.tr("…and %1 more").replace("%1", str(more))] if more > 0 else []
        return head + "<br>" + "<br>".join(items + tail)


# The page opens on whom to act on first: the best customers slipping away, then those at risk.
URGENT = ("cant_lose", "at_risk")
# Nothing to win back there with a message of the day: never opened on unless nobody else is.
IDLE = frozenset({"lost", "hibernating"})


def opening_segment(customers: pd.Series) -> str:
    """The segment the page opens on, from customers per segment (index = segment key): the
    first non-empty urgent one, else the largest one worth a message, else the largest."""
    counts = customers[customers > 0]
    for key in URGENT:
        if key in counts.index:
            return key
    actionable = counts[~counts.index.isin(list(IDLE))]
    return str((actionable if not actionable.empty else customers).idxmax())


def _tr(text: str) -> str:
    return QCoreApplication.translate("segments", text)


def _movement_text(movement: snapshots.Movement) -> str:
    params = dict(movement.params)
    params["from_name"] = segment_label(movement.from_segment) if movement.from_segment else ""
    params["to_name"] = segment_label(movement.to_segment)
    return _tr(movement.sentence).format(**params)


def _table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the first rows only: measuring a 35,000-customer segment row by row
    # (Qt's default samples 1,000 rows) kept the GUI thread busy for over a second.
    table.horizontalHeader().setResizeContentsPrecision(60)
    table.horizontalHeader().setStretchLastSection(True)
    return table
