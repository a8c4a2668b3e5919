"""States against events, walked over many days with an injected date.

A state (not bought for N days and its win-back levels, rhythm, a segment move) stays due while it
holds, however long ago it began; an event (the after-purchase steps, big orders) keeps the
catch-up window.
"""

from __future__ import annotations

import datetime as dt

from app.services.day import refresh_day
from app.services.reminders.tasks import done, skip, today_list
from tests.services.reminders.data import (
    add_contact,
    add_customer,
    add_order,
    generate,
    only,
    set_segment,
    tasks,
)

D = dt.timedelta


def morning(db, settings, clock):
    """The day's reminders generated, then the day's list (the figures refresh_day would
    recompute are not read by these rules)."""
    generate(db, settings, clock.today())
    return today_list(db, settings, clock.today())


def lapse_rules(listed, cid) -> list[str]:
    return [t.rule for t in listed.items if t.customer_id == cid]


def open_lapse_tasks(db, cid) -> list[dict]:
    return [t for t in tasks(db, "open") if t["customer_id"] == cid
            and t["rule"].startswith("not_bought")]


def test_a_75_day_lapse_is_listed_and_stays_listed_until_someone_acts(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=75))
    seen = []
    for since in range(75, 90):
        listed = morning(db, settings, clock)
        seen.append(lapse_rules(listed, cid))
        [task] = open_lapse_tasks(db, cid)
        assert task["params"]["days"] == since  # the reason is today's, not the first day's
        clock.advance(days=1)
    assert seen == [["not_bought"]] * 15
    assert len(tasks(db)) == 1


def test_only_the_highest_level_reached_is_suggested_one_task_per_lapse(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=70))
    rules_by_day = {}
    start = clock.today()
    # Every 7th day and both sides of each level (a day walk of 330 days takes half a minute).
    days = sorted(set(range(70, 400, 7)) | {89, 90, 179, 180, 364, 365, 399})
    for since in days:
        clock.moment = dt.datetime.combine(start + D(days=since - 70), dt.time(9))
        listed = morning(db, settings, clock)
        rules_by_day[since] = lapse_rules(listed, cid)
        assert len(open_lapse_tasks(db, cid)) == 1
    assert rules_by_day[89] == ["not_bought"]
    assert rules_by_day[90] == rules_by_day[179] == ["not_bought_90"]
    assert rules_by_day[180] == rules_by_day[364] == ["not_bought_180"]
    assert rules_by_day[365] == rules_by_day[399] == ["not_bought_365"]
    [task] = tasks(db)  # raised in place: still the one task, first listed on day 70
    assert task["due_on"] == start - D(days=10)
    assert task["template"] == "winback" and task["priority"] == 35


def test_a_first_listing_of_a_long_lapse_is_its_highest_level(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=200))
    assert lapse_rules(morning(db, settings, clock), cid) == ["not_bought_180"]


def test_skipping_keeps_the_lapse_quiet_until_the_customer_buys(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=75))
    [item] = morning(db, settings, clock).items
    skip(db, item.id, clock.now())
    for _ in range(0, 400, 5):  # past every win-back level
        clock.advance(days=5)
        assert morning(db, settings, clock).items == []
    assert [t["status"] for t in tasks(db)] == ["skipped"]
    add_order(db, cid, clock.today())
    clock.advance(days=60)
    assert lapse_rules(morning(db, settings, clock), cid) == ["not_bought"]


def test_a_purchase_ends_the_state(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=75))
    assert lapse_rules(morning(db, settings, clock), cid) == ["not_bought"]
    add_order(db, cid, clock.today())
    listed_on = []
    for _ in range(60):
        clock.advance(days=1)
        listed_on.append(bool(morning(db, settings, clock).items))
    assert listed_on == [False] * 59 + [True]  # 60 days after the new purchase
    assert [t["status"] for t in tasks(db)] == ["skipped", "open"]


def test_a_contact_ends_the_state_and_the_wait_starts_again(db, settings, clock):
    only(settings, "not_bought")
    settings.set("frequency_cap_days", 0)
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=75))
    morning(db, settings, clock)
    add_contact(db, cid, clock.today())  # written to outside the list: the task is retired
    listed_on = []
    for _ in range(60):
        clock.advance(days=1)
        listed_on.append(lapse_rules(morning(db, settings, clock), cid))
    # 60 days after the contact; 135 days since the purchase: the 90-day level. The retired
    # task does not count as skipped by the owner.
    assert listed_on == [[]] * 59 + [["not_bought_90"]]


def test_done_on_the_list_means_the_next_level_comes_later(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=100))
    [item] = morning(db, settings, clock).items
    assert item.rule == "not_bought_90"
    done(db, item.id, clock.now())
    listed_on = []
    for _ in range(100, 180):  # each level once per lapse: the 90-day one is done
        clock.advance(days=1)
        listed_on.append(lapse_rules(morning(db, settings, clock), cid))
    assert listed_on == [[]] * 79 + [["not_bought_180"]]


def test_a_full_first_morning_refresh_lists_a_long_lapse(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=75))
    refresh_day(db, settings, clock.today(), clock.now())
    assert lapse_rules(today_list(db, settings, clock.today()), cid) == ["not_bought"]


def test_rhythm_is_a_state_too(db, settings, clock):
    only(settings, "rhythm")
    cid = add_customer(db)
    for k in (160, 140, 120, 100):  # every 20 days, then silent for 100: overdue since day 31
        add_order(db, cid, clock.today() - D(days=k))
    generate(db, settings, clock.today())
    assert [t["rule"] for t in tasks(db)] == ["rhythm"]


def test_a_segment_move_is_remembered_past_the_next_snapshot(db, settings, clock):
    only(settings, "segment_at_risk", "segment_cant_lose")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=120))
    set_segment(db, cid, "at_risk", (clock.today() - D(days=50), "loyal"))
    set_segment(db, cid, "at_risk", (clock.today() - D(days=20), "at_risk"))
    before = add_customer(db, "Раньше")  # in another segment only before their last purchase
    add_order(db, before, clock.today() - D(days=30))
    set_segment(db, before, "at_risk", (clock.today() - D(days=50), "loyal"))
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customer_stats SET last_order_on = ? WHERE customer_id = ?",
                     ((clock.today() - D(days=30)).isoformat(), before))
    conn.close()
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert (task["customer_id"], task["rule"], task["params"]["previous"]) == (
        cid, "segment_at_risk", "loyal")


def test_events_still_expire_after_the_catch_up_window(db, settings, clock):
    only(settings, "sequence", "big_order", sequence={"after": "every"})
    in_time = add_customer(db, "Вовремя")
    late = add_customer(db, "Поздно")
    add_order(db, in_time, clock.today() - D(days=10))  # the day-3 step fell due 7 days ago
    add_order(db, late, clock.today() - D(days=11))  # ... 8 days ago: not dug up
    for cid in (in_time, late):  # a big order 8 days ago: not dug up either
        add_order(db, cid, clock.today() - D(days=300), amount=1_000)
    generate(db, settings, clock.today())
    assert [(t["customer_id"], t["rule"]) for t in tasks(db)] == [(in_time, "sequence_day_3")]
