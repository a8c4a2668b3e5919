"""Money: minor units to units and text; the symbols customers read."""

from __future__ import annotations

import numpy as np
import pytest

from app.services.money import format_money, symbol, to_units


def test_units_of_numbers_and_arrays() -> None:
    assert to_units(207050) == 2070.5
    assert to_units(np.array([100, -5050])).tolist() == [1.0, -50.5]


def test_symbols() -> None:
    assert [symbol(c) for c in ("RUB", "USD", "GBP", "KZT", "BYN")] == ["₽", "$", "£", "₸", "Br"]
    assert symbol("CHF") == "CHF"  # a currency without a symbol of ours keeps its code


@pytest.mark.parametrize(("minor", "currency", "language", "text"), [
    (150000, "RUB", "ru", "1\xa0500\xa0₽"),
    (207050, "RUB", "ru", "2\xa0070,50\xa0₽"),
    (-5050, "RUB", "ru", "-50,50\xa0₽"),
    (150000, "RUB", "en", "₽1,500"),
    (207050, "RUB", "en", "₽2,070.50"),
    (207050, "USD", "ru", "2\xa0070,50\xa0$"),
    (99, "KZT", "en", "₸0.99"),
])
def test_format_money_in_messages(minor: int, currency: str, language: str, text: str) -> None:
    assert format_money(minor, currency, language) == text


def test_any_current_currency_is_offered_and_named_in_the_owners_language() -> None:
    from app.services.currencies import currency_codes, currency_label
    from app.services.settings import CURRENCY, validate

    assert {"GBP", "RUB", "JPY", "CHF", "SEK", "INR", "BYN", "KZT"} <= set(currency_codes())
    validate(CURRENCY, "JPY")
    with pytest.raises(ValueError):
        validate(CURRENCY, "XYZ")
    assert currency_label("GBP", "en") == "£ GBP — British Pound"
    assert currency_label("GBP", "ru") == "£ GBP — британский фунт стерлингов"
    assert currency_label("JPY", "en") == "¥ JPY — Japanese Yen"


def test_a_currency_outside_our_table_takes_its_sign_from_cldr() -> None:
    assert format_money(150000, "JPY", "en") == "¥1,500"
    assert format_money(250050, "SEK", "sv") == "2\xa0500,50\xa0kr"
    assert format_money(150000, "GBP", "en_GB") == "£1,500"
