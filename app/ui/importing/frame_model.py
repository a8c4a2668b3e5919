"""A read-only table model over a small DataFrame of texts (import preview, rejected rows)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

_Index = QModelIndex | QPersistentModelIndex
_PROBLEM, _FLAGGED = QColor("#b3261e"), QColor("#fdecea")
# A cell is shown cut to this length: laying out a hostile file's 5 MB name froze the preview.
SHOWN_CHARS = 1000


class FrameModel(QAbstractTableModel):
    """Rows of `frame` as text. `problems` (same shape, optional): a sentence for each cell that
    cannot be read, shown red with the sentence as its tooltip."""

    def __init__(self, frame: pd.DataFrame | None = None, headers: list[str] | None = None,
                 row_labels: bool = True) -> None:
        super().__init__()
        self.row_labels = row_labels
        self.frame = pd.DataFrame()
        self.problems: pd.DataFrame | None = None
        self.headers: list[str] = []
        self.flagged: set[object] = set()
        if frame is not None:
            self.set_frame(frame, headers)

    def set_frame(self, frame: pd.DataFrame, headers: list[str] | None = None,
                  problems: pd.DataFrame | None = None) -> None:
        if (headers is None and frame.index.equals(self.frame.index)
                and frame.columns.equals(self.frame.columns)):
            # The same cells with new marks (the columns were changed): no reset, so the view
            # keeps its scroll position and selection.
            self.frame, self.problems = frame, problems
            self._all_changed()
            return
        self.beginResetModel()
        self.frame, self.problems = frame, problems
        self.headers = headers or [str(c) for c in frame.columns]
        self.endResetModel()

    def set_flagged(self, labels: set[object]) -> None:
        """Rows (by index label) to tint: the ones the import will leave out."""
        self.flagged = set(labels)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return str(self.frame.index[section]) if self.row_labels else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self.frame.iat[row, column]
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        if len(text) > SHOWN_CHARS:
            text = text[:SHOWN_CHARS] + "…"
        problem = str(self.problems.iat[row, column]) if self.problems is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or text
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return _PROBLEM
        if role == Qt.ItemDataRole.BackgroundRole and self.flagged and (
                self.frame.index[row] in self.flagged):
            return _FLAGGED
        return None
