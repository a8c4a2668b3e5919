"""What counts as a contact, and each person counted once a day (services.messages.contacts).

Copy logs nothing (tests/ui/test_send_dialog.py checks the button); here: the actions that log,
the same-day upgrade, Done after an open or after a copy, and the daily capacity walked over days.
"""

from __future__ import annotations

import datetime as dt

from app.models import Task
from app.services.day import refresh_day
from app.services.messages.contacts import NewContact, log_contact
from app.services.messages.outgoing import OutgoingMessage
from app.services.reminders.answers import log_exported
from app.services.reminders.tasks import done, today_list
from tests.services.reminders.data import add_customer, add_order, only

D = dt.timedelta


def rows(db) -> list[tuple]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT customer_id, date(contacted_at), channel, outcome, text,"
                            " task_id, rule FROM contacts ORDER BY id").fetchall()
    finally:
        conn.close()


def touch(cid: int, outcome: str, channel: str = "whatsapp", text: str = "Привет",
          task_id: int | None = None, rule: str | None = None) -> NewContact:
    return NewContact(cid, channel, outcome, text, task_id=task_id, rule=rule)


def test_open_twice_the_same_day_is_one_contact(db, clock):
    cid = add_customer(db)
    first = log_contact(db, touch(cid, "opened"), clock.now())
    second = log_contact(db, touch(cid, "opened", text="Привет!"), clock.now() + D(hours=2))
    assert first == second
    assert rows(db) == [(cid, clock.today().isoformat(), "whatsapp", "opened", "Привет!",
                         None, None)]


def test_a_stronger_action_upgrades_and_a_weaker_one_does_not(db, clock):
    cid = add_customer(db)
    log_contact(db, touch(cid, "opened"), clock.now())
    log_contact(db, touch(cid, "sent", channel="email", text="Тема\n\nПисьмо"), clock.now())
    log_contact(db, touch(cid, "opened", channel="sms", text="СМС"), clock.now())  # weaker
    assert [r[2:5] for r in rows(db)] == [("email", "sent", "Тема\n\nПисьмо")]


def test_each_day_is_its_own_contact_and_each_person_their_own(db, clock):
    anna, boris = add_customer(db, "Анна"), add_customer(db, "Борис")
    log_contact(db, touch(anna, "opened"), clock.now())
    log_contact(db, touch(boris, "opened"), clock.now())
    log_contact(db, touch(anna, "opened"), clock.now() + D(days=1))
    assert [(r[0], r[1]) for r in rows(db)] == [
        (anna, clock.today().isoformat()), (boris, clock.today().isoformat()),
        (anna, (clock.today() + D(days=1)).isoformat())]


def test_a_failed_email_never_merges(db, clock):
    cid = add_customer(db)
    log_contact(db, touch(cid, "failed", channel="email"), clock.now())
    log_contact(db, touch(cid, "opened"), clock.now())
    assert [r[3] for r in rows(db)] == ["failed", "opened"]


def test_a_later_touch_from_a_reminder_gives_the_day_its_reminder(db, clock):
    cid = add_customer(db)
    log_contact(db, touch(cid, "opened"), clock.now())  # from the customer's card
    with db.transaction() as s:
        task = Task(customer_id=cid, rule="birthday", occasion_key="b", due_on=clock.today())
        s.add(task)
        s.flush()
        task_id = task.id
    log_contact(db, touch(cid, "done", task_id=task_id, rule="birthday"), clock.now())
    assert [r[3:] for r in rows(db)] == [("done", "Привет", task_id, "birthday")]


def reminders(db, settings, clock, n: int) -> list[int]:
    """`n` lapsed customers with a not-bought reminder each, due today."""
    only(settings, "not_bought")
    ids = []
    for k in range(n):
        cid = add_customer(db, f"Покупатель {k:02d}")
        add_order(db, cid, clock.today() - D(days=75), amount=100_000 + 10_000 * k)
        ids.append(cid)
    refresh_day(db, settings, clock.today(), clock.now())
    return ids


def test_copy_then_open_then_done_is_one_contact(db, settings, clock):
    reminders(db, settings, clock, 1)
    [item] = today_list(db, settings, clock.today()).items
    message = OutgoingMessage(item.customer_id, "whatsapp", "", "Мы скучаем", task_id=item.id,
                              rule=item.rule)
    # Copy logs nothing (message_actions.copy_message); Open logs the contact...
    log_contact(db, message.contact("opened"), clock.now())
    # ...and Done, later the same day or days after, upgrades it instead of adding one.
    done(db, item.id, clock.now() + D(days=1), channel="whatsapp", text="Мы скучаем")
    assert [r[2:] for r in rows(db)] == [("whatsapp", "done", "Мы скучаем", item.id,
                                          "not_bought")]


def test_copy_alone_then_done_logs_the_contact_once(db, settings, clock):
    reminders(db, settings, clock, 1)
    [item] = today_list(db, settings, clock.today()).items
    assert rows(db) == []  # the copy
    done(db, item.id, clock.now(), channel="whatsapp", text="Мы скучаем")
    assert [r[3:] for r in rows(db)] == [("done", "Мы скучаем", item.id, "not_bought")]


def test_export_after_open_is_the_same_contact(db, settings, clock):
    reminders(db, settings, clock, 1)
    [item] = today_list(db, settings, clock.today()).items
    message = OutgoingMessage(item.customer_id, "sms", "", "Ждём вас", task_id=item.id,
                              rule=item.rule)
    log_contact(db, message.contact("opened"), clock.now())
    assert log_exported(db, [message], clock.now()) == 1
    assert [r[2:4] for r in rows(db)] == [("sms", "exported")]


def test_capacity_over_days_counts_people_once_and_copies_not_at_all(db, settings, clock):
    """Capacity 3, five reminders. Day 1: she copies to everyone listed (no place used), opens
    the first two twice each, then Done for them: two people used two places, so the third
    stays and the fourth steps up. Day 2: the rest come up; nothing piles up or repeats."""
    settings.set("daily_capacity", 3)
    ids = reminders(db, settings, clock, 5)
    order = ids[::-1]  # the most money first
    day1 = today_list(db, settings, clock.today())
    assert [t.customer_id for t in day1.items] == order[:3]
    for item in day1.items[:2]:
        message = OutgoingMessage(item.customer_id, "whatsapp", "", "Привет", task_id=item.id,
                                  rule=item.rule)
        for _ in range(2):
            log_contact(db, message.contact("opened"), clock.now())
    still = today_list(db, settings, clock.today())
    assert still.contacted_today == 2
    assert [t.customer_id for t in still.items] == order[:3]  # the opened keep their places
    for item in day1.items[:2]:
        done(db, item.id, clock.now())
    after = today_list(db, settings, clock.today())
    assert [t.customer_id for t in after.items] == [order[2]]
    assert [t.customer_id for t in after.later] == order[3:]
    assert len(rows(db)) == 2
    done(db, after.items[0].id, clock.now())  # copied, then Done: the third contact
    assert today_list(db, settings, clock.today()).day_done
    clock.advance(days=1)
    refresh_day(db, settings, clock.today(), clock.now())
    day2 = today_list(db, settings, clock.today())
    assert [t.customer_id for t in day2.items] == order[3:]
    assert (day2.contacted_today, day2.later) == (0, [])
    for item in day2.items:
        done(db, item.id, clock.now())
    assert len(rows(db)) == 5 and {r[0] for r in rows(db)} == set(ids)
