"""Points over 60 simulated days with an injected clock: activation, the reminder listed once
and gone, lapse, nothing piling up."""

from __future__ import annotations

import datetime as dt

from app.services.clock import FixedClock
from app.services.day import refresh_day
from app.services.points import store
from app.services.reminders.tasks import list_today
from tests.services.points.helpers import buy, ledger_rows, points_on
from tests.services.reminders.data import add_customer, only, tasks

START = dt.date(2026, 3, 2)


def test_points_activate_remind_once_and_lapse_over_sixty_days(db, settings) -> None:
    only(settings, "points_expiring")
    # 10 %, spendable after 7 days, lapse 30 days later (day 37), reminder 5 days before (day 32).
    points_on(settings, percent=10, delay=7, expiry=30, remind=5, since=START.isoformat())
    anna = add_customer(db, "Анна")
    buy(db, anna, START, 100_000, "o1")
    clock = FixedClock.on(START)
    seen: dict[int, tuple[int, bool]] = {}
    for n in range(61):
        today = clock.today()
        refresh_day(db, settings, today, clock.now())
        listed = any(t.rule == "points_expiring" for t in list_today(db, settings, today))
        seen[n] = (store.summary(db, settings, anna, today, 5).balance_minor, listed)
        if n == 20:
            store.redeem(db, settings, anna, 4_000, today, clock.now(), order_minor=50_000)
        clock.moment += dt.timedelta(days=1)
    balance = {n: b for n, (b, _listed) in seen.items()}
    assert balance[0] == balance[6] == 0                 # waiting for the activation delay
    assert balance[7] == balance[20] == 10_000           # 100.00 points from day 7
    assert balance[21] == balance[36] == 6_000           # 40.00 redeemed on day 20
    assert balance[37] == balance[60] == 0               # the other 60.00 lapsed on day 37
    listed_days = [n for n, (_b, listed) in seen.items() if listed]
    assert listed_days == [32, 33, 34, 35, 36]
    # One task in all, closed once the points were gone; one lapse row, never written twice.
    mine = [t for t in tasks(db) if t["rule"] == "points_expiring"]
    assert [(t["occasion_key"], t["status"]) for t in mine] == [
        ("points:2026-04-08:lapse", "missed")]
    assert [r[1:3] for r in ledger_rows(db, anna)] == [
        ("earned", 10_000), ("redeemed", -4_000), ("expired", -6_000)]
