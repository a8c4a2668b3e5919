"""Bulk preparation: render for many, skip with reasons, export CSV."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from app.models import Customer
from app.services.database import Database
from app.services.messages.bulk import (
    PREFERRED,
    SKIP_DO_NOT_CONTACT,
    SKIP_NO_CHANNEL,
    SKIP_NOT_FOUND,
    SKIP_RENDER,
    export_csv,
    prepare_bulk,
)
from app.services.messages.library import create_template, ensure_builtin_templates
from app.services.messages.outgoing import OutgoingMessage
from app.services.settings import Settings

TODAY = dt.date(2026, 11, 27)


def add(db: Database, **fields) -> int:
    with db.transaction() as s:
        row = Customer(**fields)
        s.add(row)
        s.flush()
        return row.id


def test_prepare_skips_and_exports(db: Database, settings: Settings, tmp_path: Path) -> None:
    ensure_builtin_templates(db)
    settings.set("shop_name", "Зерно и лист")
    anna = add(db, display_name="Анна", email="anna@example.com", phone_e164="+79123456789",
               preferred_channel="whatsapp")
    boris = add(db, display_name="Борис", phone_e164="+79120000000")
    vera = add(db, display_name="Вера", email="=cmd@example.com", do_not_contact=True)
    plan = prepare_bulk(db, settings, [anna, boris, vera, 999], "winback", "email", "ru", TODAY)
    assert [i.customer_id for i in plan.items] == [anna]
    assert {(s.customer_id, s.reason) for s in plan.skipped} == {
        (boris, SKIP_NO_CHANNEL), (vera, SKIP_DO_NOT_CONTACT), (999, SKIP_NOT_FOUND)}
    assert plan.items[0].body.startswith("Анна, здравствуйте!")
    assert [e.email for e in plan.emails()] == ["anna@example.com"]

    preferred = prepare_bulk(db, settings, [anna, boris], "winback", PREFERRED, "ru", TODAY)
    assert [(i.name, i.channel) for i in preferred.items] == [("Анна", "whatsapp"),
                                                              ("Борис", "whatsapp")]
    assert preferred.emails() == []

    path = tmp_path / "out.csv"
    assert export_csv(plan.items + preferred.items, path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Cyrillic correctly
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["name", "phone", "email", "channel", "text"]
    assert rows[0]["email"] == "anna@example.com" and rows[0]["phone"] == "+79123456789"
    assert rows[0]["text"].startswith("Давно не виделись\n\nАнна")
    assert rows[1]["channel"] == "whatsapp" and rows[1]["text"].startswith("Анна, здравствуйте")


def test_export_escapes_formulas_and_writes_phones_in_e164(tmp_path: Path) -> None:
    items = [OutgoingMessage(1, "whatsapp", "", "-2+3 скидка", name="=HYPERLINK(\"x\")",
                             email="@evil.example", phone="+7 912 345-67-89"),
             OutgoingMessage(2, "sms", "", "Hi", name="Ann", phone="+44 7911 123456")]
    path = tmp_path / "out.csv"
    assert export_csv(items, path) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["phone"] for r in rows] == ["+79123456789", "+447911123456"]
    assert rows[0]["name"] == "'=HYPERLINK(\"x\")" and rows[0]["email"] == "'@evil.example"
    assert rows[0]["text"] == "'-2+3 скидка"


def test_render_errors_become_skips(db: Database, settings: Settings) -> None:
    tid = create_template(db, "Broken", "en", "", "Hi {{ nmae }}")
    cid = add(db, display_name="Ann", email="ann@example.com")
    plan = prepare_bulk(db, settings, [cid], tid, "email", "en", TODAY)
    assert plan.items == [] and plan.skipped[0].reason == SKIP_RENDER
    assert "nmae" in plan.skipped[0].detail
    assert prepare_bulk(db, settings, [cid], "nope", "email", "en", TODAY).problem


def test_prepare_for_the_demo_shop(demo_db: Database, settings: Settings) -> None:
    ensure_builtin_templates(demo_db)
    ids = list(range(1, 361))
    plan = prepare_bulk(demo_db, settings, ids, "soft_reminder", PREFERRED, "ru", TODAY)
    assert len(plan.items) + len(plan.skipped) == 360
    assert len(plan.items) > 300
    assert all("{{" not in i.body and i.body for i in plan.items)


def _task(db: Database, customer_id: int, rule: str, template_key: str | None) -> int:
    from app.models import Task

    with db.transaction() as s:
        task = Task(customer_id=customer_id, rule=rule, occasion_key=f"{rule}:1", due_on=TODAY,
                    template_key=template_key)
        s.add(task)
        s.flush()
        return task.id


def _rows(db: Database, sql: str) -> list[tuple]:
    conn = db.raw_connection()
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_todays_list_uses_each_reminders_script_and_closes_it_on_export(
        db: Database, settings: Settings, tmp_path: Path) -> None:
    from app.services.messages.bulk import EACH_TASK, TaskRef
    from app.services.reminders.answers import log_exported

    ensure_builtin_templates(db)
    anna = add(db, display_name="Анна", first_name="Анна", phone_e164="+79123456789",
               birthday_month=11, birthday_day=30)
    boris = add(db, display_name="Борис", first_name="Борис", phone_e164="+79120000000")
    refs = [TaskRef(_task(db, anna, "birthday", "birthday"), anna, "birthday", "birthday"),
            TaskRef(_task(db, boris, "not_bought_90", "winback"), boris, "not_bought_90",
                    "winback")]
    plan = prepare_bulk(db, settings, [], EACH_TASK, PREFERRED, "ru", TODAY, tasks=refs)
    by_name = {item.name: item for item in plan.items}
    assert by_name["Анна"].template_name != by_name["Борис"].template_name
    assert by_name["Анна"].rule == "birthday" and by_name["Борис"].task_id == refs[1].task_id

    assert log_exported(db, plan.items, dt.datetime(2026, 11, 27, 10)) == 2
    contacts = _rows(db, "SELECT customer_id, outcome, rule, task_id FROM contacts ORDER BY id")
    assert {(c[0], c[1], c[2]) for c in contacts} == {(anna, "exported", "birthday"),
                                                      (boris, "exported", "not_bought_90")}
    assert {r[0] for r in _rows(db, "SELECT status FROM tasks")} == {"done"}


def test_exported_selection_without_reminders_is_logged_too(db: Database,
                                                           settings: Settings) -> None:
    from app.services.reminders.answers import log_exported

    ensure_builtin_templates(db)
    anna = add(db, display_name="Анна", phone_e164="+79123456789")
    plan = prepare_bulk(db, settings, [anna], "winback", "sms", "ru", TODAY)
    log_exported(db, plan.items, dt.datetime(2026, 11, 27, 10))
    assert _rows(db, "SELECT customer_id, channel, outcome, rule FROM contacts") == [
        (anna, "sms", "exported", None)]


def test_sent_emails_close_their_reminders_without_a_second_contact(
        db: Database, settings: Settings) -> None:
    from app.services.messages.bulk import EACH_TASK, TaskRef
    from app.services.messages.contacts import NewContact, log_contact
    from app.services.reminders.answers import close_answered_tasks

    ensure_builtin_templates(db)
    anna = add(db, display_name="Анна", email="anna@example.com")
    ref = TaskRef(_task(db, anna, "milestone_3", "vip_welcome"), anna, "milestone_3",
                  "vip_welcome")
    plan = prepare_bulk(db, settings, [], EACH_TASK, "email", "en", TODAY, tasks=[ref])
    when = dt.datetime(2026, 11, 27, 10)
    # what services.messages.sending logs for each delivered e-mail:
    log_contact(db, NewContact(anna, "email", "sent", plan.items[0].body, task_id=ref.task_id,
                               rule=ref.rule), when)
    assert close_answered_tasks(db, plan.items, when) == 1
    assert _rows(db, "SELECT status FROM tasks") == [("done",)]
    assert len(_rows(db, "SELECT id FROM contacts")) == 1


def test_an_exported_email_is_logged_as_the_customer_reads_it(db: Database,
                                                              settings: Settings) -> None:
    from app.services.reminders.answers import log_exported

    ensure_builtin_templates(db)
    anna = add(db, display_name="Анна", email="anna@example.com")
    plan = prepare_bulk(db, settings, [anna], "winback", "email", "en", TODAY)
    item = plan.items[0]
    log_exported(db, plan.items, dt.datetime(2026, 11, 27, 10))
    [(text,)] = _rows(db, "SELECT text FROM contacts")
    assert item.subject and text == f"{item.subject}\n\n{item.body}"


def test_preferred_channel_follows_the_channel_today_shows(db: Database,
                                                            settings: Settings) -> None:
    from app.services.reminders.tasks import guess_channel

    ensure_builtin_templates(db)
    mail_only = add(db, display_name="Mail Only", email="mail@example.com")
    telegram = add(db, display_name="Tg", telegram="tg_user", email="tg@example.com")
    chose_email = add(db, display_name="Chose", phone_e164="+447700900123",
                      email="chose@example.com", preferred_channel="email")
    phone = add(db, display_name="Phone", phone_e164="+447700900124", email="p@example.com")
    plan = prepare_bulk(db, settings, [mail_only, telegram, chose_email, phone], "winback",
                        PREFERRED, "en", TODAY)
    assert plan.skipped == []
    assert [(i.name, i.channel) for i in plan.items] == [
        ("Mail Only", "email"), ("Tg", "telegram"), ("Chose", "email"), ("Phone", "whatsapp")]
    assert [e.email for e in plan.emails()] == ["mail@example.com", "chose@example.com"]
    assert guess_channel("", "mail@example.com", "") == "email"
