"""Workbook (XLSX/XLSM/XLS/ODS) -> raw table, the cells parsed by a child process.

`workbook_process` sizes the file and runs the parse where a hostile file cannot take the app
down; here the child's rows become the same categorical columns a text file gives, and
`reading` finishes the table (blank rows, totals row) for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from app.services.importing.cancelling import Cancelled
from app.services.importing.coded import categorical_of_cells, categorical_of_unique
from app.services.importing.early import WorkbookLoading
from app.services.importing.sniffing import (
    HEADER_SEARCH_ROWS,
    check_exists,
    file_kind,
    find_header_row,
    make_headers,
)
from app.services.importing.workbook_process import WorkbookRead


@dataclass
class WorkbookTable:
    """One sheet's cells, its header applied; the index holds 1-based row numbers."""

    frame: pd.DataFrame
    sheet: str
    sheets: list[str]  # those that hold anything (all of them if none does)
    header_row: int


def list_sheets(path: Path, cancelled: Cancelled | None = None) -> list[str]:
    """Names of the worksheets that hold anything; [] for text files."""
    path = Path(path)
    check_exists(path)
    if file_kind(path) != "excel":
        return []
    return list(WorkbookRead(path, "sheets").result(cancelled)["non_empty"])


def read_workbook(path: Path, sheet: str | None, loading: WorkbookLoading | None,
                  cancelled: Cancelled | None = None) -> WorkbookTable:
    answer = _early_answer(loading, sheet)
    if answer is None:
        answer = WorkbookRead(path, "read", sheet).result(cancelled)
    grid = [[_cell_text(v) for v in row] for row in answer["head"][:HEADER_SEARCH_ROWS]]
    header_index = find_header_row(grid)
    headers = make_headers(grid[header_index]) if grid else []
    first = header_index + 1  # the first data row, 0-based
    coded = answer["columns"]
    names = headers + [f"Column {i + 1}" for i in range(len(headers), len(coded))]
    rows = max(answer["height"] - first, 0)
    columns = {name: _column(coded[i] if i < len(coded) else None, first, rows)
               for i, name in enumerate(names)}
    frame = pd.DataFrame(columns, index=pd.RangeIndex(first + 1, first + 1 + rows))
    return WorkbookTable(frame=frame, sheet=answer["name"],
                         sheets=answer["non_empty"] or answer["sheets"],
                         header_row=header_index + 1)


def _column(coded: tuple[bytes, list[Any]] | None, first: int, rows: int) -> pd.Categorical:
    """A categorical column from the child's codes, from row `first` on: each distinct cell
    tidied once, and only the values those rows hold kept (in the order they first appear)."""
    if coded is None:  # a header cell with nothing under it
        return categorical_of_unique(np.zeros(rows, dtype=np.int64), np.array([""], dtype=object))
    codes = np.frombuffer(coded[0], dtype=np.int32)[first:]
    distinct = np.empty(len(coded[1]), dtype=object)
    distinct[:] = coded[1]
    each = categorical_of_cells(pd.Series(distinct, dtype=object), _tidy_cell)
    cell_codes = np.asarray(each.codes, dtype=np.int64)[codes]
    categories = np.asarray(each.categories, dtype=object)
    _values, first_seen = np.unique(cell_codes, return_index=True)
    used = cell_codes[np.sort(first_seen)]
    renumber = np.zeros(len(categories), dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return categorical_of_unique(renumber[cell_codes], categories[used])


def _early_answer(loading: WorkbookLoading | None, sheet: str | None) -> dict[str, Any] | None:
    """What the early read found, if it read the sheet asked for; its sentence if it failed."""
    if loading is None:
        return None
    answer, error = loading.result()
    if error is not None:
        raise error
    if answer is None or (sheet is not None and answer["name"] != sheet):
        return None
    return answer


def _tidy_cell(value: object) -> object:
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if value is None:
        return ""
    return value


def _cell_text(value: object) -> str:
    value = _tidy_cell(value)
    return value if isinstance(value, str) else str(value)
