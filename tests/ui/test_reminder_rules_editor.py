"""The reminder rules editor: a script picker for every after-purchase step."""

from __future__ import annotations

from app.services.messages.library import create_template, ensure_builtin_templates
from app.services.reminders.config import from_dict, merge
from app.services.settings import REMINDER_RULES, Settings
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.services.reminders.test_step_scripts import OLD_STORED
from tests.ui.conftest import wait_idle


def _open(qtbot, context) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_each_step_gets_the_script_the_owner_picks(qtbot, context, db) -> None:
    ensure_builtin_templates(db)
    own = create_template(db, "After the course", "en", "", "Hi {{ first_name }}!")
    dialog = _open(qtbot, context)
    rules = dialog.editor("reminder_rules").widget
    assert [(day, combo.currentData()) for day, combo in rules.step_combos] == [
        (3, "thank_you_day_3"), (14, "tip_day_14"), (30, "offer_day_30"),
        (60, "consultation_day_60")]
    day_14 = rules.step_combos[1][1]
    day_14.setCurrentIndex(day_14.findData("review_request"))
    day_60 = rules.step_combos[3][1]
    day_60.setCurrentIndex(day_60.findData(str(own)))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    steps = from_dict(Settings(db).get(REMINDER_RULES)).steps
    assert [(s.day, s.template) for s in steps] == [
        (3, "thank_you_day_3"), (14, "review_request"), (30, "offer_day_30"), (60, str(own))]
    wait_idle(qtbot, context)


def test_typing_other_days_keeps_the_picks_of_the_days_that_stay(qtbot, context, db) -> None:
    dialog = _open(qtbot, context)
    rules = dialog.editor("reminder_rules").widget
    day_30 = rules.step_combos[2][1]
    day_30.setCurrentIndex(day_30.findData("upsell"))
    line = rules._lists["sequence"]
    line.setText("3, 7, 30")
    line.editingFinished.emit()
    assert [(day, combo.currentData()) for day, combo in rules.step_combos] == [
        (3, "thank_you_day_3"), (7, "tip_day_14"), (30, "upsell")]
    labels = [rules.steps_grid.itemAtPosition(n, 0).widget().text() for n in range(3)]
    assert labels == ["Day 3 after a purchase", "Day 7 after a purchase",
                      "Day 30 after a purchase"]
    line.setText("3, 30")  # saved without leaving the field: the picks still hold
    dialog.accept()
    steps = from_dict(Settings(db).get(REMINDER_RULES)).steps
    assert [(s.day, s.template) for s in steps] == [(3, "thank_you_day_3"), (30, "upsell")]
    wait_idle(qtbot, context)


def test_a_setting_stored_by_the_earlier_editor_loads_and_saves_unchanged(qtbot, context,
                                                                          db) -> None:
    Settings(db).set(REMINDER_RULES, OLD_STORED)
    dialog = _open(qtbot, context)
    rules = dialog.editor("reminder_rules").widget
    assert [(day, combo.currentData()) for day, combo in rules.step_combos] == [
        (3, "thank_you_day_3"), (10, "tip_day_14"), (30, "offer_day_30"), (45, "offer_day_30")]
    assert rules.value() == merge(OLD_STORED)


def test_the_chain_choice_and_the_birthday_heads_up_are_saved(qtbot, context, db) -> None:
    ensure_builtin_templates(db)
    Settings(db).set(REMINDER_RULES, {"birthday": {"days_before": 5}})  # an older setting
    dialog = _open(qtbot, context)
    rules = dialog.editor("reminder_rules").widget
    assert rules.after_combo.currentData() == "first"
    assert rules.after_combo.currentText() == "after the first order"
    assert rules._spins["birthday"].value() == 0  # the old greeting-in-advance is not a heads-up
    rules.after_combo.setCurrentIndex(rules.after_combo.findData("every"))
    rules._spins["birthday"].setValue(2)
    rules._checks["sequence"].setChecked(False)
    assert not rules.after_combo.isEnabled()  # a rule that is off has its choice greyed
    dialog.accept()
    config = from_dict(Settings(db).get(REMINDER_RULES))
    assert config.value("sequence", "after") == "every"
    assert config.value("birthday", "heads_up_days") == 2
    wait_idle(qtbot, context)


def test_autopilot_switches_per_rule_and_per_step_are_saved(qtbot, context, db) -> None:
    ensure_builtin_templates(db)
    dialog = _open(qtbot, context)
    rules = dialog.editor("reminder_rules").widget
    assert not any(check.isChecked() for check in rules.step_autos.values())  # manual by default
    rules.step_autos[3].setChecked(True)
    rules._auto["birthday"].setChecked(True)
    # Typing other days keeps the switch of a day that stays.
    rules._lists["sequence"].setText("3, 10")
    rules._days_edited()
    assert [(d, c.isChecked()) for d, c in rules.step_autos.items()] == [(3, True), (10, False)]
    dialog.accept()
    stored = Settings(db).get(REMINDER_RULES)
    config = from_dict(stored)
    assert [(s.day, s.autopilot) for s in config.steps] == [(3, True), (10, False)]
    assert config.raw["birthday"]["autopilot"] is True
    assert config.raw["rhythm"]["autopilot"] is False
    # Opened again, the switches show what is stored.
    reopened = _open(qtbot, context)
    again = reopened.editor("reminder_rules").widget
    assert again.step_autos[3].isChecked() and again._auto["birthday"].isChecked()
    assert not again._auto["rhythm"].isChecked()
    wait_idle(qtbot, context)


def test_autopilot_switch_on_the_owners_own_rules(qtbot, context, db) -> None:
    ensure_builtin_templates(db)
    dialog = _open(qtbot, context)
    custom = dialog.editor("reminder_rules").widget.custom
    wholesale = custom.add_row({"days": 30})
    wholesale.kind.setCurrentIndex(wholesale.kind.findData("tag"))
    wholesale.target.setText("опт")
    assert not wholesale.autopilot.isChecked()  # Manual by default
    wholesale.autopilot.setChecked(True)
    tea = custom.add_row({"days": 45})
    tea.target.setText("Чай")
    dialog.accept()
    config = from_dict(Settings(db).get(REMINDER_RULES))
    assert [(c.id, c.tag, c.category, c.autopilot) for c in config.custom] == [
        ("опт", "опт", "", True), ("чай", "", "Чай", False)]
    assert "autopilot" not in Settings(db).get(REMINDER_RULES)["custom"][1]
    reopened = _open(qtbot, context)
    rows = reopened.editor("reminder_rules").widget.custom.rows
    assert [r.autopilot.isChecked() for r in rows] == [True, False]
    rows[0].autopilot.setChecked(False)
    reopened.accept()
    assert not any(c.autopilot for c in from_dict(Settings(db).get(REMINDER_RULES)).custom)
    wait_idle(qtbot, context)
