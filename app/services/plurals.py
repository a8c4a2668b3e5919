"""A number with the right form of a word, by the language's CLDR plural rules (via Babel):
"1 день", "3 дня", "5 дней", "21 день"; "1 day", "2 days".

Forms are given in the language's CLDR order: Russian one, few, many (other); English one, other.
Message scripts use this through the `plural` and `plural_word` filters, task reasons directly.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from babel import Locale

_ORDER = {"ru": ("one", "few", "many", "other")}
_DEFAULT_ORDER = ("one", "other")


def plural_word(count: Any, *forms: str, language: str = "en") -> str:
    """The form of a word that goes with `count`; the last form when `count` is no number."""
    if not forms:
        return ""
    try:
        number: int | float = int(count) if float(count) == int(float(count)) else float(count)
    except (TypeError, ValueError, OverflowError):  # not a number, or infinite
        return forms[-1]
    order = _ORDER.get(language, _DEFAULT_ORDER)
    category = _locale(language).plural_form(abs(number))
    index = order.index(category) if category in order else len(order) - 1
    return forms[min(index, len(forms) - 1)]


def plural(count: Any, *forms: str, language: str = "en") -> str:
    """`count` and its word: plural(21, "день", "дня", "дней", language="ru") -> "21 день"."""
    return f"{count} {plural_word(count, *forms, language=language)}"


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)
