"""Cells written to CSV or XLSX files that the owner opens in a spreadsheet (CSV injection).

Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
before one) as a formula, so an imported name like ``=HYPERLINK(...)`` could act when the
export is opened. Such text gets a leading apostrophe, which spreadsheets hide and show the
text as typed (OWASP's advice). A phone in strict international form (`+` and 7-15 digits)
stays as it is: a mailing service needs it intact, and a spreadsheet can only read it as a
number, never as a formula.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_E164 = re.compile(r"\+[0-9]{7,15}")


def escape_cell(value: str) -> str:
    """The text as a spreadsheet will show it, never as a formula."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def escape_phone(value: str) -> str:
    return value if _E164.fullmatch(value) else escape_cell(value)


def safe_value(value: object) -> object:
    """Any cell: text is escaped (an E.164 phone kept), numbers, dates and None pass."""
    return escape_phone(value) if isinstance(value, str) else value


def safe_row(values: Iterable[object]) -> list[object]:
    return [safe_value(value) for value in values]
