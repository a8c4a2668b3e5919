from __future__ import annotations

import pytest

from app.services.settings import (
    BACKUP_KEEP_DAYS,
    CURRENCY,
    DELETED_BUILTIN_TEMPLATES,
    LAST_AUTO_BACKUP,
    REMINDER_RULES,
    RFM_RECENCY_BANDS,
    SEND_DELAY_SECONDS,
    SHOP_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SPEC_BY_KEY,
    SPECS,
    Settings,
    validate,
)


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


def test_every_spec_is_a_module_constant_named_after_its_key():
    import app.services.settings as module

    for spec in SPECS:
        assert getattr(module, spec.key.upper()) is spec


def test_a_spec_and_its_key_read_and_write_the_same_value(db, settings):
    settings.set(BACKUP_KEEP_DAYS, 30)
    assert settings.get(BACKUP_KEEP_DAYS) == 30
    assert Settings(db).get("backup_keep_days") == 30
    settings.set("currency", "EUR")
    assert Settings(db).get(CURRENCY) == "EUR"


def test_typed_reads_return_copies(settings):
    bands = settings.get(RFM_RECENCY_BANDS)
    bands.append(999)
    assert settings.get(RFM_RECENCY_BANDS) == [30, 60, 90, 180]


def test_typed_writes_are_validated_like_named_ones(db, settings):
    with pytest.raises(ValueError, match="smtp_port"):
        settings.set(SMTP_PORT, 0)
    assert Settings(db).get(SMTP_PORT) == 587


def _store_raw(db, key, value_json):
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("INSERT INTO settings (key, value_json) VALUES (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                         (key, value_json))
    finally:
        conn.close()


@pytest.mark.parametrize(("spec", "value_json"), [
    (BACKUP_KEEP_DAYS, '"30"'), (BACKUP_KEEP_DAYS, "true"), (BACKUP_KEEP_DAYS, "0"),
    (CURRENCY, '"XXX"'), (RFM_RECENCY_BANDS, '[30, "60"]'), (SHOP_NAME, "5"),
    (LAST_AUTO_BACKUP, "null"), (DELETED_BUILTIN_TEMPLATES, "{}"), (SMTP_HOST, "not json"),
])
def test_a_stored_value_that_no_longer_fits_reads_as_the_default(db, caplog, spec, value_json):
    _store_raw(db, spec.key, value_json)
    fresh = Settings(db)
    assert fresh.get(spec) == spec.default
    assert fresh.get(spec.key) == spec.default
    assert fresh.all()[spec.key] == spec.default
    assert spec.key in caplog.text


def test_a_stored_value_that_fits_is_read_as_stored(db):
    _store_raw(db, SEND_DELAY_SECONDS.key, "3")  # a whole number is a valid float setting
    _store_raw(db, REMINDER_RULES.key, '{"winback": {"enabled": false}}')
    fresh = Settings(db)
    assert fresh.get(SEND_DELAY_SECONDS) == 3
    assert fresh.get(REMINDER_RULES) == {"winback": {"enabled": False}}


def test_a_spec_not_in_specs_is_a_programming_error(settings):
    from app.services.settings import SettingSpec

    stray = SettingSpec("no_such_setting", 1, "group", "label", "help")
    with pytest.raises(KeyError):
        settings.get(stray)
