"""Products: what each product brings (buyers, orders, revenue), which first purchase makes a
regular, when it runs out, and what goes well with it - with the owner's own pairs.

Everything is computed in one background job (`compute_overview`); the table's model holds
pre-computed rows and sorts them in place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import quote, unquote

import pandas as pd
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError
from app.services.products import aliases, owner_pairs
from app.services.products import figures as product_figures
from app.services.products.overview import ProductsOverview, compute_overview
from app.services.products.suggest import OWNER, PRODUCT, Suggestion, evidence_sentence
from app.services.settings import CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state
from app.ui.table_models.records_model import Column, RecordsTableModel

PRODUCTS, CATEGORIES = "product", "category"


@dataclass(frozen=True)
class ProductRow:
    name: str
    buyers: int
    orders: int
    revenue_minor: int
    repeat_share: float
    first_buyers: int
    came_back: int
    replenish_days: float
    intervals: int
    interval_customers: int


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ProductsPage(Page):
    depends_on = frozenset({"purchases", "settings", "customers", "stats"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: ProductsOverview | None = None
        self.current = ""
        language, currency = context.language, context.settings.get(CURRENCY)

        def share(value: float) -> str:
            return "" if math.isnan(value) else f"{formatting.number(100 * value, language)} %"

        def came(row: ProductRow) -> str:
            if not row.first_buyers:
                return ""
            return self.tr("%1 of %2").replace("%1", str(row.came_back)).replace(
                "%2", str(row.first_buyers))

        def rate(row: ProductRow) -> float:
            return row.came_back / row.first_buyers if row.first_buyers else -1.0

        def days(row: ProductRow) -> float:
            return -1.0 if math.isnan(row.replenish_days) else row.replenish_days

        self.model = RecordsTableModel([
            Column(self.tr("Product"), lambda r: r.name, lambda r: r.name.casefold()),
            Column(self.tr("Buyers"), lambda r: str(r.buyers), lambda r: r.buyers, True),
            Column(self.tr("Orders"), lambda r: str(r.orders), lambda r: r.orders, True),
            Column(self.tr("Revenue"), lambda r: formatting.money(r.revenue_minor, currency,
                                                                  language),
                   lambda r: r.revenue_minor, True),
            Column(self.tr("Repeat\nshare"), lambda r: share(r.repeat_share),
                   lambda r: -1.0 if math.isnan(r.repeat_share) else r.repeat_share, True),
            Column(self.tr("Came\nback"), came, rate, True),
            Column(self.tr("Restock,\ndays"),
                   lambda r: "" if math.isnan(r.replenish_days)
                   else formatting.number(r.replenish_days, language, 0), days, True),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setToolTip(self.tr("Repeat share: the share of its orders placed by customers "
                                  "with more than one order. Came back: of the customers whose "
                                  "first order held it, how many ordered again. Restock: the "
                                  "usual days between one customer's purchases of it."))
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Products"), PRODUCTS)
        self.kind.addItem(self.tr("Categories"), CATEGORIES)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.linkActivated.connect(self._on_link)
        self.first_box, self.then_box = QComboBox(), QComboBox()
        for box in (self.first_box, self.then_box):
            box.setEditable(True)
            box.setMinimumContentsLength(6)
        self.add_button = QPushButton(self.tr("Add pair"))
        self.add_button.clicked.connect(self.add_pair)
        self.pair_error = QLabel()
        # Products written differently ("Кофе зерно 250г") joined under the selected one.
        self.merge_box = QComboBox()
        self.merge_box.setMinimumContentsLength(6)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(self.tr("The same product written differently: its sales "
                                             "count under the selected product's name."))
        self.merge_button.clicked.connect(self.merge_product)
        self.pair_error.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_main())
        self.stack.addWidget(empty_state(
            self.tr("No products yet"),
            self.tr("Import sales with a product column and Regulars shows which products "
                    "bring customers back, when they run out and what goes well with them.")))
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.stack)

    def _build_main(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(_wrapped(self.tr("<b>Your own pair</b> (comes before any found "
                                                "one):")))
        form = QFormLayout()
        form.addRow(self.tr("with"), self.first_box)
        form.addRow(self.tr("offer"), self.then_box)
        right_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pair_error, 1)
        buttons.addWidget(self.add_button)
        right_layout.addLayout(buttons)
        right_layout.addWidget(_wrapped(self.tr("<b>The same product written differently</b> "
                                                "(its sales join the selected one):")))
        right_layout.addWidget(self.merge_box)
        merge = QHBoxLayout()
        merge.addStretch(1)
        merge.addWidget(self.merge_button)
        right_layout.addLayout(merge)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.detail_side = right
        self.splitter = splitter
        return splitter

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A third of a wide page for the detail; on a small laptop only what its editors
        need, so that every column of the table keeps its header readable."""
        super().resizeEvent(event)
        margins = self.page_layout.contentsMargins()
        width = event.size().width() - margins.left() - margins.right()
        right = width // 3 if width >= 1000 else self.detail_side.minimumSizeHint().width()
        self.splitter.setSizes([width - right, right])

    def title(self) -> str:
        return self.tr("Products")

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, today = self.context.db, self.context.clock.today()
        self.load_latest("load products", lambda _job: compute_overview(db, today),
                         on_success=self._show)

    def _show(self, overview: ProductsOverview) -> None:
        self.overview = overview
        self.stack.setCurrentIndex(0 if len(overview.products) else 1)
        names = sorted(overview.lines.products, key=str.casefold)
        for box in (self.first_box, self.then_box, self.merge_box):
            text = box.currentText()
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(box.findText(text))  # nothing chosen yet: empty
        self._fill()

    def _fill(self) -> None:
        if self.overview is None:
            return
        frame = (self.overview.products if self.kind.currentData() == PRODUCTS
                 else self.overview.categories)
        rows = [ProductRow(str(r["name"]), int(r["buyers"]), int(r["orders"]),
                           int(r["revenue_minor"]), float(r["repeat_share"]),
                           int(r["first_buyers"]), int(r["came_back"]),
                           float(r["replenish_days"]), int(r["intervals"]),
                           int(r["interval_customers"])) for r in _records(frame)]
        self.model.set_records(rows)
        self.merge_button.setEnabled(self.kind.currentData() == PRODUCTS)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        keep = next((i for i, r in enumerate(self.model.records) if r.name == self.current), 0)
        if rows:
            self.table.selectRow(keep)
        else:
            self.detail.setText("")

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            record = self.model.records[rows[0].row()]
            self.current = record.name
            self.detail.setText(self.detail_html(record))
            if self.kind.currentData() == PRODUCTS:
                self.first_box.setCurrentText(record.name)

    # --- the detail panel ----------------------------------------------------------------------

    def detail_html(self, row: ProductRow) -> str:
        parts = [f"<h3>{escape(row.name)}</h3>"]
        if row.first_buyers:
            parts.append(self.tr("<p>Of the %1 customers whose first order held it, %2 came "
                                 "back.</p>").replace("%1", str(row.first_buyers))
                         .replace("%2", str(row.came_back)))
        else:
            parts.append(self.tr("<p>Nobody's first order held it.</p>"))
        if not math.isnan(row.replenish_days):
            parts.append(self.tr("<p>Bought again every <b>%1 days</b> (the median of %2 "
                                 "repeats by %3 customers).</p>")
                         .replace("%1", formatting.number(row.replenish_days,
                                                          self.context.language))
                         .replace("%2", str(row.intervals))
                         .replace("%3", str(row.interval_customers)))
        elif (row.intervals >= product_figures.MIN_INTERVALS
              and row.interval_customers >= product_figures.MIN_CUSTOMERS):
            parts.append(self.tr("<p>No clear restocking interval: its %1 repeats by %2 "
                                 "customers came at uneven gaps, so there is no pace to remind "
                                 "by.</p>").replace("%1", str(row.intervals))
                         .replace("%2", str(row.interval_customers)))
        else:
            parts.append(self.tr("<p>No clear restocking interval: it needs at least %1 "
                                 "repeats by %2 customers, bought at a steady pace.</p>")
                         .replace("%1", str(product_figures.MIN_INTERVALS))
                         .replace("%2", str(product_figures.MIN_CUSTOMERS)))
        parts.append(self.tr("<p><b>Goes well with</b></p>"))
        lines = self._pair_lines(row.name)
        parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
                     if lines else self.tr(
                         "<p>No pair yet: a pair needs at least 3 customers who bought both, "
                         "more often than chance would give in a shop this size.</p>"))
        return "".join(parts)

    def _pair_lines(self, name: str) -> list[str]:
        assert self.overview is not None
        by_product = self.kind.currentData() == PRODUCTS
        lines = []
        if by_product:
            for first, then in self.overview.owner.own:
                if first == name:
                    text = evidence_sentence(Suggestion(then, OWNER, first, then), _translate)
                    remove = self._link("remove", first, then, self.tr("remove"))
                    lines.append(f"{escape(text)} {remove}")
        pairs = self.overview.product_pairs if by_product else self.overview.category_pairs
        for row in ([] if pairs.empty else _records(pairs[pairs["a_name"] == name])):
            suggestion = Suggestion(str(row["b_name"]), PRODUCT, str(row["a_name"]),
                                    str(row["b_name"]), int(row["later"]), int(row["a_buyers"]),
                                    int(row["b_buyers"]), int(row["customers"]))
            text = escape(evidence_sentence(suggestion, _translate))
            hide = self._link("hide", row["a_name"], row["b_name"], self.tr("hide"))
            lines.append(f"{text} {hide}")
        return lines

    @staticmethod
    def _link(action: str, first: object, then: object, label: str) -> str:
        return (f'<a href="{action}:{quote(str(first))}:{quote(str(then))}">'
                f"{escape(label)}</a>")

    def _on_link(self, link: str) -> None:
        action, first, then = link.split(":", 2)
        change = owner_pairs.hide if action == "hide" else owner_pairs.remove
        change(self.context.db, unquote(first), unquote(then))
        self.refresh()

    def merge_product(self) -> None:
        other = self.merge_box.currentText()
        if not self.current or not other or other == self.current:
            self.pair_error.setText(self.tr("Choose another product to merge into the selected "
                                            "one."))
            return
        aliases.merge(self.context.db, [other], self.current)
        self.pair_error.setText("")
        self.refresh()

    def add_pair(self) -> None:
        try:
            owner_pairs.add(self.context.db, self.first_box.currentText(),
                            self.then_box.currentText())
        except UserFacingError as exc:
            self.pair_error.setText(QCoreApplication.translate("products", str(exc)))
            return
        self.pair_error.setText("")
        self.refresh()
