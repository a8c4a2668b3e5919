"""Display formatting for money, dates and numbers in the UI language (QLocale)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

CURRENCY_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "KZT": "₸", "BYN": "Br", "UAH": "₴"}


def locale_for(language: str) -> QLocale:
    return QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
                   QLocale.Country.Russia if language == "ru" else QLocale.Country.UnitedStates)


def money(minor: int | None, currency: str = "RUB", language: str = "ru",
          decimals: bool = False) -> str:
    """"12 345 ₽" / "₽12,345" — whole units unless `decimals`, since shops think in roubles."""
    if minor is None:
        return ""
    loc = locale_for(language)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    value = minor / 100
    precision = 2 if decimals or (minor % 100 and abs(minor) < 100_000) else 0
    return loc.toCurrencyString(value, symbol, precision)


def date(value: dt.date | None, language: str = "ru") -> str:
    if value is None:
        return ""
    return locale_for(language).toString(QDate(value.year, value.month, value.day),
                                         QLocale.FormatType.ShortFormat)


def long_date(value: dt.date | None, language: str = "ru") -> str:
    if value is None:
        return ""
    return locale_for(language).toString(QDate(value.year, value.month, value.day),
                                         "d MMMM yyyy")


def number(value: float | int, language: str = "ru", precision: int = 0) -> str:
    return locale_for(language).toString(float(value), "f", precision)
