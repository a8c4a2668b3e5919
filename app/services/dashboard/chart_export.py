"""A chart's numbers as a one-sheet XLSX workbook, for the owner's spreadsheet or accountant.

The UI names the columns and rows in its language; this writes them. Missing numbers (a month
that has not come yet) are empty cells, not zeros.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from app.services.errors import UserFacingError

Cell = str | int | float | None


def write_xlsx(path: Path | str, sheet: str, header: Sequence[str],
               rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl import Workbook  # loaded for this export only

    book = Workbook(write_only=True)
    # Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    title = "".join(c for c in sheet if c not in "[]:*?/\\")[:31] or "Sheet"
    page = book.create_sheet(title)
    page.append(list(header))
    for row in rows:
        page.append([_cell(value) for value in row])
    try:
        book.save(Path(path))
    except OSError as exc:
        raise UserFacingError(
            "Could not write the export file.",
            hint="Choose another folder or close the file if a spreadsheet has it open.",
        ) from exc


def _cell(value: Cell) -> Cell:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # a numpy number: openpyxl wants a Python one
        return value.item()  # type: ignore[no-any-return]
    return value
