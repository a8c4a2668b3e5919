"""Check an import before it happens: the first rows as written, a field per column, the summary.

The dialog never writes. Changing a column re-marks the preview at once and emits
`columns_changed`; the import flow re-plans in the background and calls `set_plan` (or
`set_error`). "Import" is enabled only when the latest plan is in and has something to add.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.ui.importing.combo_header import ComboHeader
from app.ui.importing.frame_model import FrameModel
from app.ui.importing.rejected_dialog import ImportRejectedDialog, tr_reason
from app.ui.importing.summary import summary_html


class ImportMappingDialog(QDialog):
    columns_changed = Signal(dict)

    def __init__(self, prepared: importing.Prepared, region: str = "RU",
                 parent: QWidget | None = None, person: str = "customer") -> None:
        super().__init__(parent)
        self.person = person  # the business's word for people: "student" for a tutor
        self.raw = prepared.raw
        self.region = region
        self.columns = dict(prepared.columns)
        # A recognised export is read by its format's rules: nothing to ask, unless the user
        # chooses the columns herself.
        self.platform = prepared.platform
        self.plan: importing.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.raw.source.name))
        self._fit_to_screen()
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
        self.model = FrameModel()
        self.view = QTableView()
        self.header = ComboHeader(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        layout.addWidget(self.view, 1)
        self.combos: dict[str, QComboBox] = {}
        self._refresh_preview()
        self._build_combos()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        self.rejected_button = QPushButton(self.tr("Show the list…"))
        self.rejected_button.clicked.connect(self.show_rejected)
        bottom.addWidget(self.rejected_button)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        if prepared.problem is not None:
            self.set_error(self.tr(
                "Nothing in %1 can be imported with these columns. In the drop-downs above "
                "the rows, choose the columns with the date and the amount of each purchase, "
                "or, for a list of customers, the column with the name, phone or e-mail.").replace(
                "%1", html.escape(self.raw.source.name)))
        else:
            self.set_plan(prepared.plan)

    def _fit_to_screen(self) -> None:
        """Large enough for the preview, never larger than the screen (a 1366x768 laptop, or
        the app's window at its minimum size)."""
        self.setMinimumSize(620, 420)
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1000, room.width() - 40), min(640, room.height() - 60))

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
        for header in self.raw.headers:
            combo = QComboBox()
            for key, label in FIELDS:  # English source strings (context "import")
                combo.addItem(QCoreApplication.translate("import", label), key)
            combo.setCurrentIndex(combo.findData(self.columns.get(header, "ignore")))
            combo.setToolTip(header)
            # Narrow columns elide the field's name rather than push the others out of sight.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i, h=header: self._on_combo(h))
            combo.setEnabled(self.platform is None)
            self.combos[header] = combo
        self.header.set_combos(list(self.combos.values()))
        self.view.resizeColumnsToContents()
        for position in range(len(self.raw.headers)):
            self.view.setColumnWidth(position,
                                     min(max(self.view.columnWidth(position), 150), 280))

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
        shown = importing.preview(self.raw, self.columns, self.region)
        problems = shown.problems.map(lambda reason: tr_reason(reason) if reason else "")
        self.model.set_frame(shown.text, problems=problems)

    def set_busy(self) -> None:
        """A re-plan is running: the plan shown is no longer the one Import would write."""
        self.plan = None
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))

    def set_error(self, message: str) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)
        self.model.set_flagged(set())
        self.summary.setText(f"<b>{message}</b>")

    def set_plan(self, plan: importing.ImportPlan) -> None:
        self.plan = plan
        self.import_button.setEnabled(plan.has_anything)
        self.rejected_button.setEnabled(len(plan.rejected) > 0 or len(plan.warnings) > 0)
        self.summary.setText(summary_html(plan, self.person))
        self.model.set_flagged(set(plan.to_fix["row"].tolist()))

    def accept(self) -> None:
        """Enter presses Import only when Import could be pressed."""
        if self.plan is not None and self.import_button.isEnabled():
            super().accept()

    def show_rejected(self) -> ImportRejectedDialog | None:
        if self.plan is None:
            return None
        dialog = ImportRejectedDialog(self.plan.to_fix, self.plan.warnings,
                                      self.plan.not_sales, self)
        dialog.open()
        return dialog
