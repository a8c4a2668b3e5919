"""The daily capacity: who is on today's list, who waits, and how the waiting come up, by day."""

from __future__ import annotations

import datetime as dt

from app.services.day import refresh_day
from app.services.demo import create_demo_shop
from app.services.reminders.tasks import count_today, done, skip, today_list
from tests.services.reminders.data import add_contact, add_customer, add_order, only

D = dt.timedelta


def morning(db, settings, clock):
    refresh_day(db, settings, clock.today(), clock.now())
    return today_list(db, settings, clock.today())


def lapsed(db, clock, n: int, *, amounts=None) -> list[int]:
    """`n` customers, each with one purchase 75 days ago (amounts default to 1000, 1100, ...)."""
    ids = []
    for k in range(n):
        cid = add_customer(db, f"Покупатель {k:02d}")
        add_order(db, cid, clock.today() - D(days=75),
                  amount=(amounts[k] if amounts else 100_000 + 10_000 * k))
        ids.append(cid)
    return ids


def test_priority_first_then_money_spent_then_orders(db, settings, clock):
    only(settings, "not_bought", "birthday")
    settings.set("daily_capacity", 3)
    small, big, middle, tie_more_orders = (add_customer(db, n) for n in "ABCD")
    add_order(db, small, clock.today() - D(days=75), amount=50_000)
    add_order(db, big, clock.today() - D(days=75), amount=900_000)
    add_order(db, middle, clock.today() - D(days=75), amount=300_000)
    for k in (140, 75):  # the same 300.00 as `middle`, in two orders
        add_order(db, tie_more_orders, clock.today() - D(days=k), amount=150_000)
    birthday = add_customer(db, "E", birthday=(clock.today().month, clock.today().day))
    add_order(db, birthday, clock.today() - D(days=20), amount=1_000)
    listed = morning(db, settings, clock)
    assert [t.customer_id for t in listed.items] == [birthday, big, tie_more_orders]
    assert [t.customer_id for t in listed.later] == [middle, small]
    assert [t.spent_minor for t in listed.items] == [1_000, 900_000, 300_000]


def test_capacity_zero_means_no_limit(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 0)
    lapsed(db, clock, 20)
    listed = morning(db, settings, clock)
    assert (len(listed.items), listed.later) == (20, [])


def test_the_waiting_come_up_on_the_next_days_in_order(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 6)
    ids = lapsed(db, clock, 20)
    order = ids[::-1]  # the most money first
    first = morning(db, settings, clock)
    assert [t.customer_id for t in first.items] == order[:6]
    assert [t.customer_id for t in first.later] == order[6:]
    assert count_today(db, settings, clock.today()) == 6  # the badge counts today's list
    contacted: list[int] = []
    day_lists = []
    for _day in range(6):
        listed = morning(db, settings, clock)
        day_lists.append([t.customer_id for t in listed.items])
        for item in listed.items:
            done(db, item.id, clock.now())
            contacted.append(item.customer_id)
        after = today_list(db, settings, clock.today())
        # Today's places are used: the list is empty and says who waits, nothing comes in.
        assert after.items == [] and after.contacted_today == len(listed.items)
        assert len(after.later) == 20 - len(contacted)
        assert after.day_done == bool(after.later)
        clock.advance(days=1)
    assert day_lists == [order[:6], order[6:12], order[12:18], order[18:], [], []]
    assert sorted(contacted) == sorted(ids)  # everyone once, nobody lost, nothing piled up


def test_a_day_without_work_keeps_the_same_people_and_the_list_never_grows(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 5)
    lapsed(db, clock, 12)
    first = [t.customer_id for t in morning(db, settings, clock).items]
    for _ in range(30):
        clock.advance(days=1)
        listed = morning(db, settings, clock)
        assert [t.customer_id for t in listed.items] == first
        assert len(listed.later) == 7
    assert all(t.overdue_days == 30 for t in listed.items)


def test_skip_frees_a_place_the_same_day(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 3)
    ids = lapsed(db, clock, 5)
    listed = morning(db, settings, clock)
    skip(db, listed.items[0].id, clock.now())
    again = today_list(db, settings, clock.today())
    assert [t.customer_id for t in again.items] == [ids[3], ids[2], ids[1]]
    assert [t.customer_id for t in again.later] == [ids[0]]


def test_an_opened_message_keeps_its_place_without_taking_two(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 3)
    ids = lapsed(db, clock, 5)
    listed = morning(db, settings, clock)
    conn = db.raw_connection()
    with conn:  # opening a message logs a contact for the task; the task stays open until Done
        conn.execute("INSERT INTO contacts (customer_id, contacted_at, outcome, task_id, rule)"
                     " VALUES (?, ?, 'opened', ?, ?)",
                     (ids[4], clock.now().isoformat(sep=" "), listed.items[0].id,
                      listed.items[0].rule))
    conn.close()
    again = today_list(db, settings, clock.today())
    assert [t.customer_id for t in again.items] == [ids[4], ids[3], ids[2]]
    assert len(again.later) == 2


def test_contacts_outside_the_list_use_no_place(db, settings, clock):
    only(settings, "not_bought")
    settings.set("daily_capacity", 3)
    lapsed(db, clock, 5)
    morning(db, settings, clock)
    add_contact(db, add_customer(db, "Другой"), clock.today())  # a mailing, not the list
    assert len(today_list(db, settings, clock.today()).items) == 3


def test_first_morning_after_importing_two_years_lists_every_lapsed_customer(db, settings,
                                                                             clock):
    today = clock.today()
    create_demo_shop(db, today, seed=11, customers=300)
    listed = morning(db, settings, clock)
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT p.customer_id FROM purchases p JOIN customers c ON c.id = p.customer_id"
            " WHERE p.amount_minor > 0 AND NOT c.do_not_contact"
            " GROUP BY p.customer_id HAVING MAX(p.purchased_on) <= ?",
            ((today - D(days=60)).isoformat(),)).fetchall()
    finally:
        conn.close()
    lapsed_ids = {r[0] for r in rows}
    on_today = {t.customer_id for t in listed.items}
    waiting = {t.customer_id for t in listed.later}
    assert len(lapsed_ids) > 100
    assert lapsed_ids <= on_today | waiting
    assert len(listed.items) == 15  # a morning's work, not a hundred tasks
    assert not on_today & waiting
    for part in (listed.items, listed.later):  # each in the list's order
        assert [t.priority for t in part] == sorted(t.priority for t in part)
    # The places go in that order, except that an event on its last day (a birthday greeting)
    # goes first: tomorrow it would be gone, while the lapsed are still lapsed.
    last_day = {t.id for t in listed.items + listed.later if t.until == today}
    assert last_day and last_day <= {t.id for t in listed.items}
    rest = sorted(listed.items + listed.later,
                  key=lambda t: (t.priority, -t.at_stake_minor, -t.spent_minor))
    assert {t.id for t in listed.items} == last_day | {
        t.id for t in [t for t in rest if t.id not in last_day][:15 - len(last_day)]}
