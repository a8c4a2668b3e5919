"""Each after-purchase step keeps its own script in the `reminder_rules` setting."""

from __future__ import annotations

from app.services.reminders.config import DEFAULTS, from_dict

# The setting as the earlier editor wrote it (the whole merged value): the stored shape of the
# steps has not changed ({"day", "template"}), so it loads as it is, with no migration.
OLD_STORED = {
    **{rule: value for rule, value in DEFAULTS.items() if rule != "sequence"},
    "sequence": {"enabled": True, "steps": [
        {"day": 3, "template": "thank_you_day_3"}, {"day": 10, "template": "tip_day_14"},
        {"day": 30, "template": "offer_day_30"}, {"day": 45, "template": "offer_day_30"}]},
}


def test_each_step_has_its_own_script() -> None:
    stored = {"sequence": {"steps": [{"day": 7, "template": "review_request"},
                                     {"day": 3, "template": "12"}]}}
    config = from_dict(stored)
    assert [(s.day, s.template) for s in config.steps] == [(3, "12"), (7, "review_request")]


def test_the_old_stored_shape_loads_unchanged() -> None:
    config = from_dict(OLD_STORED)
    assert [(s.day, s.template) for s in config.steps] == [
        (3, "thank_you_day_3"), (10, "tip_day_14"), (30, "offer_day_30"), (45, "offer_day_30")]
    # Stored before the chain could follow every order: it follows the first, as labelled;
    # stored before autopilot: manual.
    assert config.raw == {**OLD_STORED, "sequence": {**OLD_STORED["sequence"], "after": "first",
                                                     "autopilot": False}}


def test_a_step_without_a_script_falls_back_to_the_default_steps() -> None:
    for broken in ({"day": 3}, {"day": 3, "template": ""}, {"day": 3, "template": 5}):
        config = from_dict({"sequence": {"steps": [broken]}})
        assert [(s.day, s.template) for s in config.steps] == [
            (int(s["day"]), s["template"]) for s in DEFAULTS["sequence"]["steps"]]
