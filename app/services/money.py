"""Money: amounts are stored as integer minor units (kopecks, cents); this module turns them into
units and text. The currency is the shop's setting ("currency"); amounts are never converted.

Services (message variables) format with Babel here; the UI has its own `ui.formatting.money`
over QLocale, like its dates and numbers, and takes the symbols and units from here.
"""

from __future__ import annotations

from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_symbol

MINOR_PER_UNIT = 100
# The sign customers read, where CLDR would write the code ("RUB7,970" in English).
CURRENCY_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£", "KZT": "₸", "BYN": "Br",
                    "UAH": "₴"}

Amount = TypeVar("Amount")  # an int, or a numpy array / pandas series of them


def to_units(minor: Amount) -> Amount:
    """Minor units -> units (roubles, dollars), for numbers and arrays alike."""
    # A TypeVar cannot say "supports / and gives the same kind back"; ints, arrays and series do.
    return minor / MINOR_PER_UNIT  # type: ignore[operator,return-value]


def symbol(currency: str, language: str = "en") -> str:
    """The sign a customer reads: ours where CLDR writes a code, else CLDR's for the language
    ("¥" for JPY, "kr" for SEK in Swedish), else the code itself."""
    if currency in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[currency]
    try:
        return str(get_currency_symbol(currency, locale=language))
    except (ValueError, UnknownLocaleError):
        return currency


def format_money(amount_minor: int, currency: str, language: str) -> str:
    """"2 070,50 ₽" / "₽2,070.50"; whole amounts without kopecks ("1 500 ₽")."""
    locale = Locale.parse(language)
    amount = to_units(amount_minor)
    if amount_minor % MINOR_PER_UNIT == 0:
        pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
        text = format_currency(amount, currency, format=pattern, locale=locale,
                               currency_digits=False)
    else:
        text = format_currency(amount, currency, locale=locale)
    return text.replace(currency, symbol(currency, language))
