"""First run: an empty database offers to import a file or to open the demo shop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.centered import centered_column


class WelcomePanel(QWidget):
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("<h1>%1</h1>".replace("%1", self.tr("Welcome to Regulars")))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = text = QLabel(self.tr(
            "Regulars shows you every morning who to write to and what to say, so one-time buyers "
            "come back. Start by importing the spreadsheet of your sales or customers: an export "
            "from your till, web shop, 1C or Google Sheets (CSV, Excel or ODS). You can also drag "
            "the file onto this window."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo shop"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(title)
        layout.addLayout(centered_column(text, max_width=640))
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def use_services_wording(self) -> None:
        """A tutor or a salon has no till and no one-time buyers: their words instead."""
        self.text.setText(self.tr(
            "Regulars shows you every morning who to write to and what to say, so your clients "
            "and students come back. Start by importing the spreadsheet of your clients, bookings "
            "or payments: an export from Google Sheets, Excel or your booking system (CSV, Excel "
            "or ODS). You can also drag the file onto this window."))
