"""The rows an import leaves out or keeps with a problem: row number, column, reason and the
value as written; each list can be saved as CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import importing
from app.services.importing.planning import (
    R_BIRTHDAY_IMPOSSIBLE,
    R_CONSENT_UNKNOWN,
    R_REFERRER_UNKNOWN,
)
from app.services.importing.text_lines import R_OTHER_ENCODING
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
    QCoreApplication.translate("import", "Not a possible birthday"),
    QCoreApplication.translate("import", "A cancelled or refunded order: not a sale"),
    QCoreApplication.translate(
        "import", "A sale without a customer (walk-in): no customer to add it to"),
    QCoreApplication.translate(
        "import", "No customer with this name, phone or e-mail: kept in the notes"),
    QCoreApplication.translate("import", "The amount is too large"),
    QCoreApplication.translate("import", "The quantity is too large"),
    QCoreApplication.translate("import", "The date is before 1970"),
    QCoreApplication.translate("import", "The cell is too long"),
    QCoreApplication.translate("import", "The cell contains invalid characters"),
    QCoreApplication.translate(
        "import", "More cells than the header has columns"),
    QCoreApplication.translate("import", "Read in another encoding (Windows-1251)"),
    QCoreApplication.translate(
        "import", "Neither yes nor no: the consent on the card is left as it was"),
)


def tr_reason(reason: str) -> str:
    return QCoreApplication.translate("import", reason)


class ImportRejectedDialog(QDialog):
    """Lists in tabs: rows to fix (left out); rows kept with a warning (phones and e-mails,
    birthdays, referrers, another encoding); cancelled or refunded orders (left out, rightly)."""

    def __init__(self, to_fix: pd.DataFrame, warnings: pd.DataFrame | None = None,
                 not_sales: pd.DataFrame | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rows to check"))
        self.resize(760, 460)
        self.setMinimumSize(480, 320)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.frames: list[pd.DataFrame] = []
        self.models: list[FrameModel] = []
        empty = to_fix.iloc[:0]
        self._add(to_fix, self.tr("To fix: %1"), self.tr(
            "%Ln row(s) will be left out. Fix them in the file and import it again: rows "
            "already imported are skipped.", "", len(to_fix)))
        warnings = warnings if warnings is not None else empty
        recoded = warnings["reason"] == R_OTHER_ENCODING
        referrers = warnings["reason"] == R_REFERRER_UNKNOWN
        birthdays = warnings["reason"] == R_BIRTHDAY_IMPOSSIBLE
        consents = warnings["reason"] == R_CONSENT_UNKNOWN
        contacts = ~recoded & ~referrers & ~birthdays & ~consents
        self._add(warnings[contacts], self.tr("Phones and e-mails: %1"),
                  self.tr("%Ln row(s) will be imported without the phone or e-mail below: it "
                          "could not be read. Correct it in the file, or later on the "
                          "customer's card.", "",
                          warnings[contacts]["row"].nunique()))
        self._add(warnings[birthdays], self.tr("Birthdays: %1"),
                  self.tr("%Ln row(s) will be imported without the birthday below: it is not "
                          "a date, or it is after today or before 1900. Correct it in the file, "
                          "or later on the customer's card.", "", int(birthdays.sum())))
        self._add(warnings[referrers], self.tr("Referrers: %1"),
                  self.tr("%Ln referrer(s) not found among the customers: kept in their notes.",
                          "", int(referrers.sum())))
        self._add(warnings[consents], self.tr("Marketing consent: %1"),
                  self.tr("%Ln row(s) say neither yes nor no about e-mail marketing: those "
                          "customers' consent stays as it was.", "", int(consents.sum())))
        self._add(warnings[recoded], self.tr("Other encoding: %1"),
                  self.tr("%Ln line(s) of the file were in another encoding (Windows-1251) and "
                          "were read as such: check that the names below read right.", "",
                          int(recoded.sum())))
        self._add(not_sales if not_sales is not None else empty, self.tr("Not sales: %1"),
                  self.tr("%Ln row(s) of cancelled or refunded orders. They are not sales, so "
                          "they are left out; there is nothing to fix.", "",
                          len(not_sales) if not_sales is not None else 0))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, rows: pd.DataFrame, title: str, sentence: str) -> None:
        if not len(rows) and self.frames:  # the first tab is always there, even empty
            return
        page = QWidget()
        box = QVBoxLayout(page)
        label = QLabel(sentence)
        label.setWordWrap(True)
        box.addWidget(label)
        shown = rows.copy()
        shown["reason"] = [tr_reason(r) for r in shown["reason"]]
        headers = [self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")]
        model = FrameModel(shown, headers, row_labels=False)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        for column in (2, 3):  # the reason and the value as written share the width
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        box.addWidget(view)
        self.tabs.addTab(page, title.replace("%1", QLocale().toString(len(rows))))
        self.frames.append(rows)
        self.models.append(model)

    @property
    def model(self) -> FrameModel:
        """The list on the tab shown."""
        return self.models[self.tabs.currentIndex()]

    def save(self, path: Path | None = None) -> Path | None:
        """Saves the list on the tab shown."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                                  "rejected-rows.csv", self.tr("CSV (*.csv)"))
            if not name:
                return None
            path = Path(name)
        importing.save_rejected_csv(self.frames[self.tabs.currentIndex()], path)
        return path
