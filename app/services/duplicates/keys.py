"""What makes two spellings the same: names folded across alphabets and spellings, phones and
e-mail local parts with one character deleted (two values one typo apart share such a key)."""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = str.maketrans(dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "i", "", "e", "iu", "ia"], strict=True)))
# Latin spellings of one sound folded to one ("Kseniya", "Ksenia"; "Yulia", "Julia", "Юлия").
_LATIN = [("kh", "h"), ("shch", "sch"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("j", "i"),
          ("y", "i"), ("ck", "k"), ("c", "k"), ("q", "k")]
_NOT_LETTER = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)  # first names and surnames repeat across a shop's customers
def fold_word(word: str) -> str:
    latin = word.lower().translate(_CYRILLIC)
    for spelling, sound in _LATIN:
        latin = latin.replace(spelling, sound)
    return _DOUBLED.sub(r"\1", latin)


def name_words(name: str | None) -> tuple[str, ...]:
    """The name's words folded, in alphabetical order (word order does not matter); an initial
    ("А.") is a one-letter word."""
    if not name:
        return ()
    text = _NOT_LETTER.sub(" ", " ".join(fold_word(w) for w in name.replace(".", " ").split()))
    return tuple(sorted(w for w in text.split() if w))


def name_block_keys(words: tuple[str, ...]) -> list[str]:
    """One key per long word with the other words' initials: "Анна Иванова", "Ivanova Anna" and
    "А. Иванова" all give "ivanova|a"."""
    keys = []
    for i, word in enumerate(words):
        if len(word) < 2:
            continue
        initials = "".join(sorted(w[0] for j, w in enumerate(words) if j != i))
        keys.append(f"{word}|{initials}")
    return keys


def names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    """"same": the same words; "initial": the same once initials stand for words; "" otherwise."""
    if not a or not b:
        return ""
    if a == b:
        return "same"
    if len(a) != len(b):
        return ""
    long_a = sorted(w for w in a if len(w) > 1)
    long_b = sorted(w for w in b if len(w) > 1)
    shared = set(long_a) & set(long_b)
    if not shared:
        return ""
    rest_a = sorted(w[0] for w in a if w not in shared)
    rest_b = sorted(w[0] for w in b if w not in shared)
    return "initial" if rest_a == rest_b else ""


def deletions(text: str) -> set[str]:
    """`text` with each one character deleted: two values one typo apart share one of these."""
    return {text[:i] + text[i + 1:] for i in range(len(text))}


def one_typo(a: str, b: str) -> bool:
    """One character differs, or two neighbours swapped (same length)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopping past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# Mail domains as people mistype them; the key is the mistyped one.
DOMAIN_TYPOS = {
    "gmial.com": "gmail.com", "gmal.com": "gmail.com", "gamil.com": "gmail.com",
    "gmail.co": "gmail.com", "gmail.cm": "gmail.com", "gmaill.com": "gmail.com",
    "gmail.con": "gmail.com", "gnail.com": "gmail.com", "gmail.ru": "gmail.com",
    "yandex.ry": "yandex.ru", "yandx.ru": "yandex.ru", "yadex.ru": "yandex.ru",
    "mail.ry": "mail.ru", "mial.ru": "mail.ru", "mail.r": "mail.ru",
    "hotmial.com": "hotmail.com", "hotmai.com": "hotmail.com", "yaho.com": "yahoo.com",
    "outlok.com": "outlook.com",
}


def split_email(email: str) -> tuple[str, str, bool]:
    """(local part, domain with a known typo corrected, whether it was corrected)."""
    local, _, domain = email.lower().rpartition("@")
    fixed = DOMAIN_TYPOS.get(domain)
    return local, fixed or domain, fixed is not None
