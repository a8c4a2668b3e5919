"""Check an import before it happens: the first rows as understood, a field per column, the summary.

The dialog never writes. Changing a column emits `columns_changed`; the import flow re-plans in
the background and calls `set_plan`. "Import" is enabled only when there is something to add.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import importing
from app.services.importing.mapping import FIELDS
from app.ui.importing.frame_model import FrameModel
from app.ui.importing.rejected_dialog import ImportRejectedDialog


def _number(value: int) -> str:
    return QLocale().toString(int(value))


class ImportMappingDialog(QDialog):
    columns_changed = Signal(dict)

    def __init__(self, prepared: importing.Prepared, region: str = "RU",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.raw = prepared.raw
        self.region = region
        self.columns = dict(prepared.columns)
        # A recognised export is read by its format's rules: nothing to ask, unless the user
        # chooses the columns herself.
        self.platform = prepared.platform
        self.plan: importing.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.raw.source.name))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        self.source_label = QLabel(self._source_text(prepared.remembered))
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.source_label, 1)
        self.own_columns_button = QPushButton(self.tr("Choose the columns myself"))
        self.own_columns_button.clicked.connect(self.choose_columns_myself)
        self.own_columns_button.setVisible(self.platform is not None)
        top.addWidget(self.own_columns_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.money_row = self._money_question(prepared.money_choices)
        if self.money_row is not None:
            layout.addWidget(self.money_row)
        self.model = FrameModel(leading_rows=1)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.combos: dict[str, QComboBox] = {}
        self._refresh_preview()
        self._build_combos()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.rejected_button = QPushButton(self.tr("Show rows that will be left out…"))
        self.rejected_button.clicked.connect(self.show_rejected)
        row.addWidget(self.rejected_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_plan(prepared.plan)

    def _money_question(self, choices: list[str]) -> QWidget | None:
        """Two columns could each be the money: say so and ask which one it is."""
        if len(choices) < 2:
            return None
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        names = html.escape(", ".join(f"“{c}”" for c in choices))
        question = QLabel("<b>" + self.tr("Several columns could hold the money: %1. Which one "
                                          "is what the customer paid?").replace("%1", names)
                          + "</b>")
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(question, 1)
        self.money_combo = QComboBox()
        for choice in choices:
            self.money_combo.addItem(choice, choice)
        self.money_combo.currentIndexChanged.connect(self._on_money_choice)
        box.addWidget(self.money_combo)
        return row

    def _on_money_choice(self) -> None:
        header = self.money_combo.currentData()
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData("amount"))  # -> _on_combo, which re-plans

    def choose_columns_myself(self) -> None:
        """Leave the recognised format: the columns become the user's to choose."""
        self.platform = None
        self.own_columns_button.setVisible(False)
        self.source_label.setText(self._source_text(False))
        for combo in self.combos.values():
            combo.setEnabled(True)
        self.set_busy()
        self.columns_changed.emit(dict(self.columns))

    def _source_text(self, remembered: bool) -> str:
        parts = [self.raw.source.name]
        if self.raw.sheet:
            parts.append(self.tr("sheet “%1”").replace("%1", self.raw.sheet))
        parts.append(self.tr("header on row %1").replace("%1", str(self.raw.header_row)))
        if self.raw.encoding:
            parts.append(self.raw.encoding)
        text = html.escape(" · ".join(parts))
        if self.platform is not None:
            return text + "<br>" + self.tr(
                "Recognised: <b>%1</b>. Its columns and money are read the way this export "
                "writes them; check the rows below and press Import.").replace(
                "%1", html.escape(QCoreApplication.translate("import", self.platform.name)))
        if remembered:
            text += "  " + self.tr("(columns as you set them last time)")
        return text + "<br>" + self.tr("Check that each column is understood; change any that is "
                                     "not. Nothing is saved until you press Import.")

    def _build_combos(self) -> None:
        for position, header in enumerate(self.raw.headers):
            combo = QComboBox()
            for key, label in FIELDS:  # English source strings (context "import")
                combo.addItem(QCoreApplication.translate("import", label), key)
            combo.setCurrentIndex(combo.findData(self.columns.get(header, "ignore")))
            combo.currentIndexChanged.connect(lambda _i, h=header: self._on_combo(h))
            combo.setEnabled(self.platform is None)
            self.view.setIndexWidget(self.model.index(0, position), combo)
            self.combos[header] = combo
        self.view.resizeColumnsToContents()
        self.view.setRowHeight(0, self.combos[self.raw.headers[0]].sizeHint().height() + 4)
        for position in range(len(self.raw.headers)):
            self.view.setColumnWidth(position, max(self.view.columnWidth(position), 150))

    def _on_combo(self, header: str) -> None:
        field = self.combos[header].currentData()
        if field != "ignore":  # a field belongs to one column: the other one is skipped
            for other, chosen in self.columns.items():
                if other != header and chosen == field:
                    self.columns[other] = "ignore"
                    combo = self.combos[other]
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData("ignore"))
                    combo.blockSignals(False)
        self.columns[header] = field
        self._refresh_preview()
        self.set_busy()
        self.columns_changed.emit(dict(self.columns))

    def _refresh_preview(self) -> None:
        frame = importing.preview(self.raw, self.columns, self.region)
        self.model.set_frame(frame)
        if self.plan is not None:
            self.model.set_flagged(set(self.plan.rejected["row"].tolist()))

    def set_busy(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))

    def set_error(self, message: str) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)
        self.summary.setText(f"<b>{message}</b>")

    def set_plan(self, plan: importing.ImportPlan) -> None:
        self.plan = plan
        self.import_button.setEnabled(plan.has_anything)
        self.rejected_button.setEnabled(plan.rows_rejected > 0 or len(plan.warnings) > 0)
        self.summary.setText(self.summary_html(plan))
        self.model.set_flagged(set(plan.rejected["row"].tolist()))

    def summary_html(self, plan: importing.ImportPlan) -> str:
        lines = [self.tr("Rows read: %1").replace("%1", _number(plan.rows_read))]
        if plan.shape == "orders":
            lines.append(self.tr("Will add <b>%1</b> purchases in %2 orders.")
                         .replace("%1", _number(plan.purchases_added))
                         .replace("%2", _number(plan.orders_added)))
            if plan.purchases_existing:
                lines.append(self.tr("%1 purchases are already in Regulars and will be skipped.")
                             .replace("%1", _number(plan.purchases_existing)))
        else:
            lines.append(self.tr("A customer list (no purchases)."))
        lines.append(self.tr("New customers: <b>%1</b>; already known: %2.")
                     .replace("%1", _number(plan.customers_created))
                     .replace("%2", _number(plan.customers_matched)))
        if plan.rows_rejected:
            lines.append("<span style='color:#b3261e'>" + self.tr(
                "%1 rows will be left out (see the list).").replace(
                "%1", _number(plan.rows_rejected)) + "</span>")
        if plan.conflicts:
            first = plan.conflicts[0]
            lines.append(self.tr("%1 conflicts: for example %2 is “%3” here but “%4” in "
                                 "Regulars; they are treated as one person.")
                         .replace("%1", str(len(plan.conflicts)))
                         .replace("%2", str(first["identifier"]))
                         .replace("%3", str(first["name_in_file"]))
                         .replace("%4", str(first["known_name"])))
        if plan.dates_ambiguous:
            lines.append(self.tr("Dates like 03/04 could be read either way; they are read as "
                                 "day/month.") if plan.date_order == "dmy" else
                         self.tr("Dates like 03/04 could be read either way; they are read as "
                                 "month/day."))
        if not plan.has_anything:
            lines.append("<b>" + self.tr("There is nothing new to import.") + "</b>")
        return "<br>".join(lines)

    def show_rejected(self) -> ImportRejectedDialog | None:
        if self.plan is None:
            return None
        dialog = ImportRejectedDialog(self.plan.rejected, self.plan.warnings, self)
        dialog.open()
        return dialog
