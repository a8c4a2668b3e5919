"""The highlight shown over the window while files are dragged onto it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class DropOverlay(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setText(self.tr("Drop your spreadsheet here to import it"))
        self.setStyleSheet(
            "QLabel { background: rgba(37, 99, 235, 0.14); border: 3px dashed #2563eb;"
            " border-radius: 14px; color: #1d4ed8; font-size: 22px; font-weight: 600; }"
        )
        self.hide()

    def show_over(self, widget: QWidget) -> None:
        self.setGeometry(widget.rect().adjusted(12, 12, -12, -12))
        self.raise_()
        self.show()
