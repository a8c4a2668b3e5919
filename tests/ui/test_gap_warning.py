"""Before copying or sending, an owner's own script that leaves a gap (an empty variable) is
pointed out, naming the variable in the owner's words; a built-in script never is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from app.models import Customer, Purchase
from app.services.messages.library import (
    create_template,
    ensure_builtin_templates,
    find_template,
    save_template,
)
from app.services.reminders.generate import generate_tasks
from app.ui.dialogs.bulk_send_dialog import BulkSendDialog
from app.ui.dialogs.send_dialog import SendDialog
from app.ui.pages.today_page import TodayPage
from tests.ui.conftest import wait_idle

OWN_SCRIPT = "{{ first_name }}, it's {{ owner_name }} from {{ shop_name }}. {{ last_product }}"


def _customer(context, **values) -> int:
    with context.db.transaction() as session:
        row = Customer(**{"display_name": "Анна Петрова", "first_name": "Анна",
                          "email": "anna@example.com", **values})
        session.add(row)
        session.flush()
        return row.id


def test_the_send_dialog_names_the_empty_variables(qtbot, context) -> None:
    context.settings.set_many({"shop_name": "Bean & Leaf", "owner_name": ""})
    cid = _customer(context)
    own = create_template(context.db, "Mine", "en", "", OWN_SCRIPT)
    dialog = SendDialog(context, cid, own)
    qtbot.addWidget(dialog)
    warning = dialog.problem_label.text()
    assert "Your name (Settings)" in warning and "Product of the last purchase" in warning
    assert "shop" not in warning  # the shop's name is set
    assert dialog.copy_button.isEnabled()  # a warning, not a refusal
    dialog.template_combo.setCurrentIndex(
        [t.builtin_key for t in dialog.templates].index("thank_you_day_3"))
    assert dialog.problem_label.text() == ""  # built-ins read naturally without them


def test_the_today_page_warns_under_the_message(qtbot, demo_context) -> None:
    settings = demo_context.settings
    ensure_builtin_templates(demo_context.db)
    generate_tasks(demo_context.db, settings, demo_context.clock.today(),
                   demo_context.clock.now())
    page = TodayPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, demo_context)
    task = page.current_task()
    assert task is not None and task.template_key
    assert page.problem_label.text() == ""
    settings.set_many({"owner_name": "", "shop_name": ""})
    demo_context.signals.data_changed.emit("settings")
    wait_idle(qtbot, demo_context)
    assert page.problem_label.text() == ""  # the built-in script has no gap without the names
    script = find_template(demo_context.db, task.template_key, demo_context.language)
    save_template(demo_context.db, script.id, script.name, script.subject, OWN_SCRIPT)
    demo_context.signals.data_changed.emit("templates")
    wait_idle(qtbot, demo_context)
    assert page.current_task().id == task.id
    warning = page.problem_label.text()
    assert "Your name (Settings)" in warning and "Your shop's name (Settings)" in warning
    assert "it's  from ." in page.message_edit.toPlainText()  # what the warning is about


def test_bulk_messages_count_the_gaps_and_say_so_before_sending(qtbot, context,
                                                                monkeypatch) -> None:
    anna = _customer(context)
    boris = _customer(context, display_name="Борис", first_name="Борис",
                      email="boris@example.com")
    with context.db.transaction() as session:
        session.add(Purchase(customer_id=anna, purchased_on=dt.date(2026, 10, 1),
                             amount_minor=50000, product="Кения АА"))
    own = create_template(context.db, "Mine", "en", "", "How is {{ last_product }}?")
    dialog = BulkSendDialog(context, [anna, boris], "Selection", own)
    qtbot.addWidget(dialog)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    wait_idle(qtbot, context)
    assert len(dialog.plan.items) == 2 and dialog.plan.gaps == {"last_product": 1}
    assert "Product of the last purchase (1)" in dialog.gaps_label.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(
        text) or QMessageBox.StandardButton.No)
    dialog.send_emails()
    assert asked and asked[0].startswith(dialog.gaps_text())
