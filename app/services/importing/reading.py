"""File -> raw table: the file's layout (`sniffing`), its cells, and a trailing totals row dropped.

Cells stay raw (text, or Excel's own numbers and dates); `parsing` turns them into values.
Large text files are read by pyarrow (`arrow_csv`), others by pandas' C parser.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from app.services.importing import arrow_csv
from app.services.importing.coded import categorical_of_cells as _categorical
from app.services.importing.early import TextLoading, WorkbookLoading
from app.services.importing.sniffing import (
    TextLayout,
    UnreadableFileError,
    check_exists,
    file_kind,
    text_layout,
)
from app.services.importing.workbook import read_workbook

_TOTALS = re.compile(r"^\s*(итого|итог|всего|total|totals|grand total|sum|summe)\b", re.IGNORECASE)


@dataclass
class RawTable:
    """A file's table with its header applied; the index holds 1-based row numbers in the file."""

    frame: pd.DataFrame
    source: Path
    file_hash: str
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    dropped_totals_row: int | None = None

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]


def read_table(path: Path, sheet: str | None = None,
               loading: TextLoading | WorkbookLoading | None = None) -> RawTable:
    """`loading`: this file being read in the background already (see `early`), if it is."""
    path = Path(path)
    check_exists(path)
    if loading is not None and loading.path != path:
        loading = None
    if file_kind(path) == "excel":
        found = read_workbook(path, sheet,
                              loading if isinstance(loading, WorkbookLoading) else None)
        return _finish(RawTable(frame=found.frame, source=path, file_hash=file_digest(path),
                                sheet=found.sheet, sheets=found.sheets,
                                header_row=found.header_row))
    return _read_text(path, loading if isinstance(loading, TextLoading) else None)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- text files -------------------------------------------------------------------------------


def _read_text(path: Path, loading: TextLoading | None) -> RawTable:
    layout, encoded = loading.result() if loading is not None else (None, None)
    if layout is None:  # not read early, or that failed: read now (and say what is wrong)
        layout = text_layout(path)
        encoded = arrow_csv.read_arrow(path, layout)
    if encoded is not None:
        frame = pd.DataFrame(arrow_csv.categoricals(layout.names, encoded), copy=False)
    else:
        frame = _read_text_pandas(path, layout)
    first = layout.header_index + 2  # the file's line number of the first data row
    frame.index = pd.RangeIndex(first, first + len(frame))
    table = RawTable(frame=frame, source=path, file_hash=file_digest(path),
                     header_row=layout.header_index + 1, encoding=layout.encoding,
                     delimiter=layout.delimiter)
    return _finish(table)


def _read_text_pandas(path: Path, layout: TextLayout) -> pd.DataFrame:
    try:
        return pd.read_csv(
            path, sep=layout.delimiter, encoding=layout.encoding, encoding_errors="replace",
            header=None, names=layout.names, skiprows=layout.header_index + 1, dtype=object,
            na_filter=False,
            skip_blank_lines=False, engine="c", on_bad_lines="skip", quotechar='"',
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError) as exc:
        raise UnreadableFileError("%1 could not be read as a table (%2).",
                                  params=(path.name, exc)) from exc


# --- shared -------------------------------------------------------------------------------------


def _finish(table: RawTable) -> RawTable:
    if len(table.frame.columns) == 0:
        raise UnreadableFileError("%1 has no columns.", params=(table.source.name,))
    # Each column becomes a categorical once, here: blank rows, the totals row and every parse in
    # `planning` then work on the distinct values (a few thousand) instead of a million cells.
    frame = pd.DataFrame({name: _categorical(table.frame[name]) for name in table.frame.columns},
                         index=table.frame.index)
    table.frame = frame  # the object columns from the parser are freed here
    empty = np.ones(len(frame), dtype=bool)
    by_size = sorted(frame.columns, key=lambda c: len(frame[c].cat.categories))
    for column in by_size:  # smallest first: usually one column proves no row is empty
        empty &= _blank_mask(frame[column])
        if not empty.any():
            break
    table.frame = frame[~empty] if empty.any() else frame
    _drop_totals_row(table)
    if table.frame.empty:
        raise UnreadableFileError("%1 has a header but no data rows.",
                                  params=(table.source.name,))
    return table


def _blank_mask(values: pd.Series) -> np.ndarray:
    """Blank cells, judged once per distinct value (fast on a million rows)."""
    categories = values.cat.categories.tolist()
    lookup = np.array([_is_blank(u) for u in categories] + [True], dtype=bool)
    return lookup[values.cat.codes.to_numpy()]


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _drop_totals_row(table: RawTable) -> None:
    frame = table.frame
    for position in range(len(frame) - 1, max(len(frame) - 3, -1), -1):
        # Cell by cell: `frame.iloc[position]` would first find a dtype common to all the
        # columns, hashing every categorical's categories.
        cells = [c for c in (frame[column].iat[position] for column in frame.columns)
                 if isinstance(c, str) and c.strip()]
        if any(_TOTALS.match(c) for c in cells):
            table.dropped_totals_row = int(frame.index[position])
            keep = np.ones(len(frame), dtype=bool)
            keep[position] = False
            table.frame = frame.iloc[:-1] if position == len(frame) - 1 else frame[keep]
            return
