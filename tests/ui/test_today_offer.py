"""Today's reason names what the script offers when the script reads `next_product`."""

from __future__ import annotations

import datetime as dt

from app.services.messages.library import ensure_builtin_templates, find_template, save_template
from app.services.products import owner_pairs
from app.services.reminders.generate import generate_tasks
from app.ui.pages.today_page import TodayPage
from tests.services.reminders.data import add_customer, add_order, only
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> TodayPage:
    generate_tasks(context.db, context.settings, context.clock.today(), context.clock.now())
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_the_reason_names_the_offer_only_when_the_script_uses_it(qtbot, context) -> None:
    db = context.db
    only(context.settings, "not_bought")
    cid = add_customer(db, "Анна")
    add_order(db, cid, context.clock.today() - dt.timedelta(days=75), product="Куртка")
    owner_pairs.add(db, "Куртка", "Шарф")
    ensure_builtin_templates(db)
    page = _page(qtbot, context)
    assert page.reason_label.text() == "no purchases for 75 days"  # the script offers nothing
    script = find_template(db, "soft_reminder", "en")
    assert script is not None and script.id is not None
    save_template(db, script.id, script.name, script.subject,
                  script.body + "{% if next_product %} {{ next_product }}?{% endif %}")
    page._show_selected()  # the script is read again when a task is shown
    assert page.reason_label.text() == "no purchases for 75 days — offer: Шарф"
    assert "Шарф?" in page.message_edit.toPlainText()
