from __future__ import annotations

import pytest

from app.services.settings import SPEC_BY_KEY, SPECS, Settings, validate


def test_every_visible_setting_has_a_label_help_and_valid_default():
    for spec in SPECS:
        validate(spec, spec.default)
        if spec.type_name == "hidden":
            continue
        assert spec.label and spec.help, spec.key
        assert len(spec.help) <= 140, f"{spec.key}: help should stay one line"


def test_defaults_suit_a_russian_shop(settings):
    assert settings.get("currency") == "RUB"
    assert settings.get("phone_region") == "RU"
    assert settings.get("backup_keep_days") == 14
    assert settings.get("backup_dir") == ""


def test_round_trip_survives_a_new_settings_object(db, settings):
    values = {
        "shop_name": "Зерно и лист", "currency": "EUR", "rfm_recency_bands": [20, 45, 90, 200],
        "send_delay_seconds": 0.5, "backup_keep_days": 30, "smtp_port": 465,
        "reminder_rules": {"winback": {"enabled": True, "days": [60, 120]}},
    }
    settings.set_many(values)
    fresh = Settings(db)
    for key, value in values.items():
        assert fresh.get(key) == value
    assert fresh.all()["shop_name"] == "Зерно и лист"


def test_returned_values_are_copies(settings):
    bands = settings.get("rfm_recency_bands")
    bands.append(999)
    assert settings.get("rfm_recency_bands") == [30, 60, 90, 180]


@pytest.mark.parametrize(("key", "value"), [
    ("backup_keep_days", "14"), ("backup_keep_days", 0), ("backup_keep_days", True),
    ("smtp_port", 70000), ("currency", "XXX"), ("rfm_recency_bands", [30, "60"]),
    ("rfm_recency_bands", "30, 60"), ("send_delay_seconds", -1.0), ("shop_name", 5),
])
def test_invalid_values_are_refused_and_nothing_is_stored(db, settings, key, value):
    settings.set("shop_name", "before")
    with pytest.raises(ValueError, match=key):
        settings.set_many({"shop_name": "after", key: value})
    assert Settings(db).get("shop_name") == "before"
    assert Settings(db).get(key) == SPEC_BY_KEY[key].default or key == "shop_name"


def test_unknown_keys_are_a_programming_error(settings):
    with pytest.raises(KeyError):
        settings.get("no_such_setting")
