"""The Autopilot dialog: the 7-day preview with the filled text, and one-click exclusions; the
window's background runner sends what is due."""

from __future__ import annotations

from app.services.autopilot import outbox
from app.services.autopilot.modes import any_automatic, is_automatic
from app.services.reminders.config import load_config
from app.ui.autopilot_runner import AutopilotRunner
from app.ui.dialogs.autopilot_dialog import AutopilotDialog
from tests.services.autopilot.helpers import D, shop, smtp, use_server  # noqa: F401
from tests.services.reminders.data import add_customer, add_order, generate
from tests.ui.conftest import wait_idle


def _rows(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def test_preview_shows_the_week_and_excludes_with_one_click(qtbot, context, db, settings,
                                                             clock) -> None:
    today = clock.today()
    shop(db, settings, today, people=1)  # Покупатель 0: thank-you today
    later = add_customer(db, "Ольга", email="olga@example.com")
    add_order(db, later, today - D(days=1))  # her thank-you comes in 2 days
    generate(db, settings, today)
    dialog = AutopilotDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert [name for _day, name in _rows(dialog)] == ["Покупатель 0", "Ольга"]
    assert "Покупатель" in dialog.text.toPlainText()
    assert "STOP" in dialog.text.toPlainText() or "СТОП" in dialog.text.toPlainText()
    dialog.table.selectRow(1)
    assert "Ольга" in dialog.text.toPlainText()
    dialog.exclude_message.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert [name for _day, name in _rows(dialog)] == ["Покупатель 0"]
    dialog.table.selectRow(0)
    dialog.exclude_person.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert "Nothing goes out automatically" in dialog.status.text()
    assert not dialog.exclude_person.isEnabled()
    people, messages = outbox.exclusions(db)
    assert len(people) == 1 and len(messages) == 1
    wait_idle(qtbot, context)


def test_the_window_runner_sends_in_the_background(qtbot, context, db, settings, clock,
                                                   smtp) -> None:  # noqa: F811
    handler, port = smtp
    clock.moment = clock.moment.replace(hour=10)
    shop(db, settings, clock.today(), people=2)
    use_server(settings, port)
    settings.set("send_delay_seconds", 0.0)
    runner = AutopilotRunner(context)
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    runner.run_now()
    assert runner.running
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert len(handler.messages) == 2
    assert messages == ["Autopilot: 2 sent, 0 failed, 0 waiting."]
    assert runner.line.text() == '<a href="log">Autopilot: 2 sent, 0 failed, 0 waiting.</a>'
    runner.run_now()
    wait_idle(qtbot, context)
    assert len(handler.messages) == 2


def test_the_runner_says_why_messages_wait(qtbot, context, db, settings, clock,
                                           smtp) -> None:  # noqa: F811
    handler, port = smtp
    clock.moment = clock.moment.replace(hour=7)
    shop(db, settings, clock.today(), people=1)
    use_server(settings, port)
    runner = AutopilotRunner(context)
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    runner.run_now()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert handler.messages == []
    assert messages == ["Autopilot: 0 sent, 0 failed, 1 waiting. Quiet hours: automatic e-mails "
                        "go out from 9:00 to 20:00."]


def _mail(settings) -> None:
    settings.set("smtp_host", "smtp.example.com")
    settings.set("smtp_sender_email", "shop@example.com")


def test_first_run_hint_turns_on_two_rules_once(qtbot, context) -> None:
    settings = context.settings
    hidden = AutopilotDialog(context, find_scheduler=lambda: None)  # e-mail not set up yet
    qtbot.addWidget(hidden)
    assert hidden.hint.isHidden()
    _mail(settings)
    dialog = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.hint.isHidden()
    changed: list[str] = []
    context.signals.data_changed.connect(changed.append)
    dialog.hint_on.click()
    assert dialog.hint.isHidden() and changed == ["settings"]
    config = load_config(settings)
    assert is_automatic(config, "sequence_day_3") and is_automatic(config, "birthday")
    assert not is_automatic(config, "sequence_day_14")
    again = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(again)
    assert again.hint.isHidden()
    wait_idle(qtbot, context)


def test_first_run_hint_dismissed_stays_away(qtbot, context) -> None:
    settings = context.settings
    _mail(settings)
    dialog = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(dialog)
    dialog.hint_no.click()
    assert dialog.hint.isHidden()
    assert not any_automatic(load_config(settings))
    again = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(again)
    assert again.hint.isHidden()
    wait_idle(qtbot, context)
def test_no_marketing_consent_shows_why_in_the_preview_and_on_the_card(qtbot, context, db,
                                                                       settings, clock) -> None:
    from app.ui.dialogs.customer_card import CustomerCardDialog

    [cid] = shop(db, settings, clock.today(), people=1)
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET marketing_consent = 0 WHERE id = ?", (cid,))
    conn.close()
    dialog = AutopilotDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, 4).data().startswith("No marketing consent")
    card = CustomerCardDialog(context, cid)
    qtbot.addWidget(card)
    assert "no marketing consent" in card.summary.text()
