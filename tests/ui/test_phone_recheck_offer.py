"""Changing the phone region in Settings previews the re-read numbers, then applies them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services.settings import PHONE_REGION, Settings
from app.ui import phone_recheck_offer
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import wait_idle


def _customers(db):
    conn = db.raw_connection()
    rows = conn.execute("SELECT phone_raw, phone_e164 FROM customers ORDER BY id").fetchall()
    conn.close()
    return rows


def _shop(db):
    conn = db.raw_connection()
    conn.executemany("INSERT INTO customers (display_name, phone_raw, phone_e164) VALUES (?, ?, ?)",
                     [("Amy", "7700 900121", "+77700900121"), ("Ben", "07911 123456", None),
                      ("Cat", "+44 7400 123456", "+447400123456")])
    conn.commit()
    conn.close()


def _change_region(qtbot, context, answer, monkeypatch):
    asked: list[str] = []

    def exec_(box):
        asked.append(box.text())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.editor(PHONE_REGION.key).combo
    combo.setCurrentIndex(combo.findData("GB"))
    dialog.accept()
    wait_idle(qtbot, context)
    wait_idle(qtbot, context)
    return asked


def test_the_owner_sees_what_changes_and_it_is_applied(qtbot, context, db, monkeypatch):
    _shop(db)
    asked = _change_region(qtbot, context, QMessageBox.StandardButton.Yes, monkeypatch)
    assert Settings(db).get(PHONE_REGION) == "GB"
    assert len(asked) == 1
    assert "numbers checked: 3" in asked[0] and "become valid: 1" in asked[0]
    assert "change: 0" in asked[0]
    assert "Ben: 07911 123456 — ∅ → +44 7911 123456" in asked[0]
    assert _customers(db) == [("7700 900121", None), ("07911 123456", "+447911123456"),
                              ("+44 7400 123456", "+447400123456")]


def test_saying_no_leaves_the_numbers(qtbot, context, db, monkeypatch):
    _shop(db)
    before = _customers(db)
    asked = _change_region(qtbot, context, QMessageBox.StandardButton.No, monkeypatch)
    assert len(asked) == 1 and _customers(db) == before


def test_the_question_names_the_country_in_russian():
    from app.services.phone_recheck import PhoneChange, RecheckPreview

    preview = RecheckPreview("GB", 1, [PhoneChange(1, "Amy", "7700 900121", "+77700900121",
                                                   None)])
    assert "Великобритания" in phone_recheck_offer.question_text(preview, "ru")
