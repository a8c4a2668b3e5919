"""Reaching a level puts its task on Today once, walking the days with a fixed clock."""

from __future__ import annotations

import datetime as dt

from app.services.day import refresh_day
from app.services.loyalty.ladder import DEFAULT_LADDER, Ladder, Level
from app.services.loyalty.preview import preview
from app.services.settings import LOYALTY_LADDER
from tests.conftest import TODAY
from tests.services.reminders.data import add_customer, add_order

D = dt.timedelta(days=1)
START = TODAY - 30 * D


def _tasks(db, rule: str) -> list[tuple[int, str, str]]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT customer_id, occasion_key, template_key FROM tasks"
                            " WHERE rule = ?", (rule,)).fetchall()
    finally:
        conn.close()


def _walk(db, settings, days: range, orders: dict[int, list[int]]) -> None:
    """Each day: that day's orders, then the start of the next day as the app would run it."""
    for offset in days:
        day = START + offset * D
        for customer, on in orders.items():
            if offset in on:
                add_order(db, customer, day)
        refresh_day(db, settings, day, dt.datetime.combine(day, dt.time(9)))


def test_the_third_order_gets_the_vip_welcome_once(db, settings) -> None:
    anna = add_customer(db, "Анна")
    _walk(db, settings, range(25), {anna: [0, 5, 10]})
    vip = _tasks(db, "milestone_3")
    assert [(c, k) for c, k, _ in vip] == [(anna, f"order:{(START + 10 * D).isoformat()}")]
    assert vip[0][2] == "vip_welcome"
    assert _tasks(db, "milestone_5") == []


def test_an_edited_ladder_moves_the_welcome_to_its_own_threshold(db, settings) -> None:
    settings.set(LOYALTY_LADDER, Ladder((Level("new", orders=1), Level("regular", orders=2),
                                         Level("vip", orders=4))).to_json())
    anna = add_customer(db, "Анна")
    _walk(db, settings, range(25), {anna: [0, 5, 10, 15]})
    assert [k for _, k, _ in _tasks(db, "milestone_3")] == [
        f"order:{(START + 15 * D).isoformat()}"]
    assert _tasks(db, "milestone_5") == []  # no Ambassador on this ladder


def test_preview_counts_and_lists_who_would_move(db, settings) -> None:
    ids = []
    for n in (1, 2, 3):
        ids.append(add_customer(db, f"c{n}"))
        for k in range(n):
            add_order(db, ids[-1], TODAY - (k + 1) * D)
    refresh_day(db, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)))
    stricter = Ladder((Level("new", orders=1), Level("regular", orders=3)))
    seen = preview(db, stricter, TODAY, DEFAULT_LADDER)
    assert seen.counts_now == {"new": 1, "regular": 1, "vip": 1}
    assert seen.counts_proposed == {"new": 2, "regular": 1}
    assert [(m.name, m.before, m.after) for m in seen.down] == [
        ("c2", "regular", "new"), ("c3", "vip", "regular")]
    assert seen.up == []
    assert preview(db, DEFAULT_LADDER, TODAY).up == preview(db, DEFAULT_LADDER, TODAY).down == []


def test_scripts_get_the_level_in_the_message_language(db, settings) -> None:
    from app.services.messages.context import context_for_customer

    anna = add_customer(db, "Анна")
    for k in range(5):
        add_order(db, anna, TODAY - (k + 1) * D)
    refresh_day(db, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)))
    assert context_for_customer(db, settings, anna, "ru", TODAY)["level"] == "Амбассадор"
    assert context_for_customer(db, settings, anna, "en", TODAY)["level"] == "Ambassador"
    renamed = Ladder((*DEFAULT_LADDER.levels[:3], Level("ambassador", "Друг магазина", 5)))
    settings.set(LOYALTY_LADDER, renamed.to_json())
    assert context_for_customer(db, settings, anna, "en", TODAY)["level"] == "Друг магазина"
    nobody = add_customer(db, "Борис")
    assert context_for_customer(db, settings, nobody, "en", TODAY)["level"] == ""
