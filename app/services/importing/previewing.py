"""The first rows of a file for the column dialog: the cells as the owner wrote them, and which
of them the chosen columns could not read (and why).

The owner recognises her own "05.03.2025" and "1 234,50 руб.", not an ISO date or a dot decimal:
the preview never rewrites a cell. What follows the columns she chooses is the marking: a cell
the import would not understand carries the reason, the same English source string the list of
rows to fix uses (the UI translates both in context "import").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.importing import mapping, parsing, planning
from app.services.importing.reading import RawTable


@dataclass(frozen=True)
class Preview:
    text: pd.DataFrame  # the cells as written (""), indexed by the file's row numbers
    problems: pd.DataFrame  # same shape: a reason where the cell cannot be read, else ""


def preview(raw: RawTable, columns: dict[str, str], region: str = "RU",
            rows: int = 20) -> Preview:
    head = raw.frame.head(rows)
    text = pd.DataFrame(index=head.index)
    problems = pd.DataFrame(index=head.index)
    for header in head.columns:
        values = head[header]
        text[header] = [as_written(v) for v in values]
        field = columns.get(str(header), mapping.IGNORE)
        problems[header] = _problems(values, field, region)
    return Preview(text, problems)


def as_written(value: object) -> str:
    """A cell's text; a workbook's date cell without a time shows as its date alone."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()
    return parsing.clean_text(value) or ""


def _problems(values: pd.Series, field: str, region: str) -> list[str]:
    present = ~parsing.blank_mask(values)
    if field in ("date", "birthday"):
        dayfirst = region != "US"
        if field == "birthday":
            days = parsing.parse_birthdays(values, prefer_dayfirst=dayfirst)
            unread = days == day_numbers.MISSING
        else:
            days = parsing.parse_dates(values, prefer_dayfirst=dayfirst).days
            unread = days == day_numbers.MISSING
        reason = planning.R_DATE_BAD
    elif field in ("amount", "price"):
        unread, reason = np.isnan(parsing.parse_money(values)), planning.R_AMOUNT_BAD
    elif field == "quantity":
        unread, reason = np.isnan(parsing.parse_numbers(values)), planning.R_QTY_BAD
    elif field == "phone":
        unread, reason = pd.isna(parsing.parse_phones(values, region)), planning.R_PHONE_BAD
    elif field == "email":
        unread, reason = pd.isna(parsing.parse_emails(values)), planning.R_EMAIL_BAD
    else:
        return [""] * len(values)
    return [reason if bad else "" for bad in np.asarray(unread, dtype=bool) & present]
