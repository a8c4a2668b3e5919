"""Display formatting for money, dates and numbers in the UI language (QLocale)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from app.services import money as money_units

_ENGLISH = [QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)]


def use_system_english(system: QLocale) -> None:
    """An English system locale (en_GB, en_AU...) formats the English UI's dates and numbers;
    any other keeps US English."""
    if system.language() == QLocale.Language.English:
        _ENGLISH[0] = QLocale(QLocale.Language.English, system.territory())
    else:
        _ENGLISH[0] = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def locale_for(language: str) -> QLocale:
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return _ENGLISH[0]


def money(minor: int | None, currency: str = "RUB", language: str = "ru",
          decimals: bool = False) -> str:
    """"12 345 ₽" / "₽12,345" — whole units unless `decimals`, since shops think in roubles.

    QLocale, not services.money.format_money: the UI's numbers and dates all follow QLocale (an
    English refund reads "(₽50.50)"), and tables need the shorter whole-unit form."""
    if minor is None:
        return ""
    loc = locale_for(language)
    symbol = money_units.symbol(currency, language)
    value = money_units.to_units(minor)
    precision = 2 if decimals or (minor % 100 and abs(minor) < 100_000) else 0
    return loc.toCurrencyString(value, symbol, precision)


# English tables read "9 Nov 2026": US short dates have two-digit years ("11/9/26") and a UK
# reader would take the month for the day; this form is unambiguous on both sides, and as narrow.
_SHORT_EN = "d MMM yyyy"


def date(value: dt.date | None, language: str = "ru") -> str:
    """A table date: "09.11.2026" / "9 Nov 2026", always with a four-digit year."""
    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    loc = locale_for(language)
    if language == "ru":
        return loc.toString(day, QLocale.FormatType.ShortFormat)
    if loc.territory() == QLocale.Country.UnitedStates:
        return loc.toString(day, _SHORT_EN)
    # Elsewhere the locale's own order ("03/04/2025" in the UK), with the whole year.
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return loc.toString(day, short)


def long_date(value: dt.date | None, language: str = "ru") -> str:
    if value is None:
        return ""
    return locale_for(language).toString(QDate(value.year, value.month, value.day),
                                         "d MMMM yyyy")


def number(value: float | int, language: str = "ru", precision: int = 0) -> str:
    return locale_for(language).toString(float(value), "f", precision)
