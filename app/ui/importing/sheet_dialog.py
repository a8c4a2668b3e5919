"""Which worksheet of a workbook to import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class ImportSheetDialog(QDialog):
    def __init__(self, file_name: str, sheets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a sheet"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 has several sheets. Which one holds your sales or "
                                        "customers?").replace("%1", file_name)))
        self.sheets = QListWidget()
        self.sheets.addItems(sheets)
        self.sheets.setCurrentRow(0)
        self.sheets.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.sheets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.sheets.currentItem().text()
