"""Which columns of a file could each be the money of a sale.

Picking the wrong one silently gives wrong money, so when a file has two plausible ones ("Сумма"
and "Сумма со скидкой", "Total" and "Subtotal") the user says which: the dialog asks, the command
line refuses without --map amount=COLUMN.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services.importing import parsing
from app.services.importing.mapping import IGNORE, header_score

PLAUSIBLE_SCORE = 70  # the name is a money alias or contains one as whole words
SAMPLE_ROWS = 200


def money_choices(frame: pd.DataFrame, columns: dict[str, str]) -> list[str]:
    """The columns that could be the amount (the one chosen first), when there are two or more
    and the amount is taken from a column at all; else []."""
    chosen = [h for h, f in columns.items() if f == "amount"]
    if not chosen:
        return []
    head = frame.head(SAMPLE_ROWS)
    candidates = [h for h in (str(c) for c in frame.columns)
                  if columns.get(h, IGNORE) in (IGNORE, "amount")
                  and header_score(h, "amount", fuzzy=False) >= PLAUSIBLE_SCORE
                  and _holds_money(head[h])]
    if len(candidates) < 2:
        return []
    return chosen[:1] + [h for h in candidates if h != chosen[0]]


def _holds_money(values: pd.Series) -> bool:
    blank = parsing.blank_mask(values)
    if blank.all():
        return False
    money = parsing.parse_money(values)
    return bool((~np.isnan(money[~blank])).mean() >= 0.8)
