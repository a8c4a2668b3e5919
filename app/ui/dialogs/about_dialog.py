"""About Regulars: version, where the data lives, and the libraries it stands on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services import paths
from app.services.resources import resource_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Regulars"))
        self.setMinimumWidth(460)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons/regulars.svg"))).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel("<h2>%1</h2>".replace("%1", self.tr("Regulars")))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QLabel(self.tr(
            "Turns a small shop's one-time buyers into regular customers: who to write to today, "
            "and what to say. Works offline; your data stays on this computer."))
        text.setWordWrap(True)
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tech = QLabel(self.tr("Python %1, Qt for Python %2")
                      .replace("%1", platform.python_version()).replace("%2", pyside_version))
        tech.setEnabled(False)

        column = QVBoxLayout()
        for widget in (title, self.version_label, text, folder, tech):
            column.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(column, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir()))))
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(buttons)
