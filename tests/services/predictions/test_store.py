"""The predictions cache: fitted by the start of the day, current until the day or data change,
read by Today's rhythm rule and ordering (walked over days with a fixed clock)."""

from __future__ import annotations

import datetime as dt
import math
import statistics

from app.services import day_numbers
from app.services.day import refresh_day
from app.services.predictions import store
from app.services.reminders.tasks import today_list
from tests.services.reminders.data import add_customer, add_order, only

D = dt.timedelta


def _regulars(db, today: dt.date) -> tuple[int, int]:
    """A: gaps 20, 40, 30 days, last order 30 days ago; B: gaps 10, 10, last order today."""
    a, b = add_customer(db, "Анна"), add_customer(db, "Борис")
    for back in (120, 100, 60, 30):
        add_order(db, a, today - D(days=back), amount=200_000)
    for back in (20, 10, 0):
        add_order(db, b, today - D(days=back), amount=50_000)
    return a, b


def test_refresh_fits_once_per_day_and_again_after_new_purchases(db, clock) -> None:
    today = clock.today()
    a, b = _regulars(db, today)
    assert store.load(db) is None
    assert store.refresh(db, today)
    assert not store.refresh(db, today)  # current: nothing to do
    loaded = store.load(db, today)
    assert loaded is not None
    meta, frame = loaded
    assert meta.model == "simple" and set(frame.index) == {a, b}
    add_order(db, b, today, amount=10_000)
    assert store.load(db, today) is None  # stale after the purchase
    assert store.refresh(db, today)
    assert store.refresh(db, today + D(days=1))  # a new day moves "from today"


def test_rhythm_reminder_appears_the_day_the_prediction_says_overdue(db, settings, clock) -> None:
    only(settings, "rhythm")
    settings.set("daily_capacity", 0)
    start = clock.today()
    a, _ = _regulars(db, start)
    # By hand (predictions.simple): shop median gap = median(30, 10) = 20, shop log-sd = median
    # (sd_A, 0); A's interval (3·30 + 3·20)/6 = 25, spread (3·sd_A + 3·sd_A/2)/6; upper end
    # 25·exp(1.2816·spread) = 35 days after her last order: overdue from day 36, i.e. start + 6
    # (the old 1.5 × median rule would have waited until day 46).
    sd_a = statistics.stdev(math.log(g) for g in (20, 40, 30))
    upper = round(25 * math.exp(1.2816 * 0.75 * sd_a))
    assert upper == 35
    first_overdue = start - D(days=30) + D(days=upper + 1)
    seen = []
    for _ in range(12):
        day = clock.today()
        refresh_day(db, settings, day, clock.now())
        listed = today_list(db, settings, day)
        has_rhythm = any(t.customer_id == a and t.rule == "rhythm" for t in listed.items)
        loaded = store.load(db, day)
        assert loaded is not None
        overdue = bool(loaded[1].loc[a, "overdue"])
        assert loaded[1].loc[a, "high_day"] == day_numbers.from_date(start - D(days=30)) + upper
        assert has_rhythm == overdue == (day >= first_overdue), day
        seen.append(has_rhythm)
        clock.advance(days=1)
    assert seen.count(False) == 6 and seen.count(True) == 6


def test_todays_order_follows_what_is_at_stake(db, settings, clock) -> None:
    only(settings, "not_bought")
    settings.set("daily_capacity", 2)
    today = clock.today()
    ids = [add_customer(db, f"Покупатель {k}") for k in range(3)]
    for k, cid in enumerate(ids):  # spent: 1000, 2000, 3000
        add_order(db, cid, today - D(days=75), amount=100_000 * (k + 1))
    before = refresh_day(db, settings, today, clock.now())
    assert before.reminders is not None
    listed = today_list(db, settings, today)
    assert [t.customer_id for t in listed.items] == [ids[2], ids[1]]  # no model: money spent
    loaded = store.load(db, today)
    assert loaded is not None
    meta, frame = loaded
    frame.loc[ids, "at_stake_minor"] = [900_000, 10, 500_000]  # the first has most at stake
    store.save(db, frame, meta)
    listed = today_list(db, settings, today)
    assert [t.customer_id for t in listed.items] == [ids[0], ids[2]]
    assert [t.customer_id for t in listed.later] == [ids[1]]
    assert [t.at_stake_minor for t in listed.items] == [900_000, 500_000]
