from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSpinBox

from app.services.secrets import SERVICE, account_name
from app.services.settings import SPECS, Settings
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import wait_idle


@pytest.fixture
def dialog(qtbot, context):
    dlg = SettingsDialog(context)
    qtbot.addWidget(dlg)
    return dlg


def _tab_titles(dlg: SettingsDialog) -> list[str]:
    return [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]


def test_generated_from_specs_with_hidden_ones_skipped(dialog):
    visible = {s.key for s in SPECS if s.type_name != "hidden" and s.label}
    assert set(dialog._editors) == visible
    assert "last_auto_backup" not in dialog._editors
    # The generated tabs, then Loyalty (its own editor: a ladder is not a list of fields).
    assert _tab_titles(dialog) == ["Shop", "Segments", "Reminders", "E-mail", "STOP replies",
                                   "Backups", "Points", "Loyalty"]
    assert isinstance(dialog.editor("currency").widget, QComboBox)
    assert isinstance(dialog.editor("backup_keep_days").widget, QSpinBox)
    assert dialog.editor("rfm_recency_bands").line.text() == "30, 60, 90, 180"


def test_edits_are_saved_on_ok(qtbot, dialog, context, db):
    changes = []
    context.signals.data_changed.connect(changes.append)
    dialog.editor("shop_name").line.setText("  Зерно и лист ")
    dialog.editor("rfm_recency_bands").line.setText("20;45 90,  200")
    combo = dialog.editor("currency").combo
    combo.setCurrentIndex(combo.findData("EUR"))
    dialog.editor("backup_keep_days").spin.setValue(30)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    fresh = Settings(db)
    assert fresh.get("shop_name") == "Зерно и лист"
    assert fresh.get("rfm_recency_bands") == [20, 45, 90, 200]
    assert fresh.get("currency") == "EUR"
    assert fresh.get("backup_keep_days") == 30
    assert "settings" in changes
    wait_idle(qtbot, context)  # band changes start a recompute


@pytest.mark.parametrize("text", ["30, 60, abc, 180", "30, 60, 90", "90, 60, 30, 10", ""])
def test_bad_band_lists_are_shown_and_nothing_is_saved(dialog, db, text):
    dialog.editor("shop_name").line.setText("Changed")
    dialog.editor("rfm_recency_bands").line.setText(text)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_text("rfm_recency_bands")
    assert dialog.tabs.currentIndex() == _tab_titles(dialog).index("Segments")
    assert Settings(db).get("shop_name") == ""
    assert Settings(db).get("rfm_recency_bands") == [30, 60, 90, 180]


def test_reminder_rules_editor_changes_only_what_it_shows(qtbot, dialog, context, db):
    stored = {"not_bought": {"template": "my_script"}, "custom": [
        {"id": "tea", "days": 45, "category": "Чай", "template": "soft_reminder"}]}
    context.settings.set("reminder_rules", stored)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    rules = dialog.editor("reminder_rules").widget
    rules._checks["birthday"].setChecked(False)
    rules._spins["not_bought"].setValue(45)
    assert rules._spins["not_bought"].isEnabled()
    assert not rules._spins["birthday"].isEnabled()  # a rule that is off has its number greyed
    dialog.accept()
    saved = Settings(db).get("reminder_rules")
    assert saved["birthday"]["enabled"] is False
    assert saved["not_bought"]["days"] == 45
    assert saved["not_bought"]["template"] == "my_script"
    assert saved["custom"][0]["category"] == "Чай"
    wait_idle(qtbot, context)


def test_invalid_json_is_refused(qtbot, context):
    from app.services.settings import SPEC_BY_KEY
    from app.ui.dialogs.setting_editors import InvalidInput, JsonEditor

    editor = JsonEditor(SPEC_BY_KEY["reminder_rules"], None)
    qtbot.addWidget(editor.widget)
    editor.text.setPlainText("{not json")
    with pytest.raises(InvalidInput, match="JSON"):
        editor.value()


def test_restore_defaults_resets_only_the_current_tab(dialog):
    dialog.editor("shop_name").line.setText("Shop")
    dialog.editor("backup_keep_days").spin.setValue(99)
    dialog.tabs.setCurrentIndex(_tab_titles(dialog).index("Backups"))
    dialog.restore_tab_defaults()
    assert dialog.editor("backup_keep_days").value() == 14
    assert dialog.editor("shop_name").value() == "Shop"


def test_smtp_password_goes_to_the_keyring_only(dialog, db, fake_keyring):
    dialog.editor("smtp_host").line.setText("smtp.example.org")
    dialog.editor("smtp_user").line.setText("shop@example.org")
    password = dialog.password
    assert password.echoMode() == QLineEdit.EchoMode.Password
    password.setText("s3cret-pass")
    dialog.accept()
    assert fake_keyring.store[(SERVICE, account_name("shop@example.org", "smtp.example.org"))] == (
        "s3cret-pass")
    conn = db.raw_connection()
    try:
        stored = " ".join(v for (v,) in conn.execute("SELECT value_json FROM settings"))
    finally:
        conn.close()
    assert "s3cret-pass" not in stored


def test_language_change_says_restart(dialog, db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    combo = dialog.editor("language").combo
    combo.setCurrentIndex(combo.findData("ru"))
    dialog.accept()
    assert Settings(db).get("language") == "ru"
    assert shown and "restart" in shown[0]


def test_test_email_uses_the_values_as_typed(dialog, monkeypatch):
    from app.ui.dialogs import smtp_password_dialog

    calls = []
    monkeypatch.setattr(smtp_password_dialog, "start_test_email",
                        lambda context, parent, config=None, password=None: calls.append(
                            (config, password)))
    dialog.editor("smtp_host").line.setText("smtp.example.ru")
    dialog.editor("smtp_user").line.setText("shop@example.ru")
    dialog.password.setText("s3cret")
    dialog.test_email_button.click()
    assert len(calls) == 1
    config, password = calls[0]
    assert config.host == "smtp.example.ru"
    assert config.from_address == "shop@example.ru"
    assert password == "s3cret"


def test_rule_days_levels_and_own_rules_are_editable(qtbot, dialog, context, db):
    from app.services.reminders.config import from_dict

    rules = dialog.editor("reminder_rules").widget
    assert rules._lists["sequence"].text() == "3, 14, 30, 60"
    rules._lists["sequence"].setText("2, 10, 30")
    rules._lists["not_bought"].setText("120, 365")
    row = rules.custom.add_row({"days": 45})
    row.target.setText("Чай")
    empty = rules.custom.add_row({"days": 10})  # left empty: dropped, not saved
    assert empty in rules.custom.rows
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    config = from_dict(Settings(db).get("reminder_rules"))
    assert [s.day for s in config.steps] == [2, 10, 30]
    assert config.steps[0].template == "thank_you_day_3"  # keeps the script of the step it replaces
    assert config.value("not_bought", "levels") == [120, 365]
    assert [(c.days, c.category, c.tag) for c in config.custom] == [(45, "Чай", "")]
    wait_idle(qtbot, context)


def test_rule_days_that_are_not_numbers_are_refused(dialog, db):
    rules = dialog.editor("reminder_rules").widget
    rules._lists["sequence"].setText("3, two weeks")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_text("reminder_rules")
    assert Settings(db).get("reminder_rules") == {}


def test_each_rule_suggests_the_script_the_owner_picks(qtbot, context, db):
    from app.services.messages.library import create_template, ensure_builtin_templates
    from app.services.reminders.config import from_dict

    ensure_builtin_templates(db)
    own = create_template(db, "Чай закончился?", "en", "", "Hi {{ first_name }}!")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    rules = dialog.editor("reminder_rules").widget
    combo = rules._scripts[("not_bought", "template")]
    assert combo.currentData() == "soft_reminder"
    combo.setCurrentIndex(combo.findData(str(own)))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    config = from_dict(Settings(db).get("reminder_rules"))
    assert config.value("not_bought", "template") == str(own)
    assert config.value("birthday", "template") == "birthday"
    wait_idle(qtbot, context)
