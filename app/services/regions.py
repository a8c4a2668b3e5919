"""The owner's country, read from the system locale without Qt (the CLI has none): it decides how
phone numbers written without a country code are read, and the currency suggested at first run.

Country names come from Babel in the language asked for ("GB" is "United Kingdom" in English,
"Великобритания" in Russian), so the owner sees a country, not a code.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from functools import lru_cache

import phonenumbers
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global

FALLBACK_REGION = "RU"  # the setting's historical default, for a locale that names no country


def system_locale_name(environ: Mapping[str, str] | None = None) -> str:
    """"en_GB.UTF-8", "ru_RU"...: the first of LC_ALL, LC_MESSAGES and LANG that names a
    language, then Python's locale (Windows reports "Russian_Russia"); "" when none does."""
    env = os.environ if environ is None else environ
    names = [env.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in names:
        code = name.split(".")[0].split("@")[0]
        if code and code.lower() not in ("c", "posix"):
            return name
    # Python's locale only where the environment names none: it reports "C.UTF-8" as "en_US",
    # which would make a server's or a container's plain C locale an American shop.
    if environ is None and not any(names):
        return locale.getlocale()[0] or ""
    return ""


def locale_parts(locale_name: str) -> tuple[str, str]:
    """("en", "GB") from "en_GB.UTF-8"; "" for a part the name lacks."""
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    language, _, country = code.partition("_")
    if language.lower() in ("c", "posix"):
        return "", ""
    return language.lower(), country.upper()


def suggested_region(locale_name: str) -> str:
    """The phone region of a locale: "en_GB" -> "GB", "de_AT" -> "AT", "ru" -> "RU" (the
    language's most likely country), "C" or unknown -> FALLBACK_REGION."""
    language, country = locale_parts(locale_name)
    if country in phonenumbers.SUPPORTED_REGIONS:
        return country
    likely = get_global("likely_subtags").get(language, "") if language else ""
    country = str(likely).split("_")[-1].upper() if likely else ""
    return country if country in phonenumbers.SUPPORTED_REGIONS else FALLBACK_REGION


def region_codes() -> tuple[str, ...]:
    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


@lru_cache(maxsize=1024)
def country_name(region: str, language: str) -> str:
    """The country's name in `language` ("ru", "en", "en_GB"), or the code if Babel lacks it."""
    try:
        names = Locale.parse(language.replace("-", "_")).territories
    except (ValueError, UnknownLocaleError):
        return region
    return str(names.get(region, region))


def region_label(region: str, language: str) -> str:
    """"United Kingdom (+44)": what the owner chooses from."""
    code = phonenumbers.country_code_for_region(region)
    return f"{country_name(region, language)} (+{code})" if code else region


def region_choices(language: str) -> list[tuple[str, str]]:
    """(code, label) of every region phonenumbers knows, by name in `language`."""
    labels = [(code, region_label(code, language)) for code in region_codes()]
    return sorted(labels, key=lambda item: item[1].casefold())


def message_locale(language: str, region: str) -> str:
    """Babel's locale for a language as written in the shop's country ("en" in "GB" ->
    "en_GB"); the bare language where CLDR has no such pair ("en" in "RU")."""
    pair = f"{language}_{region}"
    return pair if region and pair in _known_locales() else language


@lru_cache(maxsize=1)
def _known_locales() -> frozenset[str]:
    return frozenset(localedata.locale_identifiers())
