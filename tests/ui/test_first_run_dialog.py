"""The first-run dialog: answers land in Settings; Skip stores nothing (but the
system's country for phones) and is not asked again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.first_run import needs_first_run
from app.services.settings import (
    CURRENCY,
    MESSAGE_LANGUAGE,
    OWNER_NAME,
    PHONE_REGION,
    SHOP_NAME,
    Settings,
)
from app.ui.dialogs import first_run_dialog
from app.ui.dialogs.first_run_dialog import FirstRunDialog, ask_first_run


def test_answers_are_stored_in_settings(qtbot, context) -> None:
    dialog = FirstRunDialog(context, system_locale="en_GB")
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentData() == "GBP"  # from the system locale
    assert dialog.region_combo.currentData() == "GB"
    assert dialog.region_combo.currentText() == (
        "United Kingdom (+44)" if context.language == "en" else "Великобритания (+44)")
    assert dialog.language_combo.currentData() == context.language
    dialog.shop_edit.setText("Bean & Leaf")
    dialog.owner_edit.setText(" Olga ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    with qtbot.waitSignal(context.signals.data_changed):
        dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = Settings(context.db)
    assert (stored.get(SHOP_NAME), stored.get(OWNER_NAME), stored.get(CURRENCY),
            stored.get(MESSAGE_LANGUAGE)) == ("Bean & Leaf", "Olga", "GBP", "ru")
    assert stored.get(PHONE_REGION) == "GB"


def test_skipping_on_a_uk_system_still_reads_phones_as_british(qtbot, context) -> None:
    dialog = FirstRunDialog(context, system_locale="en_GB.UTF-8")
    qtbot.addWidget(dialog)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("DE"))  # then skipped
    dialog.skip_button.click()
    stored = Settings(context.db)
    assert (stored.get(PHONE_REGION), stored.get(CURRENCY)) == ("GB", CURRENCY.default)
    assert not needs_first_run(context.db, stored)


def test_skip_stores_nothing_and_is_not_asked_again(qtbot, context, monkeypatch) -> None:
    before = Settings(context.db).all()
    dialog = FirstRunDialog(context, system_locale="ru_RU")
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentData() == "RUB"
    dialog.shop_edit.setText("Typed, then skipped")
    dialog.skip_button.click()
    after = Settings(context.db).all()
    assert {key for key in after if after[key] != before[key]} == {"first_run_done"}
    shown: list[FirstRunDialog] = []
    monkeypatch.setattr(first_run_dialog.FirstRunDialog, "exec", lambda self: shown.append(self))
    ask_first_run(None, context)
    assert shown == []


def test_a_new_database_is_asked(qtbot, context, monkeypatch) -> None:
    shown: list[FirstRunDialog] = []
    monkeypatch.setattr(first_run_dialog.FirstRunDialog, "exec", lambda self: shown.append(self))
    ask_first_run(None, context)
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
