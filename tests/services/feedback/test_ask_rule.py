"""The "feedback" reminder: day 7 after the first order, then at most once per N months, only
while the customer keeps buying. Walked over simulated days."""

from __future__ import annotations

import datetime as dt

from app.services.feedback import records
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks

D = dt.date(2026, 1, 5)


def _day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def _asks(db) -> list[tuple[dt.date, str]]:
    return [(t["due_on"], t["status"]) for t in tasks(db) if t["rule"] == "feedback"]


def test_first_ask_on_day_7_then_every_n_months_while_buying(db, settings):
    only(settings, "feedback", feedback={"every_months": 2})
    anna = add_customer(db)
    orders = {0, 20, 100}
    seen = {}
    for n in range(200):
        if n in orders:  # the purchase is imported on its day
            add_order(db, anna, _day(n))
        generate(db, settings, _day(n))
        seen[n] = _asks(db)
    assert seen[6] == []
    assert seen[7] == [(_day(7), "open")]
    assert seen[15] == [(_day(7), "missed")]  # valid for the catch-up window (7 days)
    # Bought again on day 20, but 2 months (61 days) must pass since the first ask: day 68.
    assert seen[67] == [(_day(7), "missed")]
    assert seen[68] == [(_day(7), "missed"), (_day(68), "open")]
    # Bought on day 100: 7 days later is too soon after day 68; day 68 + 61 = day 129.
    assert seen[128] == [(_day(7), "missed"), (_day(68), "missed")]
    assert seen[129] == [(_day(7), "missed"), (_day(68), "missed"), (_day(129), "open")]
    # No purchase since day 100: nobody asks again.
    assert seen[199] == [(_day(7), "missed"), (_day(68), "missed"), (_day(129), "missed")]


def test_a_customer_who_stopped_buying_is_not_asked_again(db, settings):
    only(settings, "feedback", feedback={"every_months": 1})
    anna = add_customer(db)
    add_order(db, anna, D)
    for n in range(0, 300, 3):
        generate(db, settings, _day(n))
    assert [d for d, _ in _asks(db)] == [_day(7)]


def test_a_recorded_score_counts_as_the_ask(db, settings):
    only(settings, "feedback", feedback={"every_months": 3})
    anna = add_customer(db)
    add_order(db, anna, D)
    records.record_score(db, settings, anna, 9, _day(2))  # answered before being asked
    for n in range(60):
        if n == 30:
            add_order(db, anna, _day(n))
        generate(db, settings, _day(n))
    assert _asks(db) == []
    add_order(db, anna, _day(95))
    generate(db, settings, _day(102))
    assert _asks(db) == [(_day(102), "open")]


def test_a_score_without_a_purchase_since_is_not_followed_by_an_ask(db, settings):
    """The spacing alone would ask again 3 months after the score; without a purchase since,
    there is nothing new to ask about."""
    only(settings, "feedback", feedback={"every_months": 3})
    anna = add_customer(db)
    add_order(db, anna, D)
    records.record_score(db, settings, anna, 9, _day(2))
    for n in range(0, 200, 2):
        generate(db, settings, _day(n))
    assert _asks(db) == []
