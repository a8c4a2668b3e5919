"""The owner's own rules ("not bought in N days" for a tag or category) can go by autopilot
like the built-in ones: planning and the preview take only the rules switched on."""

from __future__ import annotations

from app.services.autopilot import outbox
from app.services.autopilot.modes import any_automatic, is_automatic
from app.services.autopilot.planning import candidates, plan_due, preview
from app.services.messages.library import ensure_builtin_templates
from app.services.reminders.config import load_config
from tests.services.autopilot.helpers import D
from tests.services.reminders.data import add_customer, add_order, generate, only

RULES = [{"id": "wholesale", "days": 30, "tag": "опт", "autopilot": True},
         {"id": "tea", "days": 30, "category": "Чай"}]


def _shop(db, settings, today):
    ensure_builtin_templates(db)
    only(settings, "custom", custom=RULES)
    people = {}
    for name, tags, ago, category in (("Опт-1", "опт", 31, None), ("Опт-2", "опт", 28, None),
                                      ("Чайный", "", 31, "Чай")):
        people[name] = add_customer(db, name, tags=tags, email=f"{ago}{name}@example.com")
        add_order(db, people[name], today - D(days=ago), category=category)
    generate(db, settings, today)
    return people


def test_the_switch_is_read_per_rule(settings) -> None:
    only(settings, "custom", custom=RULES)
    config = load_config(settings)
    assert [c.autopilot for c in config.custom] == [True, False]
    assert is_automatic(config, "custom", {"rule_id": "wholesale"})
    assert not is_automatic(config, "custom", {"rule_id": "tea"})
    assert not is_automatic(config, "custom")
    assert any_automatic(config)
    only(settings, "custom", custom=[{**RULES[0], "enabled": False}, RULES[1]])
    assert not any_automatic(load_config(settings))


def test_planning_takes_only_the_automatic_own_rule(db, settings, clock) -> None:
    today = clock.today()
    people = _shop(db, settings, today)
    # Опт-1 (31 days) and Чайный (31 days) are both due today; only the wholesale rule is on.
    assert [t.customer_id for t in candidates(db, settings, today)] == [people["Опт-1"]]
    assert plan_due(db, settings, today, clock.now(), "ru").planned == 1
    (row,) = outbox.rows(db)
    assert (row.customer_id, row.rule, row.state) == (people["Опт-1"], "custom", "planned")
    # Опт-2 (28 days) comes due in two days; the preview shows it, the tea rule never.
    items = preview(db, settings, today, "ru")
    assert [((i.day - today).days, i.name) for i in items] == [(0, "Опт-1"), (2, "Опт-2")]
