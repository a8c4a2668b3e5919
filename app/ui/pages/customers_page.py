"""Customers: a searchable, sortable table of everyone, and the customer card."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import load_customer_table
from app.services.loyalty.levels import attach_levels, ladder_of
from app.services.settings import CURRENCY
from app.ui import business_words as words
from app.ui.context import AppContext
from app.ui.level_names import level_label
from app.ui.pages.base import Page
from app.ui.segment_names import segment_label
from app.ui.table_models.customers_model import CustomersTableModel
from app.ui.widgets.welcome import WelcomePanel


class CustomersPage(Page):
    depends_on = frozenset({"customers", "purchases", "stats", "settings", "predictions"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The business's words (students and lessons for a tutor), read once: a change of the
        # kind of business in Settings shows after a restart, like the language.
        self.person = words.person_of(context.settings)
        order = words.order_of(context.settings)
        headers = {
            "name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "orders": words.orders_header(order), "spent": self.tr("Spent"),
            "last": words.last_order_header(order), "days": words.days_since_header(order),
            "segment": self.tr("Segment"), "level": self.tr("Level"), "rfm": self.tr("R F M"),
            "dnc_tip": self.tr("Do not contact"),
            "next": self.tr("Next order"), "alive": self.tr("Still active"),
            "value": self.tr("Value, 12 months"),
            "overdue_tip": self.tr("Overdue: the next order was expected earlier"),
            "confidence_low": self.tr("Low confidence"),
            "confidence_medium": self.tr("Medium confidence"),
            "confidence_high": self.tr("High confidence"),
        }
        self.model = CustomersTableModel(headers, segment_label,
                                         context.settings.get(CURRENCY), context.language)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.segment_filter = QComboBox()
        self.segment_filter.setMinimumContentsLength(16)
        self.level_filter = QComboBox()
        self.level_filter.setMinimumContentsLength(12)
        self.ladder = ladder_of(context.settings)
        self.model.set_level_label(lambda key: level_label(self.ladder, key))
        self.count_label = QLabel()
        self.add_button = QPushButton(words.add_person(self.person))
        self.add_button.clicked.connect(lambda: self.open_card(None))
        self.write_button = QPushButton(words.write_to_people(self.person))
        self.write_button.setToolTip(self.tr(
            "Prepare a message for the selected customers, or for everyone shown when none is "
            "selected."))
        self.write_button.clicked.connect(self.write_to_customers)
        self.duplicates_button = QPushButton(self.tr("Possible duplicates…"))
        self.duplicates_button.setToolTip(self.tr(
            "Customers written twice (a name in another alphabet, a phone or e-mail typo): "
            "merge them into one."))
        self.duplicates_button.clicked.connect(self.find_duplicates)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for column, width in enumerate((180, 130, 190, 70, 100, 110, 90, 160, 100, 60, 110, 90,
                                        110)):
            # Wide enough for the header in either language (Russian headers run longer).
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 28))
        self.table.doubleClicked.connect(self._on_double_click)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.segment_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.level_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.segment_filter)
        bar.addWidget(self.level_filter)
        bar.addWidget(self.count_label)
        bar.addWidget(self.duplicates_button)
        bar.addWidget(self.write_button)
        bar.addWidget(self.add_button)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.table)

        self.welcome = WelcomePanel()
        if self.person != "customer":
            self.welcome.use_services_wording()
        self.welcome.import_requested.connect(self._request_import)
        self.welcome.demo_requested.connect(self._request_demo)
        self.stack = QStackedWidget()
        self.stack.addWidget(table_box)
        self.stack.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def title(self) -> str:
        return words.people_title(self.person)

    def refresh(self) -> None:
        db = self.context.db
        self.ladder = ladder = ladder_of(self.context.settings)
        self.load_latest("load customers",
                         lambda _job: attach_levels(load_customer_table(db), db, ladder),
                         on_success=self._show_frame)

    def _show_frame(self, frame: pd.DataFrame) -> None:
        self.stack.setCurrentIndex(1 if frame.empty else 0)
        current = self.segment_filter.currentData()
        self.segment_filter.blockSignals(True)
        self.segment_filter.clear()
        self.segment_filter.addItem(self.tr("All segments"), None)
        if not frame.empty:
            for key in sorted(frame["segment"].dropna().unique(), key=segment_label):
                self.segment_filter.addItem(segment_label(key), key)
        position = self.segment_filter.findData(current)
        self.segment_filter.setCurrentIndex(max(position, 0))
        self.segment_filter.blockSignals(False)
        self._fill_level_filter()
        self.model.set_frame(frame)
        self._apply_filter()

    def _fill_level_filter(self) -> None:
        """Every level of the ladder, even one nobody stands on yet (the owner looks for it)."""
        current = self.level_filter.currentData()
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(self.tr("All levels"), None)
        for level in self.ladder.levels:
            self.level_filter.addItem(level_label(self.ladder, level.key), level.key)
        self.level_filter.setCurrentIndex(max(self.level_filter.findData(current), 0))
        self.level_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.segment_filter.currentData(),
                              self.level_filter.currentData())
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    def chosen_customer_ids(self) -> list[int]:
        """The selected rows, or every row the search and filter show when nothing is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            rows = list(range(self.model.rowCount()))
        return [self.model.customer_id(row) for row in rows]

    def write_to_customers(self) -> None:
        from app.ui.dialogs.bulk_send_dialog import open_bulk_send

        ids = self.chosen_customer_ids()
        if ids:
            open_bulk_send(self.context, ids, self, source=self.title())

    def find_duplicates(self) -> None:
        from app.ui.dialogs.duplicates_dialog import open_duplicates

        open_duplicates(self.context, self)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_double_click(self, index: QModelIndex) -> None:
        self.open_card(self.model.customer_id(index.row()))

    def open_card(self, customer_id: int | None) -> None:
        from app.ui.dialogs.customer_card import CustomerCardDialog

        dialog = CustomerCardDialog(self.context, customer_id, self)
        dialog.open()

    def _request_import(self) -> None:
        window = self.window()
        if hasattr(window, "import_files"):
            window.import_files()

    def _request_demo(self) -> None:
        window = self.window()
        if hasattr(window, "open_demo_shop"):
            window.open_demo_shop()
