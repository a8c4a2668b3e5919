"""Every currency in use today (ISO 4217, from Babel's CLDR data), named in the owner's language,
and the one a system locale most likely pays in."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

from app.services.money import symbol
from app.services.regions import locale_parts, suggested_region


@lru_cache(maxsize=1)
def currency_codes() -> tuple[str, ...]:
    """ISO codes of the currencies legal tender somewhere today ("GBP", "RUB", "JPY"...)."""
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, tender=True))
    return tuple(sorted(codes))


def suggested_currency(locale_name: str, fallback: str) -> str:
    """"en_GB" -> "GBP", "de_AT.UTF-8" -> "EUR", "ja_JP" -> "JPY", "de" -> "EUR" (the language's
    most likely country); `fallback` when the locale names neither ("C")."""
    language, country = locale_parts(locale_name)
    if not language and not country:
        return fallback
    region = country or suggested_region(locale_name)
    found = get_territory_currencies(region, tender=True) if region else []
    return found[0] if found and found[0] in currency_codes() else fallback


def _language(language: str) -> str:
    try:
        return str(Locale.parse(language.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return "en"


def currency_label(code: str, language: str) -> str:
    """"£ GBP — British Pound" / "₽ RUB — российский рубль"."""
    lang = _language(language)
    sign = symbol(code, lang)
    name = get_currency_name(code, locale=lang)
    head = code if sign == code else f"{sign} {code}"
    return f"{head} — {name}" if name and name != code else head


def currency_choices(language: str) -> list[tuple[str, str]]:
    """(code, label) of every current currency, by code (what price tags and tills print)."""
    return [(code, currency_label(code, language)) for code in currency_codes()]
