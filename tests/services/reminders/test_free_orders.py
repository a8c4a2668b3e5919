"""Reminders count free orders (amount 0) as orders: milestones, rhythm intervals, "not bought",
conversions; a free order is never a big order. The small shop of tests/free_shop.py, walked over
days with the frozen clock (today 2026-11-27)."""

from __future__ import annotations

import datetime as dt

from app.services.reminders.conversion import attribute_conversions
from tests.free_shop import BORIS, EVGENY, GRIGORY, VERA, create_free_shop
from tests.services.reminders.data import (
    add_contact,
    add_customer,
    add_order,
    generate,
    only,
    tasks,
)

D = dt.timedelta


def test_a_free_gift_as_the_third_order_is_the_third_order_milestone(db, settings, clock):
    only(settings, "milestone_3", "milestone_5")
    create_free_shop(db)
    generate(db, settings, clock.today())
    # Вера: sample 29 Aug, paid 28 Sep, gift 22 Nov (5 days ago, inside the 7-day catch-up).
    assert [(t["customer_id"], t["rule"], t["params"]["ordered"]) for t in tasks(db)] == [
        (VERA, "milestone_3", "2026-11-22")]


def test_rhythm_intervals_include_free_orders_walking_the_days(db, settings, clock):
    """Вера's gaps are 30 and 55 days (median 42.5): silent for more than 1.5 x 42.5 = 63.75
    days, i.e. from day 64 after 22 Nov, which is 25 Jan 2027."""
    only(settings, "rhythm")
    create_free_shop(db)
    found = {}
    day = clock.today()
    while day <= dt.date(2027, 2, 15):
        generate(db, settings, day)
        for t in tasks(db):
            found.setdefault((t["customer_id"], t["rule"]), (day, t))
        day += D(days=1)
    assert list(found) == [(VERA, "rhythm")]  # nobody else has three orders
    first_seen, task = found[(VERA, "rhythm")]
    assert first_seen == task["due_on"] == dt.date(2027, 1, 25)
    # The interval shown is the median rounded half to even; "expected" is 22 Nov + 42 days.
    assert (task["params"]["interval"], task["params"]["days"]) == (42, 64)
    assert task["params"]["expected"] == "2027-01-03"
    assert len(tasks(db)) == 1  # walking on adds nothing


def test_not_bought_counts_from_a_free_order(db, settings, clock):
    """Борис's only order is a free sample on 7 Nov: "not bought" is due 60 days later, 6 Jan.
    Евгений (a refund only) never has an order to count from. Григорий (last order 30 Jul, his
    later refund is no order) has been lapsed all along: a state, listed every day."""
    only(settings, "not_bought")
    create_free_shop(db)
    for day in (dt.date(2027, 1, 1) + D(days=k) for k in range(10)):
        generate(db, settings, day)
        due = [(t["customer_id"], t["due_on"]) for t in tasks(db)]
        assert [d for d in due if d[0] in (BORIS, EVGENY)] == (
            [] if day < dt.date(2027, 1, 6) else [(BORIS, dt.date(2027, 1, 6))])
        assert [c for c, _ in due if c not in (BORIS, EVGENY)] == [GRIGORY]


def test_a_free_order_is_never_big_and_does_not_lower_the_average(db, settings, clock):
    only(settings, "big_order")
    today = clock.today()
    # Free, then paid: nothing earlier was paid, so nothing to compare with (no division by 0).
    first_paid = add_customer(db, "Сначала пробник")
    add_order(db, first_paid, today - D(days=60), 0)
    add_order(db, first_paid, today - D(days=1), 100_000)
    # Paid 500 ₽, a free gift, then 1500 ₽: three times the paid average of 500 ₽ (the gift
    # left in the average would make it 250 ₽ and the ratio 6).
    big = add_customer(db, "Большой")
    add_order(db, big, today - D(days=60), 50_000)
    add_order(db, big, today - D(days=30), 0)
    add_order(db, big, today - D(days=1), 150_000)
    # Only free orders: 0 is not three times 0.
    free = add_customer(db, "Только подарки")
    add_order(db, free, today - D(days=30), 0)
    add_order(db, free, today - D(days=1), 0)
    generate(db, settings, today)
    assert [(t["customer_id"], t["params"]["ratio"], t["params"]["average_minor"])
            for t in tasks(db)] == [(big, 3.0, 50_000)]


def test_a_free_sample_after_a_contact_converts_it(db, clock):
    cid = add_customer(db)
    day = clock.today() - D(days=10)
    add_contact(db, cid, day, rule="not_bought")
    add_order(db, cid, day + D(days=2), amount=-5_000)  # a refund: not a visit
    assert attribute_conversions(db, 14) == 0
    add_order(db, cid, day + D(days=4), amount=0)
    assert attribute_conversions(db, 14) == 1


def test_a_free_sample_of_a_category_counts_for_the_category_rule(db, settings, clock):
    only(settings, custom=[{"id": "tea", "days": 45, "category": "чай", "template": "upsell"}])
    today = clock.today()
    sampled = add_customer(db, "Пробовала чай")
    add_order(db, sampled, today - D(days=45), category="Чай")
    add_order(db, sampled, today - D(days=10), 0, category="Чай")  # a free tea sample: a visit
    refunded = add_customer(db, "Вернул чай")
    add_order(db, refunded, today - D(days=45), category="Чай")
    add_order(db, refunded, today - D(days=10), -50_000, category="Чай")  # a refund is not
    generate(db, settings, today)
    assert [(t["customer_id"], t["params"]["since"]) for t in tasks(db)] == [
        (refunded, (today - D(days=45)).isoformat())]
