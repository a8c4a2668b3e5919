"""The customers table: holds the service's DataFrame as arrays; search and sort are vectorised.

A search or a sort re-orders an index array (pandas/numpy), never Python objects row by row, so
it stays fast with a hundred thousand customers (benchmarks/bench_customers.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services import day_numbers
from app.services.names import display_name
from app.services.phones import format_phone
from app.ui import formatting
from app.ui.level_names import badge_colour
from app.ui.table_models.cells import as_float, as_int, missing

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# (key, frame column, numeric)
COLUMNS: list[tuple[str, str, bool]] = [
    ("name", "name", False),
    ("phone", "phone", False),
    ("email", "email", False),
    ("orders", "orders", True),
    ("spent", "total_spent_minor", True),
    ("last", "last_purchase", False),
    ("days", "recency_days", True),
    ("segment", "segment", False),
    ("level", "level", False),
    ("rfm", "rfm", False),
    # Predictions (predictions.store): the next order's expected day, P(active), 12-month value.
    ("next", "next_day", True),
    ("alive", "p_alive", True),
    ("value", "predicted_value_12m_minor", True),
]
_OVERDUE = QColor("#b45309")

_Index = QModelIndex | QPersistentModelIndex


class CustomersTableModel(QAbstractTableModel):
    def __init__(self, headers: dict[str, str], segment_label: Callable[[str | None], str],
                 currency: str = "RUB", language: str = "en") -> None:
        super().__init__()
        self._headers = headers
        self._segment_label = segment_label
        self._currency, self._language = currency, language
        self._frame = pd.DataFrame()
        self._arrays: dict[str, np.ndarray] = {}
        self._haystack: pd.Series | None = None
        self._ranks: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._order = np.zeros(0, dtype=np.int64)  # frame positions in view order
        self._query = ""
        self._segment: str | None = None
        self._level: str | None = None
        # Level key -> shown name; its colour comes from the frame's level_rank.
        self._level_label: Callable[[str | None], str] = lambda key: key or ""
        self._sort_column, self._sort_order = 0, Qt.SortOrder.AscendingOrder

    # --- data in --------------------------------------------------------------------------------

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        # Plain arrays for data(): per-cell pandas access would cost ~50 µs a call.
        self._arrays = {c: self._frame[c].to_numpy(dtype=object) for c in self._frame.columns}
        self._haystack = None
        self._ranks = {}
        self._order = self._compute_order()
        self.endResetModel()

    def set_level_label(self, label: Callable[[str | None], str]) -> None:
        self._level_label = label

    def set_filter(self, query: str = "", segment: str | None = None,
                   level: str | None = None) -> None:
        self.beginResetModel()
        self._query, self._segment, self._level = query.strip().lower(), segment, level
        self._order = self._compute_order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._order = self._compute_order()
        self.layoutChanged.emit()

    def _compute_order(self) -> np.ndarray:
        frame = self._frame
        if frame.empty:
            return np.zeros(0, dtype=np.int64)
        mask = np.ones(len(frame), dtype=bool)
        if self._query:
            mask &= self._matches(self._query)
        if self._segment:
            mask &= (frame["segment"] == self._segment).fillna(False).to_numpy(dtype=bool)
        if self._level and "level" in frame:
            mask &= (frame["level"] == self._level).to_numpy(dtype=bool)
        positions = np.flatnonzero(mask)
        rank, missing = self._rank(COLUMNS[self._sort_column][1])
        keys = rank[positions]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            keys = -keys
        # Missing values (no purchase yet) go last in both directions.
        keys = np.where(missing[positions], np.iinfo(np.int64).max, keys)
        return positions[np.argsort(keys, kind="stable")]

    def _matches(self, query: str) -> np.ndarray:
        if self._haystack is None:
            frame = self._frame
            digits = frame["phone"].fillna("").str.replace(r"\D", "", regex=True)
            self._haystack = (frame["name"].fillna("").str.lower() + "\t"
                              + frame["email"].fillna("").str.lower() + "\t" + digits)
        hit = self._haystack.str.contains(query, regex=False).to_numpy(dtype=bool, copy=True)
        query_digits = "".join(ch for ch in query if ch.isdigit())
        if len(query_digits) >= 3 and not any(ch.isalpha() for ch in query):
            hit |= self._haystack.str.contains(query_digits, regex=False).to_numpy(dtype=bool)
        return hit

    def _rank(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """Each row's position in ascending order of `column`, computed once per data load."""
        if column not in self._ranks:
            if column == "level":  # by place on the ladder, not by name
                values = self._frame.get("level_rank", pd.Series(pd.NA, index=self._frame.index,
                                                                 dtype="Int64"))
            elif column == "rfm":
                values = (self._frame["r_score"] * 100 + self._frame["f_score"] * 10
                          + self._frame["m_score"])
            else:
                values = self._frame[column]
            missing = values.isna().to_numpy(dtype=bool)
            if column in ("name", "email", "phone", "segment"):
                if column == "segment":
                    values = values.map(lambda k: self._segment_label(k) if isinstance(k, str)
                                        else "")
                values = values.fillna("").astype(str).str.lower()
            elif column == "last_purchase":
                values = pd.to_datetime(values)
            order = values.reset_index(drop=True).argsort(kind="stable").to_numpy()
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order), dtype=np.int64)
            self._ranks[column] = (rank, missing)
        return self._ranks[column]

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section][0]]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key, column, numeric = COLUMNS[index.column()]
        position = int(self._order[index.row()])
        value = (self._rfm(position) if column == "rfm"
                 else self._arrays[column][position] if column in self._arrays else None)
        blocked = bool(self._arrays["do_not_contact"][position])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value, blocked)
        if role == SORT_ROLE:
            return None if missing(value) else value
        if role == ID_ROLE:
            return int(self._arrays["id"][position])
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and blocked and key == "name":
            return QColor("#b91c1c")
        if role == Qt.ItemDataRole.BackgroundRole and key == "level" and not missing(value):
            return QColor(badge_colour(as_int(self._arrays["level_rank"][position])))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "level":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and blocked:
            return self._headers["dnc_tip"]
        if key == "next" and self._overdue(position):
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers["overdue_tip"]
        if role == Qt.ItemDataRole.ToolTipRole and key == "alive" and not missing(value):
            level = str(self._arrays["p_alive_confidence"][position])
            return self._headers.get(f"confidence_{level}", "")
        return None

    def _display(self, key: str, value: object, blocked: bool) -> str:
        if missing(value):
            return ""
        if key in ("spent", "value"):
            return formatting.money(as_int(value), self._currency, self._language)
        if key == "next":
            return formatting.date(day_numbers.to_date(as_int(value)), self._language)
        if key == "alive":
            return f"{round(as_float(value) * 100)} %"
        if key == "last":
            return formatting.date(value, self._language) if isinstance(value, dt.date) else ""
        if key == "segment":
            return self._segment_label(str(value))
        if key == "level":
            return self._level_label(str(value))
        if key == "rfm":
            return "{} {} {}".format(*value) if isinstance(value, tuple) else ""
        if key == "phone":
            return format_phone(str(value)) if str(value).startswith("+") else str(value)
        if key in ("orders", "days"):
            return str(as_int(value))
        if key == "name":
            return display_name(str(value))
        return str(value)

    def _overdue(self, position: int) -> bool:
        overdue = self._arrays.get("overdue")
        return overdue is not None and bool(overdue[position])

    def _rfm(self, position: int) -> tuple[int, int, int] | None:
        r, f, m = (self._arrays[c][position] for c in ("r_score", "f_score", "m_score"))
        return None if any(missing(v) for v in (r, f, m)) else (int(r), int(f), int(m))

    def total_count(self) -> int:
        return len(self._frame)

    def customer_id(self, row: int) -> int:
        return int(self._frame["id"].iloc[int(self._order[row])])

    def row_of(self, customer_id: int) -> int | None:
        hits = np.flatnonzero(self._frame["id"].to_numpy()[self._order] == customer_id)
        return int(hits[0]) if len(hits) else None

