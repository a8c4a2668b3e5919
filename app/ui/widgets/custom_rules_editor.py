"""The owner's own reminders: "not bought in N days", limited to a product category or a tag."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class CustomRuleRow(QWidget):
    def __init__(self, rule: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = dict(rule)  # keeps what the row does not show (id, script)
        self.enabled = QCheckBox(self.tr("Not bought for"))
        self.enabled.setChecked(bool(rule.get("enabled", True)))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(int(rule.get("days", 60)))
        self.days.setSuffix(self.tr(" days"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("in the category"), "category")
        self.kind.addItem(self.tr("with the tag"), "tag")
        self.kind.setCurrentIndex(1 if rule.get("tag") and not rule.get("category") else 0)
        self.target = QLineEdit(str(rule.get("category") or rule.get("tag") or ""))
        self.target.setPlaceholderText(self.tr("for example: Tea"))
        self.autopilot = QCheckBox(self.tr("Autopilot"))
        self.autopilot.setToolTip(self.tr(
            "Send by e-mail automatically to customers who have an e-mail address and have "
            "not opted out; the others stay on Today."))
        self.autopilot.setChecked(rule.get("autopilot") is True)
        self.remove = QPushButton(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.enabled, self.days, self.kind):
            layout.addWidget(widget)
        layout.addWidget(self.target, 1)
        layout.addWidget(self.autopilot)
        layout.addWidget(self.remove)

    def value(self) -> dict[str, Any]:
        text = self.target.text().strip()
        rule = dict(self.rule)
        rule.update(enabled=self.enabled.isChecked(), days=self.days.value(),
                    category=text if self.kind.currentData() == "category" else "",
                    tag=text if self.kind.currentData() == "tag" else "")
        rule.setdefault("template", "soft_reminder")
        # "autopilot" only when on (Manual is the default), as the after-purchase steps store it
        rule.pop("autopilot", None)
        if self.autopilot.isChecked():
            rule["autopilot"] = True
        return rule


class CustomRulesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomRuleRow] = []
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add your own reminder"))
        self.add_button.clicked.connect(lambda: self.add_row({"days": 60}))
        hint = QLabel(self.tr("For example: customers who bought tea and have not bought for 45 "
                              "days, or customers tagged “wholesale” silent for 30 days."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def add_row(self, rule: dict[str, Any]) -> CustomRuleRow:
        row = CustomRuleRow(rule, self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.list_layout.addWidget(row)
        return row

    def remove_row(self, row: CustomRuleRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for rule in rules:
            self.add_row(rule)

    def rules(self) -> list[dict[str, Any]]:
        """Rows with a category or tag typed in; rows left empty are dropped."""
        result, used = [], set()
        for row in self.rows:
            rule = row.value()
            if not (rule["category"] or rule["tag"]):
                continue
            if not rule.get("id"):
                base = re.sub(r"\W+", "_", (rule["category"] or rule["tag"]).lower()).strip("_")
                rule["id"] = base or "rule"
            while rule["id"] in used:
                rule["id"] += "_2"
            used.add(rule["id"])
            result.append(rule)
        return result
