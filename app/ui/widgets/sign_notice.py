"""A notice shown while the shop's and the owner's names are missing: every message script is
signed with them, so without them messages read "It's  from ."."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SignNotice(QFrame):
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signNotice")
        self.setStyleSheet("QFrame#signNotice { background: #fef3c7; border: 1px solid #f59e0b;"
                           " border-radius: 6px; } QFrame#signNotice QLabel { color: #78350f; }")
        self.text = QLabel(self.tr(
            "Messages are signed with your shop's name and your name. Add them so customers "
            "know who is writing."))
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Add names…"))
        self.button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)

    @staticmethod
    def needed(shop_name: str, owner_name: str) -> bool:
        return not shop_name.strip() or not owner_name.strip()
