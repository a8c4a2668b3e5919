"""The UI's money text (QLocale): whole units in tables, kopecks for small amounts."""

from __future__ import annotations

import pytest

from app.ui.formatting import money


@pytest.mark.parametrize(("minor", "language", "decimals", "text"), [
    (150000, "ru", False, "1\xa0500\xa0₽"),
    (207050, "ru", False, "2\xa0071\xa0₽"),
    (207050, "ru", True, "2\xa0070,50\xa0₽"),
    (5050, "ru", False, "50,50\xa0₽"),
    (-5050, "en", False, "(₽50.50)"),
    (12345678, "en", False, "₽123,457"),
])
def test_money(qapp, minor: int, language: str, decimals: bool, text: str) -> None:
    assert money(minor, "RUB", language, decimals) == text


def test_no_amount_is_no_text(qapp) -> None:
    assert money(None) == ""
    assert money(100, "USD", "en") == "$1"


def test_dates_follow_an_english_system_locale(qapp) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from app.ui import formatting

    day = dt.date(2025, 4, 3)
    try:
        formatting.use_system_english(QLocale(QLocale.Language.English,
                                              QLocale.Country.UnitedKingdom))
        assert formatting.date(day, "en") == "03/04/2025"
        assert formatting.long_date(day, "en") == "3 April 2025"
        assert formatting.money(150000, "GBP", "en") == "£1,500"
        formatting.use_system_english(QLocale(QLocale.Language.English,
                                              QLocale.Country.Australia))
        assert formatting.date(day, "en") == "3/4/2025"  # Australia's own order, whole year
        formatting.use_system_english(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert formatting.date(day, "en") == "3 Apr 2025"  # not "4/3/25"
        assert formatting.date(day, "ru") == "03.04.2025"
    finally:
        formatting.use_system_english(QLocale(QLocale.Language.English,
                                              QLocale.Country.UnitedStates))
