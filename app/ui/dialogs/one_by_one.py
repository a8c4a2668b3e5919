"""Writing to many people one at a time in their messengers, from the bulk dialog's table.

WhatsApp, Telegram and SMS cannot be sent from the app, and a CSV is no use to a shop that writes
from its own phone. So the bar opens the selected row's message in its app (logged as a contact,
like Open on the Today page), then selects the next row; Previous and Next walk the table in the
order it is shown, after sorting too. Opening never closes a reminder: Done on the Today page does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from app.services.messages.outgoing import OutgoingMessage
from app.ui.context import AppContext
from app.ui.message_actions import channel_label, try_open
from app.ui.table_models.records_model import RecordsTableModel


class OneByOneBar(QWidget):
    def __init__(self, context: AppContext, view: QTableView, model: RecordsTableModel,
                 on_opened: Callable[[OutgoingMessage], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.view, self.model = context, view, model
        self.on_opened = on_opened
        self.title = QLabel(self.tr("One by one:"))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.open_button = QPushButton(self.tr("Open"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.position = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.open_button.clicked.connect(self.open_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.title, self.previous_button, self.open_button, self.next_button,
                       self.position):
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        view.selectionModel().selectionChanged.connect(lambda *_: self.update_state())
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current(self) -> OutgoingMessage | None:
        row = self.current_row()
        return self.model.records[row] if 0 <= row < len(self.model.records) else None

    def go(self, step: int) -> None:
        """Select the previous or next row, as the table shows them."""
        row = self.current_row() + step
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            self.status.clear()

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        opened, sentence = try_open(self.context, item, item.recipient())
        if not opened:
            self.status.setText(sentence)
            return
        self.on_opened(item)
        self.go(1)  # the next click writes to the next person
        self.status.setText(f"{item.name}: {sentence}" if item.name else sentence)

    def update_state(self) -> None:
        row, total = self.current_row(), self.model.rowCount()
        item = self.current()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < total - 1)
        self.open_button.setEnabled(item is not None and self.isEnabled())
        self.open_button.setText(self.tr("Open in %1").replace("%1", channel_label(item.channel))
                                 if item is not None else self.tr("Open"))
        self.position.setText(self.tr("%1 of %2").replace("%1", str(row + 1)).replace(
            "%2", str(total)) if item is not None else "")
