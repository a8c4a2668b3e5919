"""The kind of business in the UI: asked at first run, and a tutor's app speaks of students and
lessons where a shop's speaks of customers and orders (in English and Russian)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services.reminders.config import load_config
from app.services.settings import BUSINESS_TYPE, Settings
from app.ui import i18n
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.pages.customers_page import CustomersPage
from tests.ui.conftest import wait_idle


def _headers(page: CustomersPage) -> list[str]:
    return [str(page.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]


def _page(qtbot, context) -> CustomersPage:
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_first_run_asks_the_kind_of_business(qtbot, context) -> None:
    dialog = FirstRunDialog(context, system_locale="en_GB")
    qtbot.addWidget(dialog)
    assert dialog.business_combo.currentData() == "shop"  # the default
    assert [dialog.business_combo.itemText(i) for i in range(5)] == [
        "Shop (goods)", "Tutor / courses", "Beauty salon", "Coach / consultant",
        "Studio (classes)"]
    dialog.business_combo.setCurrentIndex(dialog.business_combo.findData("tutor"))
    dialog.save_button.click()
    stored = Settings(context.db)
    assert stored.get(BUSINESS_TYPE) == "tutor"
    assert load_config(stored).value("rhythm", "template") == "rebook"


def test_customers_page_says_customers_for_a_shop(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    assert page.title() == "Customers"
    assert page.add_button.text() == "Add customer"
    assert _headers(page)[3:6] == ["Orders", "Spent", "Last purchase"]


def test_customers_page_says_students_for_a_tutor(qtbot, demo_context) -> None:
    demo_context.settings.set(BUSINESS_TYPE, "tutor")
    page = _page(qtbot, demo_context)
    assert page.title() == "Students"
    assert (page.add_button.text(), page.write_button.text()) == (
        "Add student", "Write to these students…")
    assert _headers(page)[3:6] == ["Lessons", "Spent", "Last lesson"]
    card = CustomerCardDialog(demo_context, page.model.customer_id(0), page)
    qtbot.addWidget(card)
    assert card.windowTitle().endswith("— Student")
    assert "Lesson or package" in [str(card.purchases_view.model().headerData(
        c, Qt.Orientation.Horizontal)) for c in range(card.purchases_view.model().columnCount())]
    wait_idle(qtbot, demo_context)


def test_a_salon_in_russian_has_clients_and_a_tutor_students(qtbot, demo_context) -> None:
    i18n.install(QGuiApplication.instance(), "ru")
    try:
        demo_context.settings.set(BUSINESS_TYPE, "tutor")
        page = _page(qtbot, demo_context)
        assert (page.title(), page.add_button.text()) == ("Ученики", "Добавить ученика")
        assert _headers(page)[3] == "Занятия"
        demo_context.settings.set(BUSINESS_TYPE, "salon")
        assert _page(qtbot, demo_context).title() == "Клиенты"
        demo_context.settings.set(BUSINESS_TYPE, "shop")
        assert _page(qtbot, demo_context).title() == "Покупатели"
    finally:
        i18n.install(QGuiApplication.instance(), "en")


def test_the_settings_dialog_switches_the_rules_scripts_with_the_type(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.editor("business_type").widget
    combo.setCurrentIndex(combo.findData("coach"))
    dialog.accept()
    stored = Settings(context.db)
    assert stored.get(BUSINESS_TYPE) == "coach"
    assert load_config(stored).value("not_bought", "level_template") == "service_winback"
    assert load_config(stored).steps[0].template == "service_thank_you_day_3"
    again = SettingsDialog(context)  # shows the coach's scripts, and OK keeps them
    qtbot.addWidget(again)
    again.accept()
    assert load_config(Settings(context.db)).value("rhythm", "template") == "rebook"


def test_todays_header_counts_students_for_a_tutor(qtbot, demo_context) -> None:
    from app.services.reminders.generate import generate_tasks
    from app.ui.pages.today_page import TodayPage

    demo_context.settings.set(BUSINESS_TYPE, "tutor")
    generate_tasks(demo_context.db, demo_context.settings, demo_context.clock.today(),
                   demo_context.clock.now())
    i18n.install(QGuiApplication.instance(), "ru")
    try:
        page = TodayPage(demo_context)
        qtbot.addWidget(page)
        page.show()
        page.ensure_fresh()
        wait_idle(qtbot, demo_context)
        count = page.model.rowCount()
        assert count > 0
        header = page.summary.text() + " " + page.waiting_label.text()
        assert "ученик" in header and "покупател" not in header, header
    finally:
        i18n.install(QGuiApplication.instance(), "en")


def test_the_import_summary_counts_new_students(qtbot, context, tmp_path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from app.ui.importing import flow as import_flow
    from app.ui.importing.mapping_dialog import ImportMappingDialog
    from tests.ui.importing.test_flow import open_dialog

    context.settings.set(BUSINESS_TYPE, "tutor")
    path = tmp_path / "payments.csv"
    path.write_text("Date,Name,Phone,Amount\n03/11/2026,Amy Clark,+447700900321,120\n"
                    "10/11/2026,Ben Shaw,+447700900322,60\n", "utf-8")
    window = QMainWindow()
    qtbot.addWidget(window)
    import_flow.start_import(window, context, [path])
    dialog = open_dialog(qtbot, ImportMappingDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "already known" in dialog.summary.text(), timeout=10_000)
    assert "New students: <b>2</b>; already known: 0." in dialog.summary.text()
    dialog.reject()
    wait_idle(qtbot, context)
