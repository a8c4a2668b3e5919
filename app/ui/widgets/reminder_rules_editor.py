"""The reminder rules in the settings dialog: each rule on or off, with its main number, the
after-purchase days and whether they follow the first or every order, the birthday heads-up,
the win-back levels, and the owner's own rules.

The `reminder_rules` setting is JSON shaped like services.reminders.config.DEFAULTS; this editor
shows the merged configuration and writes back the whole of it. Each after-purchase step has its
own script picker under the days: typing other days keeps each remaining day's script.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.business import SHOP
from app.services.reminders.config import DEFAULTS, merge
from app.ui.dialogs.setting_editors import InvalidInput
from app.ui.rule_names import rule_label
from app.ui.widgets.custom_rules_editor import CustomRulesEditor

# rule -> (parameter, kind, minimum, maximum); rules without one are only switched on or off.
PARAMETERS: dict[str, tuple[str, str, float, float]] = {
    "not_bought": ("days", "int", 1, 3650),
    "rhythm": ("factor", "float", 1.0, 10.0),
    "birthday": ("heads_up_days", "int", 0, 60),
    "big_order": ("factor", "float", 1.0, 100.0),
    "referral": ("delay_days", "int", 0, 365),
}


# (rule, setting field) pairs whose script the owner can choose
SCRIPT_FIELDS: tuple[tuple[str, str], ...] = (
    ("not_bought", "template"), ("not_bought", "level_template"), ("rhythm", "template"),
    ("birthday", "template"), ("milestone_3", "template"), ("milestone_5", "template"),
    ("big_order", "template"), ("referral", "template"), ("segment_at_risk", "template"),
    ("segment_cant_lose", "template"),
)


class ReminderRulesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The rules' default scripts depend on the kind of business (the dialog sets it).
        self.business_type = SHOP
        self._raw: dict[str, Any] = merge({})
        self._checks: dict[str, QCheckBox] = {}
        self._spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._lists: dict[str, QLineEdit] = {}
        self.setProperty("wide", True)  # the settings dialog gives it the full width
        # Two columns: the built-in rules at the left, your own and the scripts at the right,
        # so the Reminders tab fits a laptop screen without scrolling.
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(2)  # a dozen rules and their days: tight rows keep it on a laptop
        right = QVBoxLayout()
        columns.addLayout(grid, 1)
        columns.addSpacing(24)  # not setSpacing: the columns' own rows would inherit it
        columns.addLayout(right, 1)
        row = 0
        for rule, default in DEFAULTS.items():
            if not isinstance(default, dict) or "enabled" not in default:
                continue
            check = QCheckBox(self._title(rule))
            self._checks[rule] = check
            grid.addWidget(check, row, 0, 1, 1 if rule in PARAMETERS or rule == "sequence" else 3)
            if rule == "sequence":
                self.after_combo = QComboBox()
                self.after_combo.addItem(self.tr("after the first order"), "first")
                self.after_combo.addItem(self.tr("after every order"), "every")
                self.after_combo.setToolTip(self.tr(
                    "After the first order: a new customer gets the messages, and they stop when "
                    "the customer comes back. After every order: each order starts them again."))
                check.toggled.connect(self.after_combo.setEnabled)
                grid.addWidget(self.after_combo, row, 1, 1, 2)
            if rule in PARAMETERS:
                spin, caption = self._parameter(rule)
                check.toggled.connect(spin.setEnabled)
                grid.addWidget(spin, row, 1)
                grid.addWidget(_unit_label(caption), row, 2)
            row += 1
            if rule in ("not_bought", "sequence"):
                line, caption = self._day_list(rule)
                check.toggled.connect(line.setEnabled)
                grid.addWidget(QLabel("    " + caption), row, 0)
                grid.addWidget(line, row, 1, 1, 2)
                row += 1
            if rule == "sequence":
                self.steps_box = QWidget()
                self.steps_grid = QGridLayout(self.steps_box)
                self.steps_grid.setContentsMargins(24, 0, 0, 0)
                self.steps_grid.setColumnStretch(1, 1)
                check.toggled.connect(self.steps_box.setEnabled)
                self._lists["sequence"].editingFinished.connect(self._days_edited)
                grid.addWidget(self.steps_box, row, 0, 1, 3)
                row += 1
        self.custom = CustomRulesEditor(self)
        title = self.tr("Your own reminders")
        grid.setRowStretch(row, 1)
        right.addWidget(QLabel("<b>%1</b>".replace("%1", title)))
        right.addWidget(self.custom)
        scripts_title = self.tr("Which script each reminder suggests")
        right.addWidget(QLabel("<b>%1</b>".replace("%1", scripts_title)))
        self.scripts_grid = QGridLayout()
        right.addLayout(self.scripts_grid)
        right.addStretch(1)
        self._scripts: dict[tuple[str, str], QComboBox] = {}
        self._choices: list[tuple[str, str]] = []
        self.step_combos: list[tuple[int, QComboBox]] = []  # (day, its script) in day order

    def set_templates(self, choices: list[tuple[str, str]]) -> None:
        """Offer these scripts (label, built-in key or id) for every rule's suggested message."""
        self._choices = list(choices)
        self._show_steps(self._raw["sequence"]["steps"])
        for number, (rule, field) in enumerate(SCRIPT_FIELDS):
            combo = self._scripts.get((rule, field))
            if combo is None:
                label = (self.tr("Win-back messages") if field == "level_template"
                         else self._title(rule))
                combo = QComboBox()
                _compact(combo)
                self._scripts[(rule, field)] = combo
                self.scripts_grid.addWidget(QLabel(label), number, 0)
                self.scripts_grid.addWidget(combo, number, 1)
            combo.clear()
            for text, key in choices:
                combo.addItem(text, key)
        self._show_scripts()

    def _show_scripts(self) -> None:
        for (rule, field), combo in self._scripts.items():
            _select(combo, str(self._raw[rule][field]))

    def _show_steps(self, steps: list[dict[str, Any]]) -> None:
        """One script picker per after-purchase day."""
        while self.steps_grid.count():
            item = self.steps_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # hidden now: deleteLater paints it until the event loop runs
                widget.hide()
                widget.deleteLater()
        self.step_combos = []
        for number, step in enumerate(sorted(steps, key=lambda s: int(s["day"]))):
            day = int(step["day"])
            combo = QComboBox()
            _compact(combo)
            for text, key in self._choices:
                combo.addItem(text, key)
            _select(combo, str(step["template"]))
            self.steps_grid.addWidget(QLabel(self.tr("Day %1 after a purchase").replace(
                "%1", str(day))), number, 0)
            self.steps_grid.addWidget(combo, number, 1)
            self.step_combos.append((day, combo))

    def _current_steps(self) -> list[dict[str, Any]]:
        return [{"day": day, "template": str(combo.currentData())}
                for day, combo in self.step_combos]

    def _days_edited(self) -> None:
        try:
            days = self._days(self._lists["sequence"])
        except InvalidInput:
            return  # value() says what is wrong when the owner saves
        if days != [day for day, _combo in self.step_combos]:
            self._show_steps(self._steps(days))

    def _day_list(self, rule: str) -> tuple[QLineEdit, str]:
        line = QLineEdit()
        line.setMinimumWidth(160)
        self._lists[rule] = line
        if rule == "sequence":
            line.setToolTip(self.tr("Days after a purchase: thank-you, tip, offer, consultation."))
            return line, self.tr("on these days after a purchase:")
        line.setToolTip(self.tr(
            "Messages to those who stopped buying: each once, until their next purchase."))
        return line, self.tr("then win-back messages at (days without a purchase):")

    def _title(self, rule: str) -> str:
        titles = {
            "sequence": self.tr("Messages after a purchase"),
            "not_bought": rule_label("not_bought"),
        }
        return titles.get(rule, rule_label(rule))

    def _parameter(self, rule: str) -> tuple[QSpinBox | QDoubleSpinBox, str]:
        _name, kind, low, high = PARAMETERS[rule]
        spin: QSpinBox | QDoubleSpinBox
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
            "birthday": self.tr("days before: prepare a gift (0 = no heads-up)"),
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
            number = spin.value()
            raw[rule][name] = int(number) if kind == "int" else round(float(number), 1)
        raw["not_bought"]["levels"] = self._days(self._lists["not_bought"])
        raw["sequence"]["steps"] = self._steps(self._days(self._lists["sequence"]))
        raw["sequence"]["after"] = str(self.after_combo.currentData())
        raw["custom"] = self.custom.rules()
        for (rule, field), combo in self._scripts.items():
            raw[rule][field] = str(combo.currentData())
        return raw

    def _days(self, line: QLineEdit) -> list[int]:
        parts = [p for p in re.split(r"[,;\s]+", line.text().strip()) if p]
        if not parts or not all(p.isdigit() and 0 < int(p) <= 3650 for p in parts):
            raise InvalidInput(self.tr("Type days as whole numbers separated by commas, "
                                       "for example 3, 14, 30, 60."))
        return sorted({int(p) for p in parts})

    def _steps(self, days: list[int]) -> list[dict[str, Any]]:
        """The steps for these days with the scripts picked: a day that stays keeps its script;
        a new day takes the script of the step at its position (or the last one)."""
        old = self._current_steps() if self.step_combos else sorted(
            self._raw["sequence"]["steps"], key=lambda s: int(s["day"]))
        by_day = {int(s["day"]): str(s["template"]) for s in old}
        templates = [str(s["template"]) for s in old] or ["thank_you_day_3"]
        return [{"day": day, "template": by_day.get(day, templates[min(i, len(templates) - 1)])}
                for i, day in enumerate(days)]

    def set_value(self, value: Any) -> None:
        self._raw = merge(value, self.business_type)
        for rule, check in self._checks.items():
            check.setChecked(bool(self._raw[rule]["enabled"]))
        for rule, spin in self._spins.items():
            spin.setValue(self._raw[rule][PARAMETERS[rule][0]])
            spin.setEnabled(self._checks[rule].isChecked())
        self._lists["not_bought"].setText(
            ", ".join(str(d) for d in self._raw["not_bought"]["levels"]))
        self._lists["sequence"].setText(
            ", ".join(str(s["day"]) for s in self._raw["sequence"]["steps"]))
        for rule, line in self._lists.items():
            line.setEnabled(self._checks[rule].isChecked())
        self.custom.set_rules(list(self._raw["custom"]))
        self.steps_box.setEnabled(self._checks["sequence"].isChecked())
        self.after_combo.setCurrentIndex(max(0, self.after_combo.findData(
            self._raw["sequence"]["after"])))
        self.after_combo.setEnabled(self._checks["sequence"].isChecked())
        self._show_steps(self._raw["sequence"]["steps"])
        self._show_scripts()


def _unit_label(text: str) -> QLabel:
    """The words after a number ("days without a purchase"), wrapped: a long Russian one must not
    widen the Settings dialog past a laptop's screen."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(170)  # wrapped in a squeezed column it would take four lines
    label.setMaximumWidth(300)
    return label


def _compact(combo: QComboBox) -> None:
    """As wide as 22 characters, not as the longest script name: the Settings dialog must fit a
    laptop in Russian too (the full name shows in the open list)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(22)


def _select(combo: QComboBox, wanted: str) -> None:
    index = combo.findData(wanted)
    if index < 0:  # a script this list does not know (another language, deleted)
        combo.addItem(wanted, wanted)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
