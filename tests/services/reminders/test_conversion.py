"""A purchase within the window after a contact marks the contact converted."""

from __future__ import annotations

import datetime as dt

from app.services.reminders.conversion import attribute_conversions, conversion_by_rule
from tests.services.reminders.data import add_contact, add_customer, add_order

D = dt.timedelta


def _converted(db) -> list:
    conn = db.raw_connection()
    rows = conn.execute("SELECT customer_id, rule, converted_on FROM contacts ORDER BY id")
    found = rows.fetchall()
    conn.close()
    return found


def test_purchase_within_the_window_converts(db, clock):
    day = clock.today() - D(days=30)
    inside, edge, late, same_day, failed = (add_customer(db, n) for n in "abcde")
    for cid, rule in ((inside, "rhythm"), (edge, "rhythm"), (late, "birthday"),
                      (same_day, "big_order")):
        add_contact(db, cid, day, rule=rule)
    add_contact(db, failed, day, outcome="failed", rule="rhythm")
    add_order(db, inside, day + D(days=5))
    add_order(db, inside, day + D(days=9))
    add_order(db, edge, day + D(days=14))
    add_order(db, late, day + D(days=15))
    add_order(db, same_day, day)
    add_order(db, failed, day + D(days=2))
    assert attribute_conversions(db, 14) == 2
    assert _converted(db) == [
        (inside, "rhythm", (day + D(days=5)).isoformat()),
        (edge, "rhythm", (day + D(days=14)).isoformat()),
        (late, "birthday", None), (same_day, "big_order", None), (failed, "rhythm", None)]
    by_rule = {r.rule: (r.people, r.converted) for r in conversion_by_rule(db)}
    assert by_rule == {"rhythm": (2, 2), "birthday": (1, 0), "big_order": (1, 0)}


def test_refunds_do_not_convert_and_changes_are_recomputed(db, clock):
    cid = add_customer(db)
    day = clock.today() - D(days=10)
    add_contact(db, cid, day, rule="not_bought")
    add_order(db, cid, day + D(days=3), amount=-5000)
    assert attribute_conversions(db, 14) == 0
    add_order(db, cid, day + D(days=8))
    assert attribute_conversions(db, 14) == 1
    assert attribute_conversions(db, 7) == 0  # a shorter window unmarks it
