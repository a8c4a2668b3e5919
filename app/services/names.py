"""Customer names as people write them: imported "КСЕНИЯ ИВАНОВА" or "o'neil" shows as
"Ксения Иванова" and "O'Neil".

Tills and spreadsheets often store names in capitals or all lower case; shown as they are they
shout or look careless, and a greeting "Здравствуйте, КСЕНИЯ!" reads like a robot. A name the owner
typed in mixed case ("McDonald", "де Лука") is kept exactly as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# A letter run, or a run joined by an apostrophe ("O'Neil", "д'Артаньян").
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def display_name(text: str) -> str:
    """The name in normal case when it was written all in capitals or all in lower case."""
    name = text.strip()
    letters = [c for c in name if c.isalpha()]
    if not letters or not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return name
    return _WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), name)


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
