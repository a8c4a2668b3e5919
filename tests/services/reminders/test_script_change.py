"""Changing which script a rule uses reaches the reminders already on the list, not only new
ones: the owner picks a script in Settings and Today shows it for everyone listed."""

from __future__ import annotations

import datetime as dt

from app.services.day import refresh_day
from tests.conftest import TODAY
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks


def test_listed_reminders_follow_the_rules_new_script(db, settings) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - dt.timedelta(days=70))
    boris = add_customer(db, "Борис", birthday=(TODAY.month, TODAY.day))
    only(settings, "not_bought", "birthday")
    generate(db, settings, TODAY)
    assert {(t["rule"], t["template"]) for t in tasks(db, "open")} == {
        ("not_bought", "soft_reminder"), ("birthday", "birthday")}

    only(settings, "not_bought", "birthday", not_bought={"template": "upsell"},
         birthday={"template": "vip_welcome"})
    generate(db, settings, TODAY)
    listed = {t["customer_id"]: (t["rule"], t["template"]) for t in tasks(db, "open")}
    assert listed == {anna: ("not_bought", "upsell"), boris: ("birthday", "vip_welcome")}
    # Nothing was added twice, and a later day keeps the new script.
    assert len(tasks(db)) == 2
    generate(db, settings, TODAY + dt.timedelta(days=1))
    assert tasks(db, "open")[0]["template"] == "upsell"


def test_a_closed_reminder_keeps_the_script_it_was_done_with(db, settings) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - dt.timedelta(days=70))
    only(settings, "not_bought")
    refresh_day(db, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)),
                recompute_figures=True)
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE tasks SET status = 'done'")
    conn.close()
    only(settings, "not_bought", not_bought={"template": "upsell"})
    generate(db, settings, TODAY)
    assert [t["template"] for t in tasks(db)] == ["soft_reminder"]
