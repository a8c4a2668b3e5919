"""Task generation: idempotency, do-not-contact, the frequency cap, obsolete tasks, priorities."""

from __future__ import annotations

import datetime as dt

from app.services.reminders import catalog
from app.services.reminders.tasks import done, list_today
from tests.services.reminders.data import (
    add_contact,
    add_customer,
    add_order,
    generate,
    only,
    rules_of,
    tasks,
)

D = dt.timedelta


def test_generating_twice_changes_nothing(demo_db, settings, clock):
    first = generate(demo_db, settings, clock.today())
    before = tasks(demo_db)
    second = generate(demo_db, settings, clock.today())
    assert first.created > 20
    assert second.created == 0 and second.retired == 0
    assert tasks(demo_db) == before


def test_do_not_contact_suppresses_every_rule(db, settings, clock):
    cid = add_customer(db, dnc=True, birthday=(11, 28))
    for k in (100, 70, 40, 3):
        add_order(db, cid, clock.today() - D(days=k))
    add_order(db, add_customer(db, "Можно"), clock.today() - D(days=3))
    generate(db, settings, clock.today())
    assert {t["customer_id"] for t in tasks(db)} == {cid + 1}


def test_recently_contacted_customer_waits_for_the_cap(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=200))
    add_contact(db, cid, clock.today() - D(days=62))  # resets the timer ...
    add_contact(db, cid, clock.today() - D(days=3), outcome="failed")  # ... a failure does not
    generate(db, settings, clock.today())
    assert [t["due_on"] for t in tasks(db)] == [clock.today() - D(days=2)]
    add_contact(db, cid, clock.today() - D(days=2), rule="birthday")
    settings.set("frequency_cap_days", 7)
    assert list_today(db, settings, clock.today()) == []
    clock.advance(days=5)  # 7 days after the contact
    [item] = list_today(db, settings, clock.today())
    assert item.overdue_days == 0


def test_a_second_task_for_the_same_customer_is_deferred_by_the_cap(db, settings, clock):
    only(settings, "birthday", "sequence")
    cid = add_customer(db, birthday=(11, 27))
    add_order(db, cid, clock.today() - D(days=3))
    generate(db, settings, clock.today())
    by_rule = {t["rule"]: t["due_on"] for t in tasks(db)}
    assert by_rule == {"birthday": clock.today(), "sequence_day_3": clock.today() + D(days=7)}
    [item] = list_today(db, settings, clock.today())
    assert item.rule == "birthday"


def test_cap_zero_means_no_deferral(db, settings, clock):
    only(settings, "birthday", "sequence")
    settings.set("frequency_cap_days", 0)
    cid = add_customer(db, birthday=(11, 27))
    add_order(db, cid, clock.today() - D(days=3))
    generate(db, settings, clock.today())
    assert {t["due_on"] for t in tasks(db)} == {clock.today()}


def test_a_contact_makes_open_stay_in_touch_tasks_obsolete(db, settings, clock):
    only(settings, "not_bought", "birthday")
    cid = add_customer(db, birthday=(11, 27))
    add_order(db, cid, clock.today() - D(days=60))
    settings.set("frequency_cap_days", 0)
    generate(db, settings, clock.today())
    items = list_today(db, settings, clock.today())
    assert sorted(i.rule for i in items) == ["birthday"]  # one task per customer at a time
    done(db, items[0].id, clock.now())
    generate(db, settings, clock.today())
    assert {t["rule"]: t["status"] for t in tasks(db)} == {"birthday": "done",
                                                          "not_bought": "skipped"}


def test_a_new_purchase_makes_open_not_bought_obsolete(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, clock.today() - D(days=60))
    generate(db, settings, clock.today())
    add_order(db, cid, clock.today())
    generate(db, settings, clock.today())
    assert [t["status"] for t in tasks(db)] == ["skipped"]


def test_priorities_follow_the_issue_order():
    order = ["segment_cant_lose", "segment_at_risk", "birthday", "rhythm", "sequence_day_3",
             "milestone_3"]
    assert [catalog.priority_of(r) for r in order] == sorted(
        catalog.priority_of(r) for r in order)
    assert catalog.priority_of("sequence_day_3") == catalog.priority_of("sequence_day_45")


def test_all_rules_off_generates_nothing(demo_db, settings, clock):
    only(settings)
    result = generate(demo_db, settings, clock.today())
    assert (result.created, rules_of(demo_db)) == (0, [])
