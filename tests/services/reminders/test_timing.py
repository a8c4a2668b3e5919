"""Reminders read for the day shown: events expire (kept as missed), reasons count to that day,
the after-purchase chain follows the first order, the unreachable are counted apart."""

from __future__ import annotations

import datetime as dt
import json

from app.services.reminders import timing
from app.services.reminders.tasks import today_list
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks

D = dt.timedelta


def _store_task(db, customer_id: int, rule: str, due: dt.date, params: dict) -> None:
    """A task as an earlier version stored it (no `until`)."""
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("INSERT INTO tasks (customer_id, rule, occasion_key, due_on, priority,"
                         " reason_params, template_key) VALUES (?, ?, 'old', ?, 20, ?, ?)",
                         (customer_id, rule, due.isoformat(), json.dumps(params), rule))
    finally:
        conn.close()


def test_a_birthday_greeting_stored_before_expiry_leaves_the_list_and_is_kept_as_missed(
        db, settings, clock):
    """The reported case: "birthday tomorrow (1 December)" still listed on 7 December."""
    only(settings, "birthday")
    cid = add_customer(db)
    _store_task(db, cid, "birthday", dt.date(2026, 11, 27),
                {"date": "2026-12-01", "in_days": 1, "age": None})
    clock.moment = dt.datetime(2026, 11, 30, 9)
    [item] = today_list(db, settings, clock.today()).items
    assert item.reason("en") == "birthday on 1 December (tomorrow)"  # counted to the day shown
    clock.moment = dt.datetime(2026, 12, 1, 9)
    [item] = today_list(db, settings, clock.today()).items
    assert item.reason("en") == "birthday today"
    clock.moment = dt.datetime(2026, 12, 2, 9)
    assert today_list(db, settings, clock.today()).items == []  # even before the day starts
    generate(db, settings, clock.today())
    assert [t["status"] for t in tasks(db)] == ["missed"]
    clock.moment = dt.datetime(2027, 1, 15, 9)
    generate(db, settings, clock.today())
    assert today_list(db, settings, clock.today()).items == []


def test_the_day_3_thank_you_is_gone_when_the_day_14_step_is_due(db, settings, clock):
    only(settings, "sequence", sequence={"steps": [{"day": 3, "template": "thank_you_day_3"},
                                                   {"day": 7, "template": "tip_day_14"}]})
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=3))
    generate(db, settings, clock.today())
    [first] = tasks(db)
    assert first["params"]["until"] == (clock.today() + D(days=3)).isoformat()  # the day before
    for _ in range(4):
        clock.advance(days=1)
        generate(db, settings, clock.today())
    listed = today_list(db, settings, clock.today()).items
    assert [i.rule for i in listed] == ["sequence_day_7"]
    assert [(t["rule"], t["status"]) for t in tasks(db)] == [
        ("sequence_day_3", "missed"), ("sequence_day_7", "open")]


def test_a_done_event_stays_done(db, settings, clock):
    from app.services.reminders.tasks import done

    only(settings, "big_order")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=40), amount=10_000)
    add_order(db, cid, clock.today(), amount=90_000)
    generate(db, settings, clock.today())
    [item] = today_list(db, settings, clock.today()).items
    done(db, item.id, clock.now())
    clock.advance(days=30)
    generate(db, settings, clock.today())
    assert [t["status"] for t in tasks(db)] == ["done"]


def test_reasons_count_to_the_day_shown_not_the_day_found(db, settings, clock):
    only(settings, "rhythm")
    settings.set("daily_capacity", 0)
    cid = add_customer(db)
    for k in (100, 80, 60):  # every 20 days; silent for 60 now: more than 1.5 x 20
        add_order(db, cid, clock.today() - D(days=k))
    generate(db, settings, clock.today())
    first = today_list(db, settings, clock.today()).items[0]
    assert first.reason("en").startswith("60 days without a purchase")
    clock.advance(days=46)
    [item] = today_list(db, settings, clock.today()).items
    assert item.params["days"] == 106
    assert item.reason("en").startswith("106 days without a purchase")
    assert tasks(db)[0]["params"]["days"] == 60  # stored as found; read for the day


def test_the_chain_follows_the_first_order_only_by_default(db, settings, clock):
    only(settings, "sequence")
    new = add_customer(db, "Новая")
    champion = add_customer(db, "Чемпион")
    add_order(db, new, clock.today() - D(days=3))
    for k in range(38):  # a regular: 38 orders, the latest 3 days ago
        add_order(db, champion, clock.today() - D(days=3 + 9 * k))
    generate(db, settings, clock.today())
    assert [(t["customer_id"], t["rule"]) for t in tasks(db)] == [(new, "sequence_day_3")]
    # The newcomer comes back: the chain has done its work and stops.
    add_order(db, new, clock.today())
    clock.advance(days=11)
    generate(db, settings, clock.today())
    assert [t["status"] for t in tasks(db)] == ["skipped"]
    assert today_list(db, settings, clock.today()).items == []


def test_after_every_order_the_champion_is_thanked_too(db, settings, clock):
    only(settings, "sequence", sequence={"after": "every"})
    champion = add_customer(db)
    for k in range(38):
        add_order(db, champion, clock.today() - D(days=3 + 9 * k))
    generate(db, settings, clock.today())
    assert [t["rule"] for t in tasks(db)] == ["sequence_day_3"]


def test_customers_with_no_way_to_reach_them_are_counted_not_listed(db, settings, clock):
    only(settings, "not_bought")
    reachable = add_customer(db, "С телефоном")
    by_mail = add_customer(db, "С почтой", phone=None, email="a@example.com")
    nobody = [add_customer(db, f"Без контакта {n}", phone=None) for n in range(3)]
    for cid in [reachable, by_mail, *nobody]:
        add_order(db, cid, clock.today() - D(days=70))
    settings.set("daily_capacity", 2)
    generate(db, settings, clock.today())
    listed = today_list(db, settings, clock.today())
    assert {i.customer_id for i in listed.items} == {reachable, by_mail}
    assert listed.later == []  # the unreachable take no place and do not wait for one
    assert sorted(i.customer_id for i in listed.unreachable) == nobody


def test_valid_until_for_tasks_stored_without_it():
    due = dt.date(2026, 11, 20)
    assert timing.valid_until("sequence_day_3", {}, due, 7) == dt.date(2026, 11, 27)
    assert timing.valid_until("referral", {}, due, 7) == dt.date(2026, 11, 27)
    assert timing.valid_until("birthday_soon", {"date": "2026-11-30"}, due, 7) == dt.date(
        2026, 11, 29)
    assert timing.valid_until("not_bought_90", {"days": 90}, due, 7) is None
    assert timing.valid_until("sequence_day_3", {"until": "2026-11-22"}, due, 7) == dt.date(
        2026, 11, 22)
    assert timing.for_day("custom", {"days": 45, "since": "2026-10-01"}, dt.date(2026, 11, 20))[
        "days"] == 50
    assert timing.parse_params("not json") == {} and timing.parse_params("[1]") == {}
