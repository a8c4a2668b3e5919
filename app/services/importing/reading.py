"""File -> raw table: the file's layout (`sniffing`), its cells, and a trailing totals row dropped.

Cells stay raw (text, or Excel's own numbers and dates); `parsing` turns them into values.
Large text files are read by pyarrow (`arrow_csv`), others by pandas' C parser.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from app.services.importing import arrow_csv, mixed_encoding, text_lines
from app.services.importing.coded import categorical_of_unique
from app.services.importing.early import TextLoading, WorkbookLoading
from app.services.importing.sniffing import (
    HEADER_SEARCH_ROWS,
    TextLayout,
    UnreadableFileError,
    check_exists,
    file_kind,
    find_header_row,
    make_headers,
    text_layout,
)

if TYPE_CHECKING:  # imported when a workbook is opened, not with this module
    from python_calamine import CalamineSheet, CalamineWorkbook

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
    # Text files: lines not imported (more cells than the header), lines read with a warning
    # (another encoding); see `text_lines`.
    rejected_lines: list[text_lines.BadLine] = field(default_factory=list)
    noted_lines: list[text_lines.BadLine] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]


def list_sheets(path: Path) -> list[str]:
    """Names of the worksheets that hold anything; [] for text files."""
    path = Path(path)
    check_exists(path)
    if file_kind(path) != "excel":
        return []
    workbook = _open_workbook(path)
    names = []
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        if sheet.height > 0 and sheet.width > 0:
            names.append(name)
    return names


def read_table(path: Path, sheet: str | None = None,
               loading: TextLoading | WorkbookLoading | None = None) -> RawTable:
    """`loading`: this file being read in the background already (see `early`), if it is."""
    path = Path(path)
    check_exists(path)
    if loading is not None and loading.path != path:
        loading = None
    if file_kind(path) == "excel":
        return _read_excel(path, sheet, loading if isinstance(loading, WorkbookLoading) else None)
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
        digest, breaks, ends = _digest_and_breaks(path)
        source = _TextSource(path, layout.encoding, None, breaks, ends)
        skipped: list[int] = []
    else:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        mixed = (mixed_encoding.decode(data) if layout.encoding.startswith("utf-8")
                 else None)
        source = _TextSource(path, layout.encoding, mixed, data.count(b"\n"),
                             data.endswith(b"\n"))
        del data
        frame, skipped = text_lines.read_noting_skips(lambda: _read_text_pandas(source, layout))
    accounted = text_lines.account(len(frame), skipped, layout, source.lines, source.text)
    if accounted.kept:
        kept = pd.DataFrame(list(accounted.kept.values()), columns=layout.names,
                            index=list(accounted.kept), dtype=object)
        frame.index = accounted.index
        frame = pd.concat([frame.astype(object), kept]).sort_index(kind="stable")
    else:
        frame.index = accounted.index
    table = RawTable(frame=frame, source=path, file_hash=digest,
                     header_row=layout.header_index + 1, encoding=layout.encoding,
                     delimiter=layout.delimiter, rejected_lines=accounted.rejected)
    if source.mixed is not None:
        table.encoding = f"{layout.encoding}+{mixed_encoding.OTHER}"
        table.noted_lines = text_lines.other_encoding(source.mixed.other_lines,
                                                      source.mixed.text)
    return _finish(table)


@dataclass
class _TextSource:
    """A text file as the pandas reader reads it, and its text when line numbers need it."""

    path: Path
    encoding: str
    mixed: mixed_encoding.MixedText | None  # when decoded line by line
    breaks: int  # line breaks in the file
    ends_with_break: bool = True

    @property
    def lines(self) -> int:
        return self.breaks + (0 if self.ends_with_break else 1)

    def text(self) -> str:
        if self.mixed is not None:
            return self.mixed.text
        return self.path.read_bytes().decode(self.encoding, errors="replace").lstrip("\ufeff")


def _digest_and_breaks(path: Path) -> tuple[str, int, bool]:
    """The file's hash, its line breaks, whether it ends with one: one pass over the bytes."""
    digest, breaks = hashlib.sha256(), 0
    last = b""
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            breaks += block.count(b"\n")
            last = block
    return digest.hexdigest(), breaks, last.endswith(b"\n")


def _read_text_pandas(source: _TextSource, layout: TextLayout) -> pd.DataFrame:
    # A file in two encodings is parsed from its text, decoded line by line.
    text = io.StringIO(source.mixed.text) if source.mixed is not None else None
    try:
        return pd.read_csv(
            text if text is not None else source.path, sep=layout.delimiter,
            encoding=None if text is not None else layout.encoding, encoding_errors="replace",
            header=None, names=layout.names, skiprows=layout.header_index + 1, dtype=object,
            na_filter=False,
            skip_blank_lines=False, engine="c", on_bad_lines="warn", quotechar='"',
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError) as exc:
        raise text_lines.parser_error(source.path, exc) from exc


# --- Excel / ODS --------------------------------------------------------------------------------


def _open_workbook(path: Path) -> CalamineWorkbook:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises many types for damaged or encrypted files
        raise UnreadableFileError(
            "%1 could not be opened as a spreadsheet: it may be damaged or password-protected.",
            params=(path.name,),
        ) from exc


def _read_excel(path: Path, sheet: str | None, loading: WorkbookLoading | None) -> RawTable:
    workbook, loaded = loading.result() if loading is not None else (None, {})
    if workbook is None:
        workbook, loaded = _open_workbook(path), {}
    sheets = list(workbook.sheet_names)
    # calamine parses a whole sheet to size it: each is parsed once, and kept
    non_empty = [n for n in sheets if _sheet_size(workbook, n, loaded) > 0]
    if sheet is not None and sheet not in sheets:
        raise UnreadableFileError(
            "%1 has no sheet named “%2” (sheets: %3).", params=(path.name, sheet, ", ".join(sheets))
        )
    name = sheet or (non_empty[0] if non_empty else sheets[0] if sheets else None)
    if name is None:
        raise UnreadableFileError("The file %1 is empty.", params=(path.name,))
    try:
        found = loaded[name] if name in loaded else workbook.get_sheet_by_name(name)
        rows = found.to_python(skip_empty_area=False)
    except Exception as exc:
        raise UnreadableFileError("%1 could not be read: %2.", params=(path.name, exc)) from exc
    grid = [[_cell_text(v) for v in row] for row in rows[:HEADER_SEARCH_ROWS]]
    header_index = find_header_row(grid)
    headers = make_headers(grid[header_index]) if grid else []
    body = rows[header_index + 1:]
    width = max((len(r) for r in body), default=len(headers))
    names = headers + [f"Column {i + 1}" for i in range(len(headers), width)]
    # Columns transposed in C; cells are tidied once per distinct value, not per cell.
    cells = list(itertools.zip_longest(*body, fillvalue="")) if body else []
    columns = {}
    for i, column_name in enumerate(names):
        values = np.empty(len(body), dtype=object)
        values[:] = cells[i] if i < len(cells) else ""
        columns[column_name] = _categorical(pd.Series(values, dtype=object), _tidy_cell)
    frame = pd.DataFrame(columns, index=pd.RangeIndex(header_index + 2,
                                                      header_index + 2 + len(body)))
    table = RawTable(frame=frame, source=path, file_hash=file_digest(path), sheet=name,
                     sheets=non_empty or sheets, header_row=header_index + 1)
    return _finish(table)


def _sheet_size(workbook: CalamineWorkbook, name: str, loaded: dict[str, CalamineSheet]
                ) -> int:
    if name not in loaded:
        try:
            loaded[name] = workbook.get_sheet_by_name(name)
        except Exception:
            return 0
    return loaded[name].height * loaded[name].width


def _tidy_cell(value: object) -> object:
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if value is None:
        return ""
    return value


def _cell_text(value: object) -> str:
    value = _tidy_cell(value)
    return value if isinstance(value, str) else str(value)


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


def _categorical(values: pd.Series, tidy: Callable[[object], object] | None = None
                 ) -> pd.Categorical:
    """The column with each distinct value stored once (tidied once each); missing cells
    become ""."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categorical: pd.Categorical = values.array  # the stubs type an untyped Series' array Any
        return categorical
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    categories = np.asarray(uniques, dtype=object)
    if tidy is not None:
        categories = np.asarray([tidy(v) for v in categories.tolist()] + [None],
                                dtype=object)[:-1]
    missing = codes < 0
    if missing.any():
        blank = np.flatnonzero(categories == "")
        if len(blank):
            codes[missing] = blank[0]
        else:
            categories = np.append(categories, "")
            codes[missing] = len(categories) - 1
    return categorical_of_unique(codes, categories)


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
