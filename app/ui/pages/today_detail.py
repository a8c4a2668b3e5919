"""The selected reminder's panel on the Today page: who, why, the filled-in script and the
buttons (Copy, Open, Send e-mail, Done, Snooze, Skip). It only lays the widgets out; the page
decides what they show and what each button does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SNOOZE_DAYS = (1, 3, 7)


class TaskDetail(QWidget):
    snooze_requested = Signal(int)  # days

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.script_label = QLabel()
        self.script_label.setStyleSheet("color: palette(mid);")
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlaceholderText(self.tr("No script for this reminder: write your own "
                                                     "words here."))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.copy_button = QPushButton(self.tr("Copy message"))
        self.open_button = QPushButton(self.tr("Open"))
        # Shown when the mail server is set up and the customer has an e-mail address.
        self.send_button = QPushButton(self.tr("Send e-mail"))
        self.send_button.setToolTip(self.tr("Send this message from your shop's e-mail now; "
                                            "the reminder is then done."))
        self.send_button.hide()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setDefault(True)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: dict[int, QAction] = {}
        texts = (self.tr("Until tomorrow"), self.tr("For 3 days"), self.tr("For a week"))
        for days, text in zip(SNOOZE_DAYS, texts, strict=True):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _checked=False, d=days: self.snooze_requested.emit(d))
            self.snooze_actions[days] = action
        self.snooze_button.setMenu(menu)
        self.skip_button = QPushButton(self.tr("Skip"))
        # A complaint's reminder: its status and outcome, without leaving Today.
        self.complaint_button = QPushButton(self.tr("Complaint status…"))
        self.complaint_button.hide()
        # After Done: a quiet link to note the customer's 0-10 answer (never a pop-up).
        self.answer_link = QLabel()
        self.answer_link.setTextFormat(Qt.TextFormat.RichText)
        self.answer_link.setWordWrap(True)
        self.answer_link.hide()

        send_row = QHBoxLayout()
        send_row.addWidget(self.copy_button)
        send_row.addWidget(self.open_button)
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        act_row = QHBoxLayout()
        act_row.addWidget(self.done_button)
        act_row.addWidget(self.snooze_button)
        act_row.addWidget(self.skip_button)
        act_row.addWidget(self.complaint_button)
        act_row.addStretch(1)
        # Two rows beside the list; one row under it (the page's _arrange switches).
        self.button_rows = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.button_rows.addLayout(send_row)
        self.button_rows.addLayout(act_row)
        for widget in (self.name_label, self.reason_label, self.overdue_label, self.script_label):
            layout.addWidget(widget)
        layout.addWidget(self.message_edit, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(self.button_rows)
        layout.addWidget(self.status_label)
        layout.addWidget(self.answer_link)
