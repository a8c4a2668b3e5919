"""The rows an import leaves out, with row number, column and reason; can be saved as CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import importing
from app.ui.importing.frame_model import FrameModel

# Reasons come from the importing service as English source strings (context "import").
_REASONS = (
    QCoreApplication.translate("import", "The date is empty"),
    QCoreApplication.translate("import", "Not a date"),
    QCoreApplication.translate("import", "The date is in the future"),
    QCoreApplication.translate("import", "The amount is empty"),
    QCoreApplication.translate("import", "Not a number"),
    QCoreApplication.translate("import", "The quantity is not a number"),
    QCoreApplication.translate(
        "import", "No name, phone, e-mail or customer code to identify the customer"),
    QCoreApplication.translate("import", "Not a phone number"),
    QCoreApplication.translate("import", "Not an e-mail address"),
    QCoreApplication.translate("import", "A cancelled or refunded order: not a sale"),
    QCoreApplication.translate(
        "import", "A sale without a customer (walk-in): no customer to add it to"),
)


def tr_reason(reason: str) -> str:
    return QCoreApplication.translate("import", reason)


class ImportRejectedDialog(QDialog):
    def __init__(self, rejected: pd.DataFrame, warnings: pd.DataFrame | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rows that will not be imported"))
        self.resize(760, 460)
        self.rejected_rows = rejected  # not `rejected`: that is QDialog's signal
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n row(s) will be left out. Fix them in the file and "
                                        "import it again: rows already imported are skipped.",
                                        "", len(rejected))))
        shown = rejected.copy()
        shown["reason"] = [tr_reason(r) for r in shown["reason"]]
        headers = [self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")]
        self.model = FrameModel(shown, headers, row_labels=False)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view)
        if warnings is not None and len(warnings):
            layout.addWidget(QLabel(self.tr("Also %n row(s) are imported with a phone or e-mail "
                                            "left empty because it could not be read.", "",
                                            len(warnings))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                                  "rejected-rows.csv", self.tr("CSV (*.csv)"))
            if not name:
                return None
            path = Path(name)
        importing.save_rejected_csv(self.rejected_rows, path)
        return path
