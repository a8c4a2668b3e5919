"""The owner's country from the system locale, and its name as the owner reads it."""

import pytest

from app.services.regions import (
    FALLBACK_REGION,
    country_name,
    region_choices,
    region_label,
    suggested_region,
    system_locale_name,
)


@pytest.mark.parametrize(("locale_name", "region"), [
    ("en_GB.UTF-8", "GB"), ("en_US", "US"), ("de_AT@euro", "AT"), ("ru_RU.UTF-8", "RU"),
    ("kk_KZ", "KZ"), ("en-IE", "IE"), ("ru", "RU"), ("en", "US"), ("de", "DE"),
    ("C", FALLBACK_REGION), ("", FALLBACK_REGION), ("xx_ZZ", FALLBACK_REGION),
])
def test_the_region_follows_the_locale(locale_name, region):
    assert suggested_region(locale_name) == region


def test_the_locale_is_read_like_the_c_library_does():
    assert system_locale_name({"LC_ALL": "", "LC_MESSAGES": "C", "LANG": "en_GB.UTF-8"}) \
        == "en_GB.UTF-8"
    assert system_locale_name({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}) == "ru_RU.UTF-8"
    assert system_locale_name({"LANG": "C.UTF-8"}) == ""


def test_a_plain_c_locale_names_no_country_though_python_calls_it_american(monkeypatch):
    """Python reports LANG=C.UTF-8 (servers, containers, CI) as "en_US": such a machine's first
    import must not make the shop American (its Russian phones all invalid as US numbers)."""
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *_: ("en_US", "UTF-8"))
    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert system_locale_name() == ""
    monkeypatch.delenv("LANG")
    assert system_locale_name() == "en_US"  # nothing set (Windows): Python's answer


def test_countries_are_named_in_the_owners_language():
    assert country_name("GB", "en") == "United Kingdom"
    assert country_name("GB", "ru") == "Великобритания"
    assert region_label("KZ", "en") == "Kazakhstan (+7)"
    choices = region_choices("en")
    assert ("GB", "United Kingdom (+44)") in choices and len(choices) > 200
    assert [label for _code, label in choices] == sorted(
        (label for _code, label in choices), key=str.casefold)
