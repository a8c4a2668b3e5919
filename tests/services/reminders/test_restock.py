""""Time to restock", walked over many days with an injected date: listed from the product's
interval on, its day count that of the day shown, gone once she buys the product (not another
one), after a contact, or once she has stopped buying it; never two at a time."""

from __future__ import annotations

import datetime as dt

from app.services.reminders.reasons import format_reason
from app.services.reminders.restock_rule import script_values
from app.services.reminders.tasks import today_list
from tests.services.reminders.data import (
    add_contact,
    add_customer,
    add_order,
    generate,
    only,
    tasks,
)

D = dt.timedelta
COFFEE, MUG = "Кофе в зёрнах", "Кружка"


def _regulars(db, clock, customers: int = 3) -> tuple[list[int], dt.date]:
    """Customers who bought coffee every 28 days, 5 times, the last time 20 days ago (so the
    shop's interval is a clear 28 days); one bought a mug once in between (no interval)."""
    ids = [add_customer(db, f"Покупатель {n}") for n in range(customers)]
    last = clock.today() - D(days=20)
    for cid in ids:
        for n in range(5):
            add_order(db, cid, last - D(days=28 * n), product=COFFEE)
    add_order(db, ids[0], last - D(days=40), product=MUG)
    return ids, last


def _restock_items(db, settings, clock, cid):
    generate(db, settings, clock.today())
    return [t for t in today_list(db, settings, clock.today()).items
            if t.customer_id == cid and t.rule == "restock"]


def test_due_from_the_interval_on_counting_the_day_shown_until_she_stops(db, settings, clock):
    only(settings, "restock")
    [cid, *_], last = _regulars(db, clock)
    listed: dict[int, str] = {}
    for _ in range(100):  # days 20..119 since the last coffee
        since = (clock.today() - last).days
        items = _restock_items(db, settings, clock, cid)
        assert len(items) <= 1
        if items:
            listed[since] = items[0].reason("en")
        assert len(tasks(db, "open")) <= 3  # one per customer at most: nothing piles up
        clock.advance(days=1)
    assert sorted(listed) == list(range(28, 28 * 3 + 1))  # from 1 interval to 3 (give up)
    assert listed[30] == ("time to restock: usually buys Кофе в зёрнах every 28 days, "
                          "last 30 days ago")
    assert listed[84].endswith("last 84 days ago")
    assert {t["status"] for t in tasks(db) if t["customer_id"] == cid} == {"skipped"}
    assert len([t for t in tasks(db) if t["customer_id"] == cid]) == 1


def test_buying_the_product_ends_it_another_product_does_not(db, settings, clock):
    only(settings, "restock")
    settings.set("frequency_cap_days", 0)
    [cid, *_], _last = _regulars(db, clock)
    clock.advance(days=10)  # 30 days since the coffee
    assert len(_restock_items(db, settings, clock, cid)) == 1
    add_order(db, cid, clock.today(), product=MUG)
    clock.advance(days=1)
    [item] = _restock_items(db, settings, clock, cid)  # a mug is no coffee
    assert item.params["days"] == 31
    add_order(db, cid, clock.today(), product=COFFEE)
    seen = []
    for _ in range(30):
        clock.advance(days=1)
        seen.append(len(_restock_items(db, settings, clock, cid)))
    assert seen == [0] * 27 + [1] * 3  # the next interval, from the new purchase
    mine = [t for t in tasks(db) if t["customer_id"] == cid]
    assert [t["status"] for t in mine] == ["skipped", "open"]
    assert mine[1]["params"]["since"] == (clock.today() - D(days=30)).isoformat()


def test_a_contact_ends_it_for_this_purchase(db, settings, clock):
    only(settings, "restock")
    settings.set("frequency_cap_days", 0)
    [cid, *_], _last = _regulars(db, clock)
    clock.advance(days=10)
    assert len(_restock_items(db, settings, clock, cid)) == 1
    add_contact(db, cid, clock.today())
    seen = []
    for _ in range(30):
        clock.advance(days=1)
        seen.append(len(_restock_items(db, settings, clock, cid)))
    # The contact retired the task; its occasion (this coffee purchase) is not listed again.
    assert seen == [0] * 30
    assert [t["status"] for t in tasks(db) if t["customer_id"] == cid] == ["skipped"]


def test_no_clear_interval_no_reminder(db, settings, clock):
    only(settings, "restock")
    cid = add_customer(db)
    for days in (200, 150, 140, 60, 25):  # bought again at random moments
        add_order(db, cid, clock.today() - D(days=days), product=COFFEE)
    other = add_customer(db, "Борис")
    for days in (90, 30):
        add_order(db, other, clock.today() - D(days=days), product=COFFEE)
    for _ in range(0, 120, 3):
        generate(db, settings, clock.today())
        clock.advance(days=3)
    assert tasks(db) == []


def test_off_means_none(db, settings, clock):
    only(settings)
    _regulars(db, clock)
    clock.advance(days=10)
    generate(db, settings, clock.today())
    assert tasks(db) == []


def test_the_reason_in_both_languages_with_plurals():
    params = {"product": COFFEE, "interval": 21, "days": 22, "since": "2026-01-01"}
    assert format_reason("restock", params, "ru") == (
        "пора пополнить запас: обычно берёт «Кофе в зёрнах» раз в 21 день, "
        "последний раз 22 дня назад")
    assert format_reason("restock", {**params, "interval": 1, "days": 1}, "en") == (
        "time to restock: usually buys Кофе в зёрнах every day, last 1 day ago")
    assert format_reason("restock", params, "en", "lesson") == (
        "time to come again: usually has Кофе в зёрнах every 21 days, last 22 days ago")


def test_the_column_wording_names_the_product_first():
    """Today's column shows about 40 characters: the product, then how often."""
    params = {"product": COFFEE, "interval": 21, "days": 22, "since": "2026-01-01"}
    assert format_reason("restock", params, "ru", brief=True) == (
        "пора пополнить «Кофе в зёрнах», раз в 21 день")
    assert format_reason("restock", {**params, "interval": 1}, "en", brief=True) == (
        "time to restock Кофе в зёрнах, every day")
    assert format_reason("restock", params, "ru", "lesson", brief=True) == (
        "пора снова: «Кофе в зёрнах», раз в 21 день")
    # Other reasons are short already: the same words.
    assert format_reason("not_bought", {"days": 70}, "ru", brief=True) == (
        format_reason("not_bought", {"days": 70}, "ru"))


def test_the_script_reads_the_product_running_out():
    assert script_values("restock", {"product": COFFEE}) == {"usual_product": COFFEE}
    assert script_values("rhythm", {"product": COFFEE}) == {}
