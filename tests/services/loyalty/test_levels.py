"""The ladder at its thresholds, after refunds, with hand-set levels, edits and grace days."""

from __future__ import annotations

import datetime as dt

from app.services.day import refresh_day
from app.services.loyalty import levels
from app.services.loyalty.ladder import DEFAULT_LADDER, Ladder, Level, parse
from app.services.settings import LOYALTY_LADDER
from tests.conftest import TODAY
from tests.services.reminders.data import add_customer, add_order

D = dt.timedelta(days=1)


def _level(db, customer_id: int) -> str | None:
    return levels.current_levels(db).get(customer_id, (None, ""))[0]


def _refund(db, customer_id: int, day: dt.date, amount: int) -> None:
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor, dedup_key)"
                     " VALUES (?, ?, ?, ?)", (customer_id, day.isoformat(), -amount,
                                              900_000 + customer_id))
    conn.close()


def test_default_ladder_at_its_thresholds(db) -> None:
    counts = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    ids = {}
    for name, n in counts.items():
        ids[name] = add_customer(db, name)
        for k in range(n):
            add_order(db, ids[name], TODAY - (10 * (n - k)) * D)
    nobody = add_customer(db, "no orders")
    result = levels.recalculate(db, DEFAULT_LADDER, TODAY)
    assert {name: _level(db, i) for name, i in ids.items()} == {
        "one": "new", "two": "regular", "three": "vip", "four": "vip", "five": "ambassador"}
    assert _level(db, nobody) is None
    assert result.customers == 5 and result.moved_up == 5
    # The card's list: every level passed, reached on the order that reached it.
    stretches = levels.history(db, ids["three"])
    assert [(s.level, s.since) for s in stretches] == [
        ("new", TODAY - 30 * D), ("regular", TODAY - 20 * D), ("vip", TODAY - 10 * D)]
    assert [s.until for s in stretches] == [TODAY - 20 * D, TODAY - 10 * D, None]
    # Running again changes nothing.
    again = levels.recalculate(db, DEFAULT_LADDER, TODAY)
    assert (again.moved_up, again.moved_down) == (0, 0)
    assert len(levels.history(db, ids["three"])) == 3


MONEY = Ladder((Level("new", orders=1), Level("vip", orders=3, money_minor=500_000, join="or")),
               grace_days=14)


def test_refund_lowers_money_and_the_level_after_the_grace_period(db) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - 40 * D, amount=600_000)  # 6,000: VIP by money alone
    levels.recalculate(db, MONEY, TODAY - 30 * D)
    assert _level(db, anna) == "vip"
    _refund(db, anna, TODAY - 20 * D, 200_000)  # 4,000 left: below the VIP sum
    for day in range(14):
        levels.recalculate(db, MONEY, TODAY - (20 - day) * D)
        assert _level(db, anna) == "vip", day  # still in the grace period
    result = levels.recalculate(db, MONEY, TODAY - 6 * D)
    assert _level(db, anna) == "new" and result.moved_down == 1
    last = levels.history(db, anna)[-1]
    assert (last.level, last.since) == ("new", TODAY - 6 * D)


def test_a_new_order_during_the_grace_period_keeps_the_level(db) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - 40 * D, amount=600_000)
    levels.recalculate(db, MONEY, TODAY - 30 * D)
    _refund(db, anna, TODAY - 20 * D, 200_000)
    levels.recalculate(db, MONEY, TODAY - 20 * D)
    add_order(db, anna, TODAY - 15 * D, amount=150_000)  # 5,500 again
    levels.recalculate(db, MONEY, TODAY - 15 * D)
    for day in range(20):
        levels.recalculate(db, MONEY, TODAY - (15 - day) * D)
    assert _level(db, anna) == "vip"
    assert len(levels.history(db, anna)) == 2  # new, vip: no dip recorded


def test_hand_set_levels_are_never_lowered_but_can_be_lifted(db) -> None:
    low = add_customer(db, "low")
    add_order(db, low, TODAY - 5 * D)
    high = add_customer(db, "high")
    add_order(db, high, TODAY - 5 * D)
    levels.recalculate(db, DEFAULT_LADDER, TODAY - 4 * D)
    levels.set_by_hand(db, high, "ambassador", TODAY - 3 * D)
    levels.set_by_hand(db, low, "new", TODAY - 3 * D)
    for k in (2, 3):
        add_order(db, low, TODAY - k * D)
    levels.recalculate(db, DEFAULT_LADDER, TODAY, immediate=True)
    assert levels.current_levels(db)[high] == ("ambassador", "hand")
    assert levels.current_levels(db)[low] == ("vip", "computed")  # 3 orders lifted her
    # Given back to the ladder, the next recalculation places her by her one order.
    levels.set_by_hand(db, high, None, TODAY)
    levels.recalculate(db, DEFAULT_LADDER, TODAY, immediate=True)
    assert levels.current_levels(db)[high] == ("new", "computed")


def test_editing_the_ladder_relevels_everyone_but_hand_set(db, settings) -> None:
    ids = []
    for n in (2, 3, 3):
        ids.append(add_customer(db, f"c{n}"))
        for k in range(n):
            add_order(db, ids[-1], TODAY - (k + 1) * 7 * D)
    levels.recalculate(db, DEFAULT_LADDER, TODAY)
    levels.set_by_hand(db, ids[2], "vip", TODAY)
    stricter = Ladder((Level("new", orders=1), Level("regular", orders=3),
                       Level("vip", orders=4), Level("ambassador", orders=6)), grace_days=30)
    result = levels.apply_ladder(db, settings, stricter, TODAY)
    assert [_level(db, i) for i in ids] == ["new", "regular", "vip"]
    assert result.moved_down == 2  # at once: the owner asked, no grace period
    assert parse(settings.get(LOYALTY_LADDER)) == stricter


def test_a_removed_level_relevels_its_customers(db) -> None:
    anna = add_customer(db, "Анна")
    for k in range(5):
        add_order(db, anna, TODAY - (k + 1) * D)
    levels.recalculate(db, DEFAULT_LADDER, TODAY)
    three = Ladder(DEFAULT_LADDER.levels[:3])
    levels.recalculate(db, three, TODAY)
    assert _level(db, anna) == "vip"


def test_yearly_window_counts_only_the_last_365_days(db) -> None:
    anna = add_customer(db, "Анна")
    for days_ago in (800, 700, 600, 100):
        add_order(db, anna, TODAY - days_ago * D)
    yearly = Ladder(DEFAULT_LADDER.levels, window="365", grace_days=0)
    levels.recalculate(db, DEFAULT_LADDER, TODAY)
    assert _level(db, anna) == "vip"  # 4 orders in all
    levels.recalculate(db, yearly, TODAY)
    assert _level(db, anna) == "new"  # one order within the year, no grace days


def test_the_start_of_the_day_moves_levels(db, settings) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - 3 * D)
    refresh_day(db, settings, TODAY - 3 * D, dt.datetime.combine(TODAY - 3 * D, dt.time(9)))
    assert _level(db, anna) == "new"
    add_order(db, anna, TODAY)
    result = refresh_day(db, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)))
    assert _level(db, anna) == "regular"
    assert result.levels is not None and result.levels.moved_up == 1


def test_a_lift_never_dates_a_level_before_the_one_it_replaces(db) -> None:
    """Set to New by hand today, she is lifted by three old orders: Regular and VIP begin
    today (the card must not show a level that began before the one it replaced)."""
    anna = add_customer(db, "Анна")
    for days_ago in (300, 200, 100):
        add_order(db, anna, TODAY - days_ago * D)
    levels.set_by_hand(db, anna, "new", TODAY - 10 * D)
    levels.recalculate(db, DEFAULT_LADDER, TODAY)
    assert [(s.level, s.since, s.until, s.how) for s in levels.history(db, anna)] == [
        ("new", TODAY - 10 * D, TODAY - 10 * D, "hand"),
        ("regular", TODAY - 10 * D, TODAY - 10 * D, "computed"),
        ("vip", TODAY - 10 * D, None, "computed")]
