"""A small read-only table model over a list of records (a customer's purchases, contacts...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    numeric: bool = False


class RecordsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(record)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        moved = sorted(range(len(self.records)), key=lambda row: key(self.records[row]),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.records = [self.records[row] for row in moved]
        # Persistent indexes (the view's selection and current row) follow their record, so
        # whatever shows the selected row (a preview) still matches it after sorting.
        new_row = {old: new for new, old in enumerate(moved)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()
