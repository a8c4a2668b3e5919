"""The reminder_rules setting: typed defaults, partial overrides, bad values ignored."""

from __future__ import annotations

from app.services.reminders.config import DEFAULTS, from_dict, load_config


def test_defaults_when_nothing_is_stored(settings):
    cfg = load_config(settings)
    assert cfg.value("not_bought", "days") == 60
    assert [s.day for s in cfg.steps] == [3, 14, 30, 60]
    assert cfg.value("birthday", "heads_up_days") == 0  # the greeting only, on the day
    assert cfg.value("sequence", "after") == "first"
    assert cfg.value("big_order", "factor") == 3.0
    assert cfg.custom == ()


def test_partial_and_invalid_values():
    cfg = from_dict({
        "not_bought": {"days": 45, "enabled": "yes", "levels": [365, 120]},
        "birthday": {"heads_up_days": -2},
        "big_order": {"factor": 2},
        "sequence": {"steps": [{"day": 7, "template": "x"}, {"day": 7, "template": "y"}]},
        "custom": [{"id": "tea", "days": 30, "category": "Чай"}, {"id": "", "category": "x"},
                   {"id": "nothing"}],
    })
    assert cfg.value("not_bought", "days") == 45
    assert cfg.enabled("not_bought") is True  # "yes" is not a bool: default kept
    assert cfg.value("not_bought", "levels") == [120, 365]
    assert cfg.value("birthday", "heads_up_days") == 0
    assert cfg.value("big_order", "factor") == 2.0
    assert [s.day for s in cfg.steps] == [3, 14, 30, 60]  # duplicate days rejected
    assert [c.id for c in cfg.custom] == ["tea"]
    assert cfg.custom[0].template == "soft_reminder"


def test_defaults_are_not_mutated_by_merging():
    from_dict({"not_bought": {"levels": [100]}})
    assert DEFAULTS["not_bought"]["levels"] == [90, 180, 365]


def test_settings_stored_before_the_heads_up_and_the_chain_choice_keep_loading():
    # Stored by an earlier version: a greeting 3 days ahead, no "after" for the chain.
    cfg = from_dict({"birthday": {"enabled": True, "days_before": 3, "template": "birthday"},
                     "sequence": {"enabled": True, "steps": [{"day": 3, "template": "x"}]}})
    assert cfg.enabled("birthday") and cfg.value("birthday", "heads_up_days") == 0
    assert "days_before" not in cfg.raw["birthday"]
    assert cfg.value("sequence", "after") == "first"
    assert [s.template for s in cfg.steps] == ["x"]
    assert from_dict({"sequence": {"after": "every"}}).value("sequence", "after") == "every"
    assert from_dict({"sequence": {"after": "sometimes"}}).value("sequence", "after") == "first"
