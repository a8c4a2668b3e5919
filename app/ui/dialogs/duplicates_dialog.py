"""Possible duplicates: the likely pairs with their reasons, the two cards side by side, merge
either way or say "not the same person", and undo the latest merges.

The search, each merge and each undo run as jobs (a merge recomputes every customer's figures);
the dialog only shows their results.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.duplicates import actions
from app.services.duplicates.finding import Pair, find_duplicates
from app.services.duplicates.merging import MergeInfo
from app.services.duplicates.sides import Side, dismiss_pair, sides
from app.services.duplicates.undoing import list_merges
from app.services.errors import UserFacingError
from app.services.phones import format_phone
from app.services.settings import CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import show_user_error
from app.ui.table_models.records_model import Column, RecordsTableModel

SHOWN_MERGES = 20
FIELDS = ("name", "phone", "email", "orders", "spent", "last")


def reasons_text(pair: Pair) -> str:
    return "; ".join(QCoreApplication.translate("duplicates", r) for r in pair.reasons)


class _Card(QGroupBox):
    """One customer of the pair."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.values = {key: QLabel() for key in FIELDS}
        form = QFormLayout(self)
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                  "orders": self.tr("Orders"), "spent": self.tr("Spent"),
                  "last": self.tr("Last order")}
        for key in FIELDS:
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key].setWordWrap(True)
            form.addRow(labels[key], self.values[key])

    def show_side(self, side: Side | None, currency: str, language: str) -> None:
        if side is None:
            for label in self.values.values():
                label.setText("—")
            return
        phone = format_phone(side.phone) if side.phone.startswith("+") else side.phone
        texts = {"name": f"{side.name}  (#{side.id})", "phone": phone or "—",
                 "email": side.email or "—", "orders": str(side.orders),
                 "spent": formatting.money(side.spent_minor, currency, language),
                 "last": formatting.date(side.last_order_on, language) or "—"}
        for key, text in texts.items():
            self.values[key].setText(text)


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(960, 680)
        self.pairs: list[Pair] = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = RecordsTableModel([
            Column(self.tr("Score"), lambda p: str(p.score), lambda p: p.score, numeric=True),
            Column(self.tr("Customer"), lambda p: p.keep_name),
            Column(self.tr("Possible duplicate"), lambda p: p.other_name),
            Column(self.tr("Why"), reasons_text),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((60, 200, 200)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.left, self.right = _Card(self.tr("Left")), _Card(self.tr("Right"))
        cards = QHBoxLayout()
        cards.addWidget(self.left)
        cards.addWidget(self.right)
        self.merge_left = QPushButton(self.tr("Merge into left"))
        self.merge_left.setToolTip(self.tr("Keep the left customer; the right one's purchases, "
                                           "messages and history move to her."))
        self.merge_right = QPushButton(self.tr("Merge into right"))
        self.merge_right.setToolTip(self.tr("Keep the right customer; the left one's purchases, "
                                            "messages and history move to her."))
        self.not_same = QPushButton(self.tr("Not the same person"))
        self.not_same.setToolTip(self.tr("This pair will not be suggested again."))
        self.merge_left.clicked.connect(lambda: self._merge(into_left=True))
        self.merge_right.clicked.connect(lambda: self._merge(into_left=False))
        self.not_same.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        for button in (self.merge_left, self.merge_right):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_same)

        merges_box = QGroupBox(self.tr("Recent merges"))
        self.merges = QListWidget()
        self.merges.setFixedHeight(90)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.clicked.connect(self._undo)
        self.merges.currentRowChanged.connect(lambda _r: self._update_buttons())
        merges_layout = QHBoxLayout(merges_box)
        merges_layout.addWidget(self.merges, 1)
        merges_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(cards)
        layout.addLayout(buttons)
        layout.addWidget(merges_box)
        layout.addWidget(close)
        self._busy = False
        self._load_merges()
        self.search()

    # The search
    def search(self) -> None:
        self._set_busy(True, self.tr("Looking for customers written twice…"))
        db = self.context.db
        self.context.jobs.run("find duplicates", lambda _job: find_duplicates(db),
                              on_success=self._show_pairs, on_failure=self._failed)

    def _show_pairs(self, pairs: list[Pair]) -> None:
        self.pairs = pairs
        self.model.set_records(pairs)
        self._set_busy(False)
        if pairs:
            self.table.selectRow(0)
        self._show_current()

    def _summary(self) -> str:
        if not self.pairs:
            return self.tr("No likely duplicates. Customers look like different people: the "
                           "same name alone, with different phones or e-mails, is not "
                           "suggested.")
        return self.tr("%n possible duplicate(s). Check the two cards below, then merge them or "
                       "say they are different people.", "", len(self.pairs))

    def current_pair(self) -> Pair | None:
        row = self.table.currentIndex().row()
        return self.model.records[row] if 0 <= row < len(self.model.records) else None

    def _show_current(self) -> None:
        pair = self.current_pair()
        found = sides(self.context.db, [pair.keep_id, pair.other_id]) if pair else {}
        currency, language = self.context.settings.get(CURRENCY), self.context.language
        self.left.show_side(found.get(pair.keep_id) if pair else None, currency, language)
        self.right.show_side(found.get(pair.other_id) if pair else None, currency, language)
        self._update_buttons()

    # Merge, dismiss, undo
    def _merge(self, *, into_left: bool) -> None:
        pair = self.current_pair()
        if pair is None or self._busy:
            return
        keep, other = (pair.keep_id, pair.other_id) if into_left else (pair.other_id, pair.keep_id)
        db, today = self.context.db, self.context.clock.today()
        self._set_busy(True, self.tr("Merging…"))
        self.context.jobs.run("merge customers",
                              lambda _job: actions.merge(db, keep, other, as_of=today),
                              on_success=lambda _id: self._merged(other),
                              on_failure=self._failed)

    def _merged(self, other: int) -> None:
        remaining = [p for p in self.pairs if other not in (p.keep_id, p.other_id)]
        self._changed()
        self._show_pairs(remaining)

    def _dismiss(self) -> None:
        pair = self.current_pair()
        if pair is None or self._busy:
            return
        dismiss_pair(self.context.db, pair.keep_id, pair.other_id)
        row = self.table.currentIndex().row()
        self._show_pairs([p for p in self.pairs if p is not pair])
        if self.pairs:
            self.table.selectRow(min(row, len(self.pairs) - 1))

    def _undo(self) -> None:
        item = self.merges.currentItem()
        if item is None or self._busy:
            return
        merge_id = int(item.data(Qt.ItemDataRole.UserRole))
        db, clock = self.context.db, self.context.clock
        self._set_busy(True, self.tr("Undoing the merge…"))
        self.context.jobs.run(
            "undo merge",
            lambda _job: actions.unmerge(db, merge_id, as_of=clock.today(), now=clock.now()),
            on_success=self._unmerged, on_failure=self._failed)

    def _unmerged(self, _info: object) -> None:
        self._changed()
        self.search()  # she is back: her pairs may be too

    def _changed(self) -> None:
        self._load_merges()
        for what in ("customers", "purchases", "stats"):
            self.context.signals.data_changed.emit(what)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserFacingError):
            raise error
        show_user_error(self, error)

    def _load_merges(self) -> None:
        self.merges.clear()
        merges: list[MergeInfo] = list_merges(self.context.db)[:SHOWN_MERGES]
        for merge in merges:
            when = formatting.date(_day(merge.merged_at), self.context.language)
            text = self.tr("%1 merged into %2 (%3)").replace("%1", merge.other_name) \
                .replace("%2", merge.keep_name or f"#{merge.keep_id}").replace("%3", when)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, merge.id)
            self.merges.addItem(item)
        if not merges:
            placeholder = QListWidgetItem(self.tr("No merges yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.merges.addItem(placeholder)
        else:
            self.merges.setCurrentRow(0)
        self._update_buttons()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status.setText(text if busy else self._summary())
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_pair() is not None and not self._busy
        for button in (self.merge_left, self.merge_right, self.not_same):
            button.setEnabled(chosen)
        item = self.merges.currentItem()
        self.undo_button.setEnabled(not self._busy and item is not None
                                    and item.data(Qt.ItemDataRole.UserRole) is not None)


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        return None


def open_duplicates(context: AppContext, parent: QWidget | None) -> DuplicatesDialog:
    dialog = DuplicatesDialog(context, parent)
    dialog.open()
    return dialog
