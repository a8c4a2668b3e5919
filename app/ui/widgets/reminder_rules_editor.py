"""The reminder rules in the settings dialog: each rule on or off, with its main number.

The `reminder_rules` setting is JSON shaped like services.reminders.config.DEFAULTS; this editor
shows the merged configuration and writes back the whole of it, keeping what it does not show
(message scripts, after-purchase steps, the owner's own rules) unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.services.reminders.config import DEFAULTS, merge
from app.ui.rule_names import rule_label

# rule -> (parameter, kind, minimum, maximum); rules without one are only switched on or off.
PARAMETERS: dict[str, tuple[str, str, float, float]] = {
    "not_bought": ("days", "int", 1, 3650),
    "rhythm": ("factor", "float", 1.0, 10.0),
    "birthday": ("days_before", "int", 0, 60),
    "big_order": ("factor", "float", 1.0, 100.0),
    "referral": ("delay_days", "int", 0, 365),
}


class ReminderRulesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._raw: dict[str, Any] = merge({})
        self._checks: dict[str, QCheckBox] = {}
        self._spins: dict[str, QAbstractSpinBox] = {}
        self.setProperty("wide", True)  # the settings dialog gives it the full width
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        row = 0
        for rule, default in DEFAULTS.items():
            if not isinstance(default, dict) or "enabled" not in default:
                continue
            check = QCheckBox(self._title(rule))
            self._checks[rule] = check
            grid.addWidget(check, row, 0, 1, 1 if rule in PARAMETERS else 3)
            if rule in PARAMETERS:
                spin, caption = self._parameter(rule)
                check.toggled.connect(spin.setEnabled)
                grid.addWidget(spin, row, 1)
                grid.addWidget(QLabel(caption), row, 2)
            row += 1

    def _title(self, rule: str) -> str:
        titles = {
            "sequence": self.tr("Messages after a first purchase"),
            "not_bought": rule_label("not_bought"),
        }
        return titles.get(rule, rule_label(rule))

    def _parameter(self, rule: str) -> tuple[QAbstractSpinBox, str]:
        _name, kind, low, high = PARAMETERS[rule]
        spin: QAbstractSpinBox
        if kind == "int":
            spin = QSpinBox()
            spin.setRange(int(low), int(high))
        else:
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(low, high)
        spin.setMinimumWidth(90)
        self._spins[rule] = spin
        captions = {
            "not_bought": self.tr("days without a purchase"),
            "rhythm": self.tr("× their usual gap"),
            "birthday": self.tr("days before"),
            "big_order": self.tr("× their usual order"),
            "referral": self.tr("days after a purchase"),
        }
        return spin, captions[rule]

    def value(self) -> dict[str, Any]:
        raw = copy.deepcopy(self._raw)
        for rule, check in self._checks.items():
            raw[rule]["enabled"] = check.isChecked()
        for rule, spin in self._spins.items():
            name, kind, _low, _high = PARAMETERS[rule]
            number = spin.value()  # type: ignore[attr-defined]
            raw[rule][name] = int(number) if kind == "int" else round(float(number), 1)
        return raw

    def set_value(self, value: Any) -> None:
        self._raw = merge(value)
        for rule, check in self._checks.items():
            check.setChecked(bool(self._raw[rule]["enabled"]))
        for rule, spin in self._spins.items():
            spin.setValue(self._raw[rule][PARAMETERS[rule][0]])  # type: ignore[attr-defined]
            spin.setEnabled(self._checks[rule].isChecked())
