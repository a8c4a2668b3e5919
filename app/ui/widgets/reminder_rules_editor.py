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

from app.services.business import SHOP, vocabulary
from app.services.reminders.config import DEFAULTS, merge
from app.ui.business_words import by_order
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
    "feedback": ("every_months", "int", 1, 60),
    "complaint_followup": ("delay_days", "int", 0, 365),
}


# (rule, setting field) pairs whose script the owner can choose
SCRIPT_FIELDS: tuple[tuple[str, str], ...] = (
    ("not_bought", "template"), ("not_bought", "level_template"), ("rhythm", "template"),
    ("restock", "template"),
    ("birthday", "template"), ("milestone_3", "template"), ("milestone_5", "template"),
    ("big_order", "template"), ("referral", "template"), ("segment_at_risk", "template"),
    ("segment_cant_lose", "template"), ("feedback", "template"),
)
# The complaint's apology and check-back scripts are edited on the Messages page, not swapped:
# one more picker each would push the Reminders tab past a laptop's height.


class ReminderRulesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The rules' default scripts depend on the kind of business (the dialog sets it).
        self._business_type = SHOP
        self._order = "order"  # the business's word for a sale: the rules' names follow it
        self._labels: dict[str, QLabel] = {}  # captions that name a sale, by rule
        self._raw: dict[str, Any] = merge({})
        self._checks: dict[str, QCheckBox] = {}
        self._spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self._lists: dict[str, QLineEdit] = {}
        self._auto: dict[str, QCheckBox] = {}  # rule -> "Autopilot" (send by e-mail itself)
        self.step_autos: dict[int, QCheckBox] = {}  # after-purchase day -> its "Autopilot"
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
        half_row = False  # "moved to At risk" sits in the left half: "Can't lose them" joins it
        for rule, default in DEFAULTS.items():
            if not isinstance(default, dict) or "enabled" not in default:
                continue
            check = QCheckBox()
            self._checks[rule] = check
            plain = rule in ("segment_at_risk", "segment_cant_lose")
            if plain and half_row:
                # Two rules without days share a row: the tab must fit a laptop screen.
                grid.addWidget(check, row - 1, 1, 1, 2)
                half_row = False
                continue
            grid.addWidget(check, row, 0, 1, 1 if plain or rule in PARAMETERS or rule == "sequence"
                           else 3)
            half_row = plain
            if rule == "sequence":
                self.after_combo = QComboBox()
                self.after_combo.addItem("", "first")
                self.after_combo.addItem("", "every")
                check.toggled.connect(self.after_combo.setEnabled)
                grid.addWidget(self.after_combo, row, 1, 1, 2)
            if rule in PARAMETERS:
                spin, caption = self._parameter(rule)
                check.toggled.connect(spin.setEnabled)
                grid.addWidget(spin, row, 1)
                self._labels[rule] = _unit_label(caption)
                grid.addWidget(self._labels[rule], row, 2)
            row += 1
            if rule in ("not_bought", "sequence"):
                line, caption = self._day_list(rule)
                check.toggled.connect(line.setEnabled)
                self._labels[f"{rule}_days"] = QLabel(caption)
                grid.addWidget(self._labels[f"{rule}_days"], row, 0)
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
        self._script_labels: dict[tuple[str, str], QLabel] = {}
        self.step_combos: list[tuple[int, QComboBox]] = []  # (day, its script) in day order
        self._retitle()

    @property
    def business_type(self) -> str:
        return self._business_type

    @business_type.setter
    def business_type(self, value: str) -> None:
        """The dialog sets it before the value: the default scripts and the rules' words."""
        self._business_type = value
        self._order = vocabulary(value).order
        self._retitle()

    def _retitle(self) -> None:
        for rule, check in self._checks.items():
            check.setText(self._title(rule))
        for rule, label in self._labels.items():
            label.setText(self._caption(rule))
        for (rule, field), label in self._script_labels.items():
            if field == "template":
                label.setText(self._title(rule))
        first, every = self._by_order(
            (self.tr("after the first order"), self.tr("after every order")),
            (self.tr("after the first visit"), self.tr("after every visit")),
            (self.tr("after the first lesson"), self.tr("after every lesson")))
        self.after_combo.setItemText(0, first)
        self.after_combo.setItemText(1, every)
        self.after_combo.setToolTip(by_order(
            self._order,
            self.tr("After the first order: a new customer gets the messages, and they stop when "
                    "the customer comes back. After every order: each order starts them again."),
            self.tr("After the first visit: a new client gets the messages, and they stop when "
                    "the client comes back. After every visit: each visit starts them again."),
            self.tr("After the first lesson: a new student gets the messages, and they stop "
                    "when the student comes back. After every lesson: each lesson starts them "
                    "again.")))
        self._lists["sequence"].setToolTip(by_order(
            self._order, self.tr("Days after a purchase: thank-you, tip, offer, consultation."),
            self.tr("Days after a visit: thank-you, progress check-in, rebooking, course end."),
            self.tr("Days after a lesson: thank-you, progress check-in, rebooking, course end.")))
        self._lists["not_bought"].setToolTip(by_order(
            self._order,
            self.tr("Messages to those who stopped buying: each once, until their next purchase."),
            self.tr("Messages to those who stopped coming: each once, until their next visit."),
            self.tr("Messages to those who stopped coming: each once, until their next lesson.")))

    def _by_order(self, shop: tuple[str, str], booking: tuple[str, str],
                  lesson: tuple[str, str]) -> tuple[str, str]:
        return {"booking": booking, "lesson": lesson}.get(self._order, shop)

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
                self._script_labels[rule, field] = QLabel(label)
                self.scripts_grid.addWidget(self._script_labels[rule, field], number, 0)
                self.scripts_grid.addWidget(combo, number, 1)
                if field == "template":
                    self._auto[rule] = self._autopilot_check()
                    self.scripts_grid.addWidget(self._auto[rule], number, 2)
            combo.clear()
            for text, key in choices:
                combo.addItem(text, key)
        self._show_scripts()

    def _show_scripts(self) -> None:
        for (rule, field), combo in self._scripts.items():
            _select(combo, str(self._raw[rule][field]))
        for rule, auto in self._auto.items():
            auto.setChecked(self._raw[rule].get("autopilot") is True)

    def _autopilot_check(self) -> QCheckBox:
        check = QCheckBox(self.tr("Autopilot"))
        check.setToolTip(self.tr("Send by e-mail automatically to customers who have an e-mail "
                                 "address and have not opted out; the others stay on Today."))
        return check

    def _show_steps(self, steps: list[dict[str, Any]]) -> None:
        """One script picker per after-purchase day."""
        while self.steps_grid.count():
            item = self.steps_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # hidden now: deleteLater paints it until the event loop runs
                widget.hide()
                widget.deleteLater()
        self.step_combos = []
        self.step_autos = {}
        for number, step in enumerate(sorted(steps, key=lambda s: int(s["day"]))):
            day = int(step["day"])
            combo = QComboBox()
            _compact(combo)
            for text, key in self._choices:
                combo.addItem(text, key)
            _select(combo, str(step["template"]))
            self.steps_grid.addWidget(QLabel(by_order(
                self._order, self.tr("Day %1 after a purchase"), self.tr("Day %1 after a visit"),
                self.tr("Day %1 after a lesson")).replace("%1", str(day))), number, 0)
            self.steps_grid.addWidget(combo, number, 1)
            self.step_combos.append((day, combo))
            self.step_autos[day] = self._autopilot_check()
            self.step_autos[day].setChecked(step.get("autopilot") is True)
            self.steps_grid.addWidget(self.step_autos[day], number, 2)

    def _current_steps(self) -> list[dict[str, Any]]:
        return [_step(day, str(combo.currentData()), self.step_autos[day].isChecked())
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
        return line, ""  # _retitle words the caption and the tooltip

    def _title(self, rule: str) -> str:
        if rule == "sequence":
            return by_order(self._order, self.tr("Messages after a purchase"),
                            self.tr("Messages after a visit"), self.tr("Messages after a lesson"))
        return rule_label(rule, self._order)

    def _caption(self, rule: str) -> str:
        """A number's unit or a day list's caption, in the business's words."""
        order = self._order
        if rule == "sequence_days":
            return "    " + by_order(order, self.tr("on these days after a purchase:"),
                                     self.tr("on these days after a visit:"),
                                     self.tr("on these days after a lesson:"))
        if rule == "not_bought_days":
            return "    " + by_order(
                order, self.tr("then win-back messages at (days without a purchase):"),
                self.tr("then win-back messages at (days without a visit):"),
                self.tr("then win-back messages at (days without a lesson):"))
        captions = {
            "not_bought": by_order(order, self.tr("days without a purchase"),
                                   self.tr("days without a visit"),
                                   self.tr("days without a lesson")),
            "rhythm": self.tr("× their usual gap"),
            # One line each: the Reminders tab must fit a laptop screen without scrolling.
            "birthday": self.tr("days' notice for a gift"),
            "big_order": by_order(order, self.tr("× their usual order"),
                                  self.tr("× their usual payment"),
                                  self.tr("× their usual payment")),
            "referral": by_order(order, self.tr("days after a purchase"),
                                 self.tr("days after a visit"), self.tr("days after a lesson")),
            "feedback": self.tr("months between two asks"),
            "complaint_followup": self.tr("days after it was resolved"),
        }
        return captions[rule]

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
        if rule == "birthday":  # 0: no heads-up, the greeting alone on the day
            spin.setSpecialValueText(self.tr("none"))
        self._spins[rule] = spin
        return spin, ""  # _retitle words the caption

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
        for rule, auto in self._auto.items():
            raw[rule]["autopilot"] = auto.isChecked()
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
        automatic = {int(s["day"]) for s in old if s.get("autopilot") is True}
        templates = [str(s["template"]) for s in old] or ["thank_you_day_3"]
        return [_step(day, by_day.get(day, templates[min(i, len(templates) - 1)]),
                      day in automatic) for i, day in enumerate(days)]

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


def _step(day: int, template: str, automatic: bool) -> dict[str, Any]:
    """A step as stored; "autopilot" only when on, so a manual step keeps its older shape."""
    step: dict[str, Any] = {"day": day, "template": template}
    if automatic:
        step["autopilot"] = True
    return step


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
