"""Today's tasks as a table, grouped by priority: a header row per group, then its tasks.

Group rows span the whole width (the page calls `setSpan`) and cannot be selected. Sorting by a
column orders the tasks *within* each group: the groups are the day's priorities and stay in
their order, and the group rows keep their places (so the spans stay right). Column -1 is the
service's own order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.services.names import display_name, told_apart
from app.services.reminders.tasks import TaskItem
from app.ui.business_words import group_title, person_card
from app.ui.message_actions import channel_label

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("customer", "reason", "due", "channel")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    group: str = ""  # translated group title for a header row
    count: int = 0
    task: TaskItem | None = None


class TodayModel(QAbstractTableModel):
    def __init__(self, language: str = "en", person: str = "customer",
                 order: str = "order") -> None:
        """`person` and `order`: the business's words (business.Vocabulary): a tutor's list
        has a "Student" column and reasons about lessons."""
        super().__init__()
        self.language = language
        self.order = order
        self.rows: list[Row] = []
        self.names: dict[int, str] = {}  # task id -> the name shown, namesakes told apart
        self.claimed: dict[int, str] = {}  # task id -> who else is writing (team mode)
        self.headers = {
            "customer": (person_card(person) if person != "customer"
                         else QCoreApplication.translate("TodayPage", "Customer")),
            "reason": QCoreApplication.translate("TodayPage", "Why"),
            "due": QCoreApplication.translate("TodayPage", "Due"),
            "channel": QCoreApplication.translate("TodayPage", "Channel"),
        }
        self.today = dt.date.today()
        self._items: list[TaskItem] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_items(self, items: list[TaskItem], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        labels = told_apart([(t.name, t.phone, t.email) for t in items])
        self.names = {t.id: label for t, label in zip(items, labels, strict=True)}
        self._items = list(items)
        self.rows = self._grouped_rows()
        self.endResetModel()

    def _grouped_rows(self) -> list[Row]:
        rows = []
        groups: dict[str, list[TaskItem]] = {}
        for item in self._items:  # already sorted by priority
            groups.setdefault(item.group, []).append(item)
        column, order = self._sort
        for title, members in groups.items():
            rows.append(Row(group_title(title, self.order), len(members)))
            if 0 <= column < len(COLUMNS):
                members = sorted(members, key=lambda t: self._sort_key(t, COLUMNS[column]),
                                 reverse=order == Qt.SortOrder.DescendingOrder)
            rows.extend(Row(task=t) for t in members)
        return rows

    def _sort_key(self, task: TaskItem, column: str) -> tuple[int, str]:
        if column == "customer":
            return 0, task.name.casefold()
        if column == "reason":
            return 0, task.reason(self.language, self.order).casefold()
        if column == "due":  # today, back from snooze, then the longer overdue the later
            return (task.overdue_days if task.overdue else 0), task.status
        return 0, (channel_label(task.channel) if task.channel else "").casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = [(row.task.id if row.task else None, row.group) for row in self.rows]
        self._sort = (column, order)
        self.rows = self._grouped_rows()
        after = {(row.task.id if row.task else None, row.group): n
                 for n, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(after.get(before[i.row()], i.row()), i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- helpers ---------------------------------------------------------------------------------

    def name_of(self, task: TaskItem) -> str:
        """The customer's name as listed: normal case, a namesake with their phone or e-mail."""
        return self.names.get(task.id) or display_name(task.name)

    def tasks(self) -> list[TaskItem]:
        return [row.task for row in self.rows if row.task is not None]

    def task(self, row: int) -> TaskItem | None:
        return self.rows[row].task if 0 <= row < len(self.rows) else None

    def row_of(self, task_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.task is not None and row.task.id == task_id:
                return number
        return -1

    def group_rows(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if row.task is None]

    # --- Qt API ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self.headers[COLUMNS[section]]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].task is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_claims(self, claimed: dict[int, str]) -> None:
        """Reminders other people opened: greyed, with their name, until they let go."""
        if claimed != self.claimed:
            self.claimed = dict(claimed)
            if self.rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def claim_text(self, task: TaskItem) -> str:
        person = self.claimed.get(task.id)
        return QCoreApplication.translate("TodayPage", "%1 is writing").replace(
            "%1", person) if person else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if row.task is None:
            return self._group_data(row, index.column(), role)
        task, column = row.task, COLUMNS[index.column()]
        if role == TASK_ROLE:
            return task
        if task.id in self.claimed:
            claimed = self._claimed_data(task, column, role)
            if claimed is not None:
                return claimed
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "customer":
                return self.name_of(task)
            if column == "reason":  # the full sentence in the tooltip and the detail panel
                return task.reason(self.language, self.order, brief=True)
            if column == "due":
                return self._due_text(task)
            return channel_label(task.channel) if task.channel else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and task.overdue:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "reason":
            return task.reason(self.language, self.order)
        if role == Qt.ItemDataRole.ToolTipRole and column == "customer":
            return self.name_of(task)  # a namesake's phone or e-mail may be cut off
        return None

    def _claimed_data(self, task: TaskItem, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == "customer":
            return f"{self.name_of(task)} — ✎ {self.claim_text(task)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "TodayPage", "%1 opened this reminder: wait, or ask before writing too.").replace(
                "%1", self.claimed[task.id])
        return None

    def _group_data(self, row: Row, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{row.group} · {row.count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        return None

    def _due_text(self, task: TaskItem) -> str:
        if task.overdue:
            return overdue_text(task.overdue_days)
        if task.status == "snoozed":
            return QCoreApplication.translate("TodayPage", "back from snooze")
        return QCoreApplication.translate("TodayPage", "today")


def overdue_text(days: int) -> str:
    text = TodayModel.tr("overdue by %n day(s)", "", days)  # type: ignore[arg-type]  # on the class, for lupdate
    if "(s)" in text:  # no translation loaded: English source, pluralised here
        text = f"overdue by {days} day" + ("" if days == 1 else "s")
    return text
