"""Cell values an import refuses: amounts and quantities no shop could sell, text cells far too
long for their field, and control characters.

Such cells come from broken files (a stray quote that swallowed a thousand lines into one cell,
a binary file read as text, a number pasted into the wrong column), not from a shop's sales, so
the row is rejected with the reason and the cell shown: the owner sees it, nothing is stored cut
or garbled. Every check runs on a column's distinct cells, not on its rows.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from app.services.importing.coded import Mask
from app.services.importing.parsing import clean_text

# Money is stored as integer minor units (amount x 100) in int64 (SQLite INTEGER, numpy int64),
# and every total is summed in that type: SQLite's SUM raises "integer overflow" past 2**63 - 1
# (about 9.22e18) and pandas' sum wraps silently. A line of at most 10**10 major units is at most
# 10**12 minor units, so a million-line import at the limit sums to at most 10**18: nine such
# files fit in one database before any sum could overflow, while a real shop's lines are many
# orders of magnitude smaller (and float64 holds every such amount exactly).
MAX_AMOUNT_MINOR = 10**12
# Quantities are stored as REAL and only summed per customer; the bound keeps price x quantity
# of a sane price under MAX_AMOUNT_MINOR. Zero (a free line) and negative (a return) are kept.
MAX_QUANTITY = 10**6

# Longest cell per field, in characters. Phone and e-mail cells may list several numbers or
# addresses (the first readable one is used), so they get room for a few (RFC 5321: an address
# is at most 254 characters).
TEXT_LIMITS = {"customer": 200, "customer_code": 100, "order_id": 100, "phone": 100,
               "email": 512, "product": 500, "category": 500}
DEFAULT_TEXT_LIMIT = 10_000
# The columns a file may have: each one becomes a column choice in the import dialog, and no
# till or shop export comes near this (a hostile file with 10,000 froze the dialog for a minute).
MAX_COLUMNS = 1_000
SHOWN_CHARS = 100  # a rejected cell is shown cut to this many characters

# C0 controls but the whitespace a cell may hold (tab, line feed, carriage return), DEL, C1.
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def text_limit(field: str) -> int:
    return TEXT_LIMITS.get(field, DEFAULT_TEXT_LIMIT)


def too_large(values: np.ndarray, limit: float) -> Mask:
    """|value| > limit (NaN: not too large, it is reported as not a number)."""
    with np.errstate(invalid="ignore"):
        large: Mask = np.abs(values) > limit
    return large


def cell_faults(categories: pd.Index, limit: int) -> tuple[Mask, Mask]:
    """(too long, has a control character) for each distinct cell of a column. Two C-level scans
    (the longest text, every text printable) settle the usual clean column without a per-cell
    Python call."""
    values = categories.to_numpy(dtype=object)
    n = len(values)
    too_long, control = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    if categories.inferred_type == "string":
        where, texts = None, values.tolist()
    else:  # a workbook's column mixing numbers, dates and texts: only the texts can be bad
        where = np.flatnonzero([type(v) is str for v in values.tolist()])
        texts = values[where].tolist()
    if not texts:
        return too_long, control
    if max(map(len, texts)) > limit:
        found = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) > limit
        _put(too_long, where, found)
    if not all(map(str.isprintable, texts)):  # a control character is never printable
        found = np.fromiter((_CONTROL.search(t) is not None for t in texts), dtype=bool,
                            count=len(texts))
        _put(control, where, found)
    return too_long, control


def _put(target: Mask, where: np.ndarray | None, found: Mask) -> None:
    if where is None:
        target[:] = found
    else:
        target[where] = found


def shown(value: object) -> str:
    """A cell as a rejection shows it: tidied like any text, control characters made visible
    ("\\x00", before tidying would take some for spaces), cut short."""
    if isinstance(value, str):
        value = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value[:SHOWN_CHARS * 4])
    text = clean_text(value) or ""
    return text[:SHOWN_CHARS] + "…" if len(text) > SHOWN_CHARS else text
