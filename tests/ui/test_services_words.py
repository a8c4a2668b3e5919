"""A tutor reads students and lessons on Today, in the reasons and in the rules editor; a shop
keeps its words (the shop's own tests pin them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.services.reminders.generate import generate_tasks
from app.services.reminders.reasons import format_reason
from app.services.settings import BUSINESS_TYPE
from app.ui import i18n
from app.ui.pages.today_page import TodayPage
from app.ui.table_models.today_model import TodayModel
from app.ui.widgets.reminder_rules_editor import ReminderRulesEditor
from tests.ui.conftest import wait_idle


def test_reasons_speak_of_lessons_and_visits() -> None:
    assert format_reason("not_bought", {"days": 45}, "en", "lesson") == "no lessons for 45 days"
    assert format_reason("not_bought", {"days": 45}, "en", "booking") == "no visits for 45 days"
    assert format_reason("not_bought", {"days": 45}, "en") == "no purchases for 45 days"
    # Russian plurals of the counted days: 1 день, 3 дня, 5 дней, 21 день
    assert format_reason("not_bought", {"days": 21}, "ru", "lesson") == "нет занятий уже 21 день"
    assert format_reason("not_bought", {"days": 3}, "ru", "lesson") == "нет занятий уже 3 дня"
    assert format_reason("not_bought", {"days": 45}, "ru", "booking") == (
        "нет визитов уже 45 дней")
    assert format_reason("not_bought_365", {"days": 400}, "en", "lesson") == (
        "over a year without a lesson (400 days)")
    step = {"step": 3, "ordered": "2026-10-28"}
    assert format_reason("sequence_day_3", step, "en", "lesson").startswith(
        "day 3 after the lesson (28 October)")
    assert format_reason("sequence_day_3", step, "ru", "booking").startswith(
        "3-й день после визита (28 октября)")
    assert format_reason("milestone_3", {"orders": 3}, "ru", "lesson").startswith(
        "3-е занятие — поприветствовать как постоянного ученика")
    assert format_reason("milestone_3", {"orders": 3}, "en", "booking").startswith("3rd visit")
    assert "занятий" not in format_reason("birthday", {"in_days": 0}, "ru", "lesson")


@pytest.mark.parametrize(("language", "column", "no_lessons", "after", "shop_words"), [
    ("en", "Student", ("no lessons for ", "without a lesson"), "After a lesson",
     ("purchase", "order")),
    ("ru", "Ученик", ("нет занятий уже ", "без занятий"), "После занятия", ("покуп", "заказ"))])
def test_todays_list_for_a_tutor(qtbot, demo_context, language, column, no_lessons, after,
                                 shop_words) -> None:
    demo_context.settings.set(BUSINESS_TYPE, "tutor")
    generate_tasks(demo_context.db, demo_context.settings, demo_context.clock.today(),
                   demo_context.clock.now())
    i18n.install(QGuiApplication.instance(), language)
    demo_context.language = language
    try:
        page = TodayPage(demo_context)
        qtbot.addWidget(page)
        page.show()
        page.ensure_fresh()
        wait_idle(qtbot, demo_context)
        model = page.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == column
        reasons = [model.data(model.index(r, 1)) for r in range(model.rowCount())
                   if model.task(r) is not None]
        groups = [str(model.data(model.index(r, 0))) for r in model.group_rows()]
        birthdays = ("birthday", "день рождения")
        assert any(w in r for r in reasons for w in no_lessons), reasons
        lesson = "lesson" if language == "en" else "заняти"
        other = [r for r in reasons if lesson not in r and not r.startswith(birthdays)]
        assert not other, other
        assert not [r for r in reasons if any(w in r for w in shop_words)], reasons
        if any(t.rule.startswith("sequence_day_") for t in model.tasks()):
            assert any(g.startswith(after) for g in groups), groups
    finally:
        i18n.install(QGuiApplication.instance(), "en")


def test_a_tutors_not_bought_reason_in_russian_counts_days() -> None:
    words = [format_reason("not_bought", {"days": n}, "ru", "lesson") for n in (1, 3, 5, 21)]
    assert words == ["нет занятий уже 1 день", "нет занятий уже 3 дня", "нет занятий уже 5 дней",
                     "нет занятий уже 21 день"]


def test_today_column_for_a_shop(qapp) -> None:
    assert TodayModel("en").headers["customer"] == "Customer"


def test_rules_editor_names_a_tutors_rules(qtbot) -> None:
    editor = ReminderRulesEditor()
    qtbot.addWidget(editor)
    assert editor._checks["not_bought"].text() == "Not bought for a while"
    assert editor._checks["sequence"].text() == "Messages after a purchase"
    editor.business_type = "tutor"
    editor.set_value({})
    assert editor._checks["not_bought"].text() == "No lesson for a while"
    assert editor._checks["sequence"].text() == "Messages after a lesson"
    assert editor._checks["milestone_3"].text() == "3rd lesson: welcome as a regular"
    assert editor._checks["rhythm"].text() == "Overdue for their usual lesson"
    assert editor._labels["not_bought"].text() == "days without a lesson"
    assert editor.after_combo.itemText(1) == "after every lesson"
    editor.business_type = "salon"
    assert editor._checks["not_bought"].text() == "No visit for a while"


def test_the_first_run_asks_a_tutor_for_the_business_name(qtbot, context) -> None:
    from app.ui.dialogs.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(context, system_locale="en_GB")
    qtbot.addWidget(dialog)
    assert dialog.shop_label.text() == "Shop name"
    assert "shop's name" in dialog.intro.text()
    dialog.business_combo.setCurrentIndex(dialog.business_combo.findData("tutor"))
    assert dialog.shop_label.text() == "Business name"
    assert "Students see your business's name" in dialog.intro.text()


def test_the_settings_name_the_business_of_a_salon(qtbot, context) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    context.settings.set(BUSINESS_TYPE, "salon")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog._errors["shop_name"] is not None
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Business name" in labels and "Shop name" not in labels
    assert dialog.tabs.tabText(0) == "Business"  # not "Shop"
    rules = dialog.editor("reminder_rules").widget
    assert rules._checks["not_bought"].text() == "No visit for a while"
