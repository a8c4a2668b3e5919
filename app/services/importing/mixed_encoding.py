"""A text file that is mostly UTF-8 with some lines in Windows-1251 (rows appended by an old till,
or pasted from an old export).

Read whole as one encoding, every name in it comes out garbled: as KOI8-R or Windows-1251 the
UTF-8 lines do, as UTF-8 the others do. Decoded line by line instead, each line reads as written,
and the owner is told which lines were in the other encoding. Pure Python: `sniffing` uses it
before pandas is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

OTHER = "cp1251"
# Past this many lines in the other encoding, outnumbering the UTF-8 ones, the file is simply
# in that encoding: stop looking (keeps a large Windows-1251 file as cheap to read as before).
_GIVE_UP = 1000


@dataclass(frozen=True)
class MixedText:
    text: str
    other_lines: list[int]  # 1-based numbers of the lines decoded as Windows-1251


def decode(data: bytes) -> MixedText | None:
    """The text, decoded line by line, when `data` is not UTF-8 as a whole but most of its
    non-ASCII lines are, and every other line reads as Cyrillic in Windows-1251; else None
    (the file is read in one encoding, as before)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    parts: list[str] = []
    other: list[int] = []
    utf8 = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            parts.append(line.decode("utf-8"))
            utf8 += 1
        except UnicodeDecodeError:
            text = line.decode(OTHER, errors="replace")
            if not _reads_as_cyrillic(text):
                return None
            parts.append(text)
            other.append(number)
            if len(other) > _GIVE_UP and len(other) > utf8:
                return None
    if utf8 <= len(other):
        return None
    return MixedText("\n".join(parts).lstrip("\ufeff"), other)


def _reads_as_cyrillic(text: str) -> bool:
    """Most of the line's non-ASCII characters are Cyrillic letters (not the punctuation and
    box-drawing that random bytes become)."""
    wide = [ch for ch in text if ord(ch) > 127]
    cyrillic = sum(1 for ch in wide if "\u0400" <= ch <= "\u04ff")
    return cyrillic >= 0.7 * len(wide)
