"""The Messages page: library, editor with live preview, inline errors, library actions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.services.messages.builtins import BUILTIN_KEYS
from app.services.messages.library import find_template, list_templates
from app.ui.pages.messages_page import MessagesPage


@pytest.fixture
def page(qtbot, demo_context):
    page = MessagesPage(demo_context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.ensure_fresh()
    return page


def test_lists_builtins_and_previews_the_sample(page) -> None:
    assert page.list_model.rowCount() == len(BUILTIN_KEYS)  # English UI: English scripts
    assert page.current.builtin_key == "soft_reminder"
    assert page.preview_body.toPlainText().startswith("Hi Anna, it's Olga from Bean & Leaf.")
    assert page.error_label.text() == ""
    names = [r[0] for r in page.variables_model.records]
    assert "{{ last_purchase_in_month }}" in names and "{{ first_name }}" in names


def test_live_preview_for_a_chosen_customer(qtbot, page) -> None:
    page.customer_search.setText("Светлана")
    page._fill_customers()
    assert page.customer_combo.currentData() is not None
    first = page.customer_combo.currentText().split(" ")[0]
    assert page.preview_body.toPlainText().startswith(f"Hi {first}, it's ")
    page.body_edit.setPlainText("Dear {{ name }}")
    qtbot.waitUntil(lambda: page.preview_body.toPlainText().startswith("Dear "), timeout=2000)
    assert page.preview_body.toPlainText() == f"Dear {page.customer_combo.currentText()}"


def test_unknown_variable_shows_inline_with_the_line(page) -> None:
    page.body_edit.setPlainText("Hello\n\n{{ frst_name }}")
    page.update_preview()
    assert page.error_label.text().startswith("Line 3:")
    assert "first_name" in page.error_label.text()
    selections = page.body_edit.extraSelections()
    assert len(selections) == 1 and selections[0].cursor.blockNumber() == 2
    page.body_edit.setPlainText("Hello {{ first_name }}")
    page.update_preview()
    assert page.error_label.text() == "" and page.body_edit.extraSelections() == []


@pytest.mark.parametrize("source", ["{{ ''.__class__.__mro__ }}", "{% if %}", "{{ 1/0 }}"])
def test_bad_scripts_never_crash_the_editor(page, source: str) -> None:
    page.body_edit.setPlainText(source)
    page.update_preview()
    assert page.error_label.text().startswith("Line 1:")
    assert page.preview_body.toPlainText() == ""


def test_save_and_refuse_broken_save(page, demo_context) -> None:
    page.body_edit.setPlainText("Hi {{ first_name }}, new text")
    assert page.save_button.isEnabled()
    assert page.save()
    saved = find_template(demo_context.db, "soft_reminder", "en")
    assert saved.body == "Hi {{ first_name }}, new text" and saved.is_modified
    assert page.list_model.data(page.list_model.index(0)).endswith(" *")
    assert page.reset_button.isEnabled()
    page.body_edit.setPlainText("{% if %}")
    assert not page.save()
    assert page.error_label.text().startswith("Not saved: Line 1:")
    assert find_template(demo_context.db, "soft_reminder", "en").body.endswith("new text")


def test_duplicate_rename_delete_restore_reset(page, demo_context, monkeypatch) -> None:
    db = demo_context.db
    page.duplicate_template()
    assert page.current.name == "Soft reminder (copy)" and not page.current.is_builtin
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Мой текст", True))
    page.rename_template()
    assert page.current.name == "Мой текст"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_template()
    assert "Мой текст" not in [t.name for t in list_templates(db, "en")]
    # Delete a built-in, then bring it back.
    page.select_template(find_template(db, "winback", "en").id)
    page.delete_template()
    assert find_template(db, "winback", "en").id is None
    assert not page.restore_button.isHidden()
    page.restore_builtins()
    assert find_template(db, "winback", "en").id is not None
    assert page.restore_button.isHidden()
    # Reset an edited built-in.
    page.select_template(find_template(db, "birthday", "en").id)
    page.body_edit.setPlainText("Happy birthday!")
    page.save()
    page.reset_template()
    assert not find_template(db, "birthday", "en").is_modified
    assert page.current.builtin_key == "birthday"


def test_unsaved_edits_are_asked_about(page, demo_context, monkeypatch) -> None:
    page.body_edit.setPlainText("Edited")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.list_view.setCurrentIndex(page.list_model.index(3))
    assert page.current.builtin_key == "soft_reminder" and page.body_edit.toPlainText() == "Edited"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    page.list_view.setCurrentIndex(page.list_model.index(3))
    assert page.current.builtin_key == page.list_model.template_at(3).builtin_key
    assert find_template(demo_context.db, "soft_reminder", "en").body == "Edited"


def test_new_script_and_insert_variable(page) -> None:
    page.new_template()
    assert page.current.name == "New script" and page.current.language == "en"
    page.body_edit.setPlainText("")
    page.insert_variable(page.variables_model.index(0, 0))
    assert page.body_edit.toPlainText() == "{{ first_name }}"


def test_all_languages_filter(page) -> None:
    page.language_filter.setCurrentIndex(page.language_filter.findData(""))
    assert page.list_model.rowCount() == 2 * len(BUILTIN_KEYS)
    assert page.list_model.data(page.list_model.index(0)).startswith("[")


def test_write_to_the_previewed_customer_opens_the_send_dialog(page, monkeypatch) -> None:
    from app.ui.dialogs.send_dialog import SendDialog

    opened: list[SendDialog] = []
    monkeypatch.setattr(SendDialog, "open", lambda self: opened.append(self))
    assert not page.write_button.isEnabled()  # the sample customer cannot be written to
    page.customer_combo.setCurrentIndex(1)
    assert page.write_button.isEnabled()
    page.write_to_customer()
    assert opened and opened[0].customer_id == page.customer_combo.currentData()
    assert opened[0].current_template().id == page.current.id


@pytest.mark.parametrize(("source", "kind"), [
    ("{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
     "{% endfor %}{% endfor %}{% endfor %}", "takes too long"),
    ("Hi\n{{ 'a'|center(10**9) }}", "too large"),
])
def test_runaway_scripts_show_inline(page, source: str, kind: str) -> None:
    page.body_edit.setPlainText(source)
    page.update_preview()
    assert kind in page.error_label.text() and page.preview_body.toPlainText() == ""


def test_deeply_nested_script_is_not_saved(page) -> None:
    page.body_edit.setPlainText("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}")
    assert not page.save()
    assert page.error_label.text().startswith("Not saved:")
    assert "inside each other" in page.error_label.text()
