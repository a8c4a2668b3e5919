"""Today's list: overdue carry-over, done / snooze / skip, the badge, "who may come back"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.errors import UserFacingError
from app.services.reminders.tasks import (
    come_back_soon,
    count_today,
    done,
    list_today,
    skip,
    snooze,
    today_list,
)
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks

D = dt.timedelta


@pytest.fixture
def two_tasks(db, settings, clock):
    only(settings, "sequence")
    first = add_customer(db, "Анна")
    second = add_customer(db, "Борис", phone=None, email="boris@example.com")
    add_order(db, first, clock.today() - D(days=3))
    add_order(db, second, clock.today() - D(days=14))
    generate(db, settings, clock.today())
    return first, second


def test_list_shows_due_tasks_and_carries_overdue_ones_over(db, settings, clock, two_tasks):
    items = list_today(db, settings, clock.today())
    assert [(i.name, i.rule, i.overdue) for i in items] == [
        ("Анна", "sequence_day_3", False), ("Борис", "sequence_day_14", False)]
    assert items[0].channel == "whatsapp" and items[1].channel == "email"
    clock.advance(days=2)
    items = list_today(db, settings, clock.today())
    assert [i.overdue_days for i in items] == [2, 2]
    assert count_today(db, settings, clock.today()) == 2


def test_done_logs_a_contact_with_the_task_and_rule(db, settings, clock, two_tasks):
    item = list_today(db, settings, clock.today())[0]
    contact_id = done(db, item.id, clock.now(), channel="whatsapp", text="Спасибо!")
    conn = db.raw_connection()
    row = conn.execute("SELECT customer_id, task_id, rule, channel, text, outcome FROM contacts"
                       " WHERE id = ?", (contact_id,)).fetchone()
    conn.close()
    assert row == (item.customer_id, item.id, "sequence_day_3", "whatsapp", "Спасибо!", "done")
    assert [i.name for i in list_today(db, settings, clock.today())] == ["Борис"]
    with pytest.raises(UserFacingError):
        done(db, item.id, clock.now())


def test_snooze_hides_until_the_chosen_day(db, settings, clock, two_tasks):
    item = list_today(db, settings, clock.today())[0]
    assert snooze(db, item.id, 3, clock.today()) == clock.today() + D(days=3)
    assert [i.name for i in list_today(db, settings, clock.today())] == ["Борис"]
    clock.advance(days=3)
    back = [i for i in list_today(db, settings, clock.today()) if i.name == "Анна"]
    assert back[0].status == "snoozed" and back[0].overdue_days == 0


@pytest.mark.parametrize("days", [1, 3, 7])
def test_a_snoozed_task_stays_hidden_on_every_day_before_its_day(db, settings, clock, two_tasks,
                                                                  days):
    """Walk the clock a day at a time: hidden up to day N-1, back on day N, overdue from N+1."""
    item = list_today(db, settings, clock.today())[0]
    assert item.name == "Анна"
    until = snooze(db, item.id, days, clock.today())
    assert until == clock.today() + D(days=days)
    for offset in range(days + 2):
        listed = {i.name: i for i in list_today(db, settings, clock.today())}
        # A thank-you is an event: back when the snooze ends, gone after its catch-up window.
        still_true = clock.today() <= item.due_on + D(days=7)
        assert ("Анна" in listed) == (until <= clock.today() and still_true), (offset,
                                                                               sorted(listed))
        assert ("Борис" in listed) == still_true  # only the snoozed task is hidden
        assert count_today(db, settings, clock.today()) == len(listed)
        if "Анна" in listed:
            assert listed["Анна"].overdue_days == (clock.today() - until).days
        clock.advance(days=1)


def test_skip_removes_the_task_for_good(db, settings, clock, two_tasks):
    item = list_today(db, settings, clock.today())[0]
    skip(db, item.id, clock.now())
    generate(db, settings, clock.today())
    assert [i.name for i in list_today(db, settings, clock.today())] == ["Борис"]
    assert [t["status"] for t in tasks(db)] == ["skipped", "open"]


def test_do_not_contact_set_later_hides_existing_tasks(db, settings, clock, two_tasks):
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET do_not_contact = TRUE WHERE id = ?", (two_tasks[0],))
    conn.close()
    assert [i.name for i in list_today(db, settings, clock.today())] == ["Борис"]


def test_one_task_per_customer_the_others_wait(db, settings, clock):
    only(settings, "birthday", "sequence")
    settings.set("frequency_cap_days", 0)
    cid = add_customer(db, birthday=(11, 27))
    add_order(db, cid, clock.today() - D(days=3))
    generate(db, settings, clock.today())
    listed = today_list(db, settings, clock.today())
    assert [(i.rule, i.waiting) for i in listed.items] == [("birthday", 1)]
    assert listed.waiting == 1
    assert listed.items[0].group == "Birthdays"


def test_who_may_come_back_soon(db, settings, clock):
    regular = add_customer(db, "Постоянная")
    for k in (55, 35, 15):  # every 20 days: expected in 5 days
        add_order(db, regular, clock.today() - D(days=k))
    add_order(db, add_customer(db, "Разовый"), clock.today() - D(days=10))
    [soon] = come_back_soon(db, clock.today())
    assert (soon.name, soon.expected_on, soon.interval_days) == (
        "Постоянная", clock.today() + D(days=5), 20)


def test_done_after_opening_does_not_log_the_contact_twice(db, settings, clock, two_tasks):
    from tests.services.reminders.data import add_contact

    item = list_today(db, settings, clock.today())[0]
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO contacts (customer_id, contacted_at, outcome, task_id, rule)"
                     " VALUES (?, ?, 'opened', ?, ?)",
                     (item.customer_id, "2026-11-27 09:05:00", item.id, item.rule))
    conn.close()
    add_contact(db, item.customer_id, clock.today() - D(days=30))  # unrelated, older
    first = done(db, item.id, clock.now())
    conn = db.raw_connection()
    count = conn.execute("SELECT COUNT(*) FROM contacts WHERE task_id = ?", (item.id,)).fetchone()
    conn.close()
    assert count == (1,) and first > 0
    assert [t["status"] for t in tasks(db)][:1] == ["done"]


def test_a_broken_script_is_reported_not_silent(db, settings, clock, caplog,
                                                monkeypatch) -> None:
    import logging

    from app.services.reminders import report

    # Reported once per script and process: a run on the other engine may have reported it.
    monkeypatch.setattr(report, "_reported", set())

    from sqlalchemy import select

    from app.models import Template
    from app.services.messages.library import ensure_builtin_templates
    from app.services.reminders.report import message_for
    from app.services.reminders.tasks import TaskItem
    from tests.services.messages.test_bulk import add

    ensure_builtin_templates(db)
    with db.transaction() as s:
        for row in s.scalars(select(Template).where(Template.builtin_key == "birthday")):
            row.body = "Привет {{ first_name }"
    anna = add(db, display_name="Анна", phone_e164="+79123456789")
    item = TaskItem(id=1, customer_id=anna, name="Анна", rule="birthday", due_on=clock.today(),
                    priority=20, params={}, template_key="birthday", channel="whatsapp",
                    phone="+79123456789", email="", telegram="")
    with caplog.at_level(logging.WARNING):
        text = message_for(db, settings, item, "ru", clock.today())
    assert text == ""
    assert "birthday" in caplog.text and "cannot be filled in" in caplog.text
