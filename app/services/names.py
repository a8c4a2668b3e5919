"""People's names as a customer expects to see them: "КСЕНИЯ ИВАНОВА" from a till export and
"o'neil" from a web form are shown and greeted as "Ксения Иванова" and "O'Neil"; namesakes on
one list are told apart.

Only a name typed all in capitals or all in lower case is changed: one with mixed case was typed
that way on purpose ("McDonald", "DeVito", "Анна-Мария") and is kept as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# Words that stay in lower case inside a name ("Ludwig van Beethoven", "Мехмед оглы").
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "фон", "ван", "де", "ибн", "бен", "оглы", "кызы",
})
# Abbreviations that stay in capitals (an "ИП ИВАНОВ" customer is a sole trader).
_ABBREVIATIONS = frozenset({"ип", "ооо", "оао", "зао", "пао", "ао", "llc", "ltd", "plc"})
# A letter that starts a part of a name: at the start, after a hyphen or an apostrophe
# ("Анна-Мария", "O'Neil", "D'Artagnan"), or after "Mc" ("McDonald").
_PART_START = re.compile(r"^(mc)(\w)|(^|[-'’])(\w)", re.IGNORECASE)


def display_name(name: str) -> str:
    """`name` in normal case when it was typed all in capitals or all in lower case; spaces
    tidied. Mixed case, digits-only and empty values come back as they are (stripped)."""
    words = name.split()
    text = " ".join(words)
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not (text.isupper() or text.islower()):
        return text
    return " ".join(_word(word, first=i == 0) for i, word in enumerate(words))


def _word(word: str, *, first: bool) -> str:
    lower = word.lower()
    if lower.rstrip(".,") in _ABBREVIATIONS:
        return word.upper()
    if lower in _PARTICLES and not first:
        return lower
    return _PART_START.sub(_capital, lower)


def _capital(match: re.Match[str]) -> str:
    if match.group(1):
        return "Mc" + match.group(2).upper()
    return match.group(3) + match.group(4).upper()


def told_apart(people: Sequence[tuple[str, str, str]]) -> list[str]:
    """Display names for (name, phone, e-mail) rows; namesakes get their phone's last four
    digits or their e-mail after the name ("Анна Петрова · …4567"), to write to the right one."""
    names = [display_name(name) for name, _phone, _email in people]
    seen = Counter(name.casefold() for name in names)
    labels = []
    for name, (_n, phone, email) in zip(names, people, strict=True):
        if seen[name.casefold()] > 1:
            digits = "".join(c for c in phone if c.isdigit())
            hint = f"…{digits[-4:]}" if len(digits) >= 4 else email.strip()
            name = f"{name} · {hint}" if hint else name
        labels.append(name)
    return labels
