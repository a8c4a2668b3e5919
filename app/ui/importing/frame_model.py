"""A read-only table model over a small DataFrame of texts (import preview, rejected rows)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

_Index = QModelIndex | QPersistentModelIndex


class FrameModel(QAbstractTableModel):
    """Rows of `frame` as text; `leading_rows` empty rows on top hold widgets (column combos)."""

    def __init__(self, frame: pd.DataFrame | None = None, headers: list[str] | None = None,
                 leading_rows: int = 0, row_labels: bool = True) -> None:
        super().__init__()
        self.leading_rows = leading_rows
        self.row_labels = row_labels
        self.frame = pd.DataFrame()
        self.headers: list[str] = []
        self.flagged: set[object] = set()
        if frame is not None:
            self.set_frame(frame, headers)

    def set_frame(self, frame: pd.DataFrame, headers: list[str] | None = None) -> None:
        self.beginResetModel()
        self.frame = frame
        self.headers = headers or [str(c) for c in frame.columns]
        self.endResetModel()

    def set_flagged(self, labels: set[object]) -> None:
        """Rows (by index label) to tint: the ones the import will leave out."""
        self.flagged = set(labels)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame) + self.leading_rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        if section < self.leading_rows or not self.row_labels:
            return ""
        return str(self.frame.index[section - self.leading_rows])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() < self.leading_rows:
            return None
        value = self.frame.iat[index.row() - self.leading_rows, index.column()]
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.ForegroundRole and text.startswith("⚠"):
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.BackgroundRole and self.flagged and (
                self.frame.index[index.row() - self.leading_rows] in self.flagged):
            return QColor("#fdecea")
        return None
