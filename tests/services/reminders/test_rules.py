"""Each reminder rule with a frozen clock, including its boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.reminders.reasons import format_reason
from tests.services.reminders.data import (
    add_contact,
    add_customer,
    add_order,
    generate,
    only,
    rules_of,
    set_segment,
    tasks,
)

D = dt.timedelta


def ago(clock, days: int) -> dt.date:
    return clock.today() - D(days=days)


# --- not bought in N days ------------------------------------------------------------------


@pytest.mark.parametrize(("days", "expected"), [(59, []), (60, ["not_bought"]),
                                                (68, ["not_bought"]), (89, ["not_bought"]),
                                                (90, ["not_bought_90"])])
def test_not_bought_starts_at_exactly_60_days_and_holds_without_a_catch_up_cutoff(
        db, settings, clock, days, expected):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, days))
    generate(db, settings, clock.today())
    assert rules_of(db) == expected  # a state: no catch-up window


def test_not_bought_suggests_only_the_highest_level_reached(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 181))
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert task["rule"] == "not_bought_180"
    assert task["template"] == "winback"
    assert task["occasion_key"] == f"lapse:{ago(clock, 181).isoformat()}"
    assert task["params"]["days"] == 181


def test_not_bought_fires_once_per_lapse_and_again_after_a_new_purchase(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 60))
    generate(db, settings, clock.today())
    clock.advance(days=1)
    generate(db, settings, clock.today())
    assert rules_of(db) == ["not_bought"]
    add_order(db, cid, clock.today())
    clock.advance(days=60)
    generate(db, settings, clock.today())
    assert rules_of(db) == ["not_bought", "not_bought"]


def test_a_contact_restarts_the_not_bought_wait(db, settings, clock):
    only(settings, "not_bought")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 95))
    add_contact(db, cid, ago(clock, 30))
    generate(db, settings, clock.today())
    assert rules_of(db) == []
    clock.advance(days=30)  # 60 days after the contact, 125 after the order
    generate(db, settings, clock.today())
    assert rules_of(db) == ["not_bought_90"]


# --- own rhythm ------------------------------------------------------------------------------


def _every_30_days(db, clock, last_ago: int, orders: int = 4) -> int:
    cid = add_customer(db)
    for k in range(orders):
        add_order(db, cid, ago(clock, last_ago + 30 * k))
    return cid


def test_rhythm_needs_more_than_one_and_a_half_intervals(db, settings, clock):
    only(settings, "rhythm")
    _every_30_days(db, clock, 45)  # exactly 1.5x: not yet
    generate(db, settings, clock.today())
    assert rules_of(db) == []
    clock.advance(days=1)
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert task["rule"] == "rhythm"
    assert task["params"]["interval"] == 30
    assert task["params"]["days"] == 46
    assert task["params"]["expected"] == (clock.today() - D(days=16)).isoformat()
    assert format_reason("rhythm", task["params"], "en").startswith(
        "46 days without a purchase; usually every 30 days")
    assert format_reason("rhythm", task["params"], "ru").startswith(
        "46 дней без покупок, а обычно раз в 30 дней")


def test_rhythm_needs_three_orders(db, settings, clock):
    only(settings, "rhythm")
    _every_30_days(db, clock, 50, orders=2)
    generate(db, settings, clock.today())
    assert rules_of(db) == []


# --- after-purchase sequence ------------------------------------------------------------------


@pytest.mark.parametrize(("days", "rule"), [(2, None), (3, "sequence_day_3"),
                                            (14, "sequence_day_14"), (30, "sequence_day_30"),
                                            (60, "sequence_day_60"), (22, None)])
def test_sequence_step_due_today(db, settings, clock, days, rule):
    only(settings, "sequence")
    add_order(db, add_customer(db), ago(clock, days))
    generate(db, settings, clock.today())
    assert rules_of(db) == ([rule] if rule else [])


def test_sequence_after_every_order_restarts_when_the_customer_buys_again(db, settings, clock):
    only(settings, "sequence", sequence={"after": "every"})
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 3))
    generate(db, settings, clock.today())
    [first] = tasks(db)
    assert first["rule"] == "sequence_day_3"
    add_order(db, cid, clock.today() + D(days=2))
    clock.advance(days=11)  # day 14 of the old order, day 9 of the new one
    generate(db, settings, clock.today())
    new_order = (clock.today() - D(days=9)).isoformat()
    assert [(t["rule"], t["status"], t["params"]["ordered"]) for t in tasks(db)] == [
        ("sequence_day_3", "skipped", first["params"]["ordered"]),  # no day 14 for the old one
        ("sequence_day_3", "open", new_order),  # a new sequence from the new purchase
    ]
    clock.advance(days=5)  # day 14 of the new order
    generate(db, settings, clock.today())
    assert tasks(db)[-1]["rule"] == "sequence_day_14"
    assert tasks(db)[-1]["params"]["ordered"] == (clock.today() - D(days=14)).isoformat()


def test_sequence_steps_are_editable(db, settings, clock):
    only(settings, "sequence", sequence={"steps": [{"day": 5, "template": "upsell"}]})
    add_order(db, add_customer(db), ago(clock, 5))
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert (task["rule"], task["template"]) == ("sequence_day_5", "upsell")


# --- birthdays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("in_days", "hit"), [(0, True), (1, False), (3, False), (-1, False)])
def test_the_birthday_greeting_is_due_on_the_day_only(db, settings, clock, in_days, hit):
    only(settings, "birthday")
    day = clock.today() + D(days=in_days)
    add_customer(db, birthday=(day.month, day.day))
    generate(db, settings, clock.today())
    assert rules_of(db) == (["birthday"] if hit else [])


@pytest.mark.parametrize(("in_days", "rules"), [(0, ["birthday"]), (1, ["birthday_soon"]),
                                                (3, ["birthday_soon"]), (4, []), (-1, [])])
def test_the_heads_up_comes_days_before_without_a_greeting_script(db, settings, clock, in_days,
                                                                  rules):
    only(settings, "birthday", birthday={"heads_up_days": 3})
    day = clock.today() + D(days=in_days)
    add_customer(db, birthday=(day.month, day.day))
    generate(db, settings, clock.today())
    assert rules_of(db) == rules
    if rules == ["birthday_soon"]:
        [task] = tasks(db)
        assert task["template"] is None  # "prepare a gift": nothing to send yet
        assert task["due_on"] == day - D(days=3)
        assert task["params"]["until"] == (day - D(days=1)).isoformat()


def test_birthday_with_year_tells_the_age_and_is_due_on_the_day(db, settings, clock):
    only(settings, "birthday")
    add_customer(db, birthday=(11, 27), year=1986)
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert task["due_on"] == dt.date(2026, 11, 27)
    assert task["params"] == {"date": "2026-11-27", "in_days": 0, "age": 40,
                              "until": "2026-11-27"}
    assert (task["occasion_key"], task["template"]) == ("year:2026", "birthday")
    assert format_reason("birthday", task["params"], "ru") == (
        "день рождения сегодня, исполняется 40 лет")


def test_29_february_is_greeted_on_28_february_in_other_years(db, settings, clock):
    only(settings, "birthday")
    add_customer(db, birthday=(2, 29))
    clock.moment = dt.datetime(2027, 2, 28, 9)
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert task["params"]["date"] == "2027-02-28"
    clock.moment = dt.datetime(2028, 2, 28, 9)  # a leap year: not yet
    generate(db, settings, clock.today())
    assert len(tasks(db)) == 1
    clock.moment = dt.datetime(2028, 2, 29, 9)  # the real day
    generate(db, settings, clock.today())
    assert tasks(db)[-1]["params"]["date"] == "2028-02-29"


def test_a_heads_up_for_early_january_is_found_in_december(db, settings, clock):
    only(settings, "birthday", birthday={"heads_up_days": 3})
    add_customer(db, birthday=(1, 1))
    clock.moment = dt.datetime(2026, 12, 30, 9)
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert (task["rule"], task["occasion_key"], task["params"]["in_days"]) == (
        "birthday_soon", "year:2027", 2)
    assert task["params"]["age"] is None
    assert format_reason("birthday_soon", task["params"], "en") == (
        "birthday on 1 January (in 2 days) — prepare a gift")


def test_impossible_birthday_is_ignored(db, settings, clock):
    only(settings, "birthday")
    add_customer(db, birthday=(11, 31))  # 31 November does not exist
    generate(db, settings, clock.today())
    assert rules_of(db) == []


# --- milestones, big orders, referrals ----------------------------------------------------------


def test_third_and_fifth_orders_are_milestones(db, settings, clock):
    only(settings, "milestone_3", "milestone_5")
    three = add_customer(db, "Три")
    for k in (40, 20, 1):
        add_order(db, three, ago(clock, k))
    five = add_customer(db, "Пять")
    for k in (100, 80, 60, 40, 2):
        add_order(db, five, ago(clock, k))
    generate(db, settings, clock.today())
    assert [(t["customer_id"], t["rule"], t["template"]) for t in tasks(db)] == [
        (three, "milestone_3", "vip_welcome"), (five, "milestone_5", "next_wish_5th")]


@pytest.mark.parametrize(("amount", "hit"), [(300_000, True), (299_999, False)])
def test_big_order_is_three_times_the_previous_average(db, settings, clock, amount, hit):
    only(settings, "big_order")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 60), 50_000)
    add_order(db, cid, ago(clock, 30), 150_000)
    add_order(db, cid, ago(clock, 1), amount)
    generate(db, settings, clock.today())
    assert rules_of(db) == (["big_order"] if hit else [])
    if hit:
        assert tasks(db)[0]["params"]["ratio"] == 3.0


def test_referral_after_a_repeat_purchase_at_most_once_per_90_days(db, settings, clock):
    only(settings, "referral")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 40))
    add_order(db, cid, ago(clock, 7))
    add_order(db, add_customer(db, "Один раз"), ago(clock, 7))  # not a repeat
    generate(db, settings, clock.today())
    assert [(t["customer_id"], t["rule"]) for t in tasks(db)] == [(cid, "referral")]
    add_order(db, cid, clock.today() + D(days=1))
    clock.advance(days=8)
    generate(db, settings, clock.today())
    assert len(tasks(db)) == 1


# --- segment change ------------------------------------------------------------------------------


def test_moving_into_at_risk_since_the_last_snapshot(db, settings, clock):
    only(settings, "segment_at_risk", "segment_cant_lose")
    moved = add_customer(db, "Ушла")
    stayed = add_customer(db, "Была")
    for cid in (moved, stayed):
        add_order(db, cid, ago(clock, 100))
    set_segment(db, moved, "at_risk", (ago(clock, 20), "loyal"))
    set_segment(db, stayed, "cant_lose", (ago(clock, 20), "cant_lose"))
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert (task["customer_id"], task["rule"], task["priority"]) == (moved, "segment_at_risk", 15)
    assert format_reason(task["rule"], task["params"], "en") == (
        "no purchases for 100 days, though they used to buy regularly (Loyal → At risk)")


def test_no_earlier_snapshot_means_no_movement(db, settings, clock):
    only(settings, "segment_at_risk", "segment_cant_lose")
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 100))
    set_segment(db, cid, "cant_lose", (clock.today(), "cant_lose"))
    generate(db, settings, clock.today())
    assert rules_of(db) == []


# --- custom ---------------------------------------------------------------------------------------


def test_custom_rule_limited_to_a_category(db, settings, clock):
    only(settings, custom=[{"id": "tea", "days": 45, "category": "чай", "template": "upsell"}])
    cid = add_customer(db)
    add_order(db, cid, ago(clock, 45), category="Чай ")
    add_order(db, cid, ago(clock, 1), category="Кофе")
    coffee_only = add_customer(db, "Кофеман")
    add_order(db, coffee_only, ago(clock, 50), category="Кофе")
    generate(db, settings, clock.today())
    [task] = tasks(db)
    assert (task["customer_id"], task["rule"], task["template"]) == (cid, "custom", "upsell")
    assert task["occasion_key"] == f"custom:tea:{ago(clock, 45).isoformat()}"
    assert format_reason("custom", task["params"], "ru") == (
        "нет покупок в категории «чай» уже 45 дней")


def test_custom_rule_limited_to_a_tag(db, settings, clock):
    only(settings, custom=[{"id": "opt", "days": 30, "tag": "Опт"}])
    tagged = add_customer(db, "Оптовик", tags="кофейня, опт")
    other = add_customer(db, "Розница", tags="оптика")
    for cid in (tagged, other):
        add_order(db, cid, ago(clock, 31))
    generate(db, settings, clock.today())
    assert [t["customer_id"] for t in tasks(db)] == [tagged]
