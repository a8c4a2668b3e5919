"""The customer card's sales parts: buttons under the purchases table (add, change or delete a
hand-recorded sale) and the Timeline tab (services.relationship)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import relationship
from app.services.loyalty.levels import ladder_of
from app.services.sales import records
from app.services.settings import CURRENCY
from app.services.timeline import TimelineEvent
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.dialogs.timeline_words import details, kind_label
from app.ui.jobs import LatestJobs
from app.ui.table_models.records_model import Column, RecordsTableModel


class PurchasesPanel(QWidget):
    """The purchases table with "Add a sale…", "Change…" and "Delete" below it. Only hand sales
    change: an imported line belongs to its file, and a re-import would not see the edit."""

    def __init__(self, context: AppContext, view: QTableView, model: RecordsTableModel,
                 on_changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.view, self.model = context, view, model
        self.on_changed = on_changed
        self.customer_id: int | None = None
        self.hand_ids: set[int] = set()
        self.add_button = QPushButton(self.tr("Add a sale…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.delete_button = QPushButton(self.tr("Delete the sale"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_sale)
        self.edit_button.clicked.connect(self.edit_sale)
        self.delete_button.clicked.connect(self.delete_sale)
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        model.modelReset.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(bar)
        self.add_button.setEnabled(False)  # a customer not saved yet has no sales
        self._update_buttons()

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.hand_ids = (set() if customer_id is None
                         else records.hand_sale_ids(self.context.db, customer_id))
        self.add_button.setEnabled(customer_id is not None)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return int(self.model.records[rows[0].row()].id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        hand = chosen is not None and chosen in self.hand_ids
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(hand)
            button.setToolTip("" if hand or chosen is None else self.tr(
                "This line came from an imported file: change it in the file and import it "
                "again, or undo that import. Only sales recorded by hand are changed here."))

    def add_sale(self) -> None:
        self._open(None)

    def edit_sale(self) -> None:
        chosen = self.selected_id()
        if chosen is not None and chosen in self.hand_ids:
            self._open(chosen)

    def _open(self, purchase_id: int | None) -> None:
        from app.ui.dialogs.sale_dialog import SaleDialog

        dialog = SaleDialog(self.context, self.customer_id, purchase_id, parent=self)
        dialog.accepted.connect(self.on_changed)
        dialog.open()

    def delete_sale(self) -> None:
        chosen = self.selected_id()
        if chosen is None or chosen not in self.hand_ids:
            return
        answer = QMessageBox.question(self, self.tr("Delete the sale"), self.tr(
            "Delete this sale recorded by hand? Figures and Today will be recalculated."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.context
        db, settings, clock = context.db, context.settings, context.clock

        def work(_job: object) -> None:
            from app.services.day import refresh_day

            records.delete_sale(db, chosen)
            refresh_day(db, settings, clock.today(), clock.now(), recompute_figures=True)

        def done(_result: object) -> None:
            for what in ("purchases", "stats", "tasks"):
                context.signals.data_changed.emit(what)
            self.on_changed()

        self.delete_button.setEnabled(False)
        context.jobs.run("delete-hand-sale", work, on_success=done)


class TimelineTab(QStackedWidget):
    """Everything that happened with the customer, newest first; read in a job."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loads = LatestJobs(context.jobs)
        lang, currency = context.language, context.settings.get(CURRENCY)
        self.ladder = ladder_of(context.settings)
        self.model = RecordsTableModel([
            Column(self.tr("Date"), lambda e: formatting.date(e.day, lang)),
            Column(self.tr("Event"), kind_label),
            Column(self.tr("Details"), lambda e: details(e, self.ladder, currency, lang)),
            Column(self.tr("Amount"), lambda e: formatting.money(e.amount_minor, currency, lang),
                   numeric=True),
        ])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((100, 190, 0, 110)):
            if width:
                self.view.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "Nothing has happened with this customer yet. Sales (imported or added with "
            "“Add a sale…”), messages, reminders, scores, complaints, levels and recommendations "
            "will appear here, newest first."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.setCurrentIndex(1)

    def load(self, customer_id: int) -> None:
        db = self.context.db
        self.ladder = ladder_of(self.context.settings)  # the owner may have renamed a level
        self._loads.run("timeline", lambda _job: relationship.relationship(db, customer_id),
                        on_success=self.show_events)

    def show_events(self, events: list[TimelineEvent]) -> None:
        self.model.set_records(events)
        self.setCurrentIndex(0 if events else 1)
