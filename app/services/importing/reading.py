"""File -> raw table: the file's layout (`sniffing`), its cells, and a trailing totals row dropped.

Cells stay raw (text, or Excel's own numbers and dates); `parsing` turns them into values.
Large text files are read by pyarrow (`arrow_csv`), others by pandas' C parser.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from app.services.importing import arrow_csv, limits, mixed_encoding, text_lines
from app.services.importing.cancelling import Cancelled
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
    # Text files: lines not imported (more cells than the header), lines read with a warning
    # (another encoding); see `text_lines`.
    rejected_lines: list[text_lines.BadLine] = field(default_factory=list)
    noted_lines: list[text_lines.BadLine] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]


def read_table(path: Path, sheet: str | None = None,
               loading: TextLoading | WorkbookLoading | None = None,
               cancelled: Cancelled | None = None) -> RawTable:
    """`loading`: this file being read in the background already (see `early`), if it is.
    `cancelled`: stops a workbook's read (ImportCancelled) once it says so."""
    path = Path(path)
    check_exists(path)
    if loading is not None and loading.path != path:
        loading = None
    if file_kind(path) == "excel":
        found = read_workbook(path, sheet,
                              loading if isinstance(loading, WorkbookLoading) else None,
                              cancelled)
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
        digest, breaks, ends = _digest_and_breaks(path)
        source = _TextSource(path, layout.encoding, None, breaks, ends)
    else:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        mixed = (mixed_encoding.decode(data) if layout.encoding.startswith("utf-8")
                 else None)
        source = _TextSource(path, layout.encoding, mixed, data.count(b"\n"),
                             data.endswith(b"\n"))
        del data
        frame = _read_text_pandas(source, layout)
    accounted = text_lines.account(len(frame), layout, source.lines, source.text)
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
            skip_blank_lines=False, engine="c", on_bad_lines="skip", quotechar='"',
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError) as exc:
        raise text_lines.parser_error(source.path, exc) from exc


# --- shared -------------------------------------------------------------------------------------


def _finish(table: RawTable) -> RawTable:
    if len(table.frame.columns) == 0:
        raise UnreadableFileError("%1 has no columns.", params=(table.source.name,))
    if len(table.frame.columns) > limits.MAX_COLUMNS:
        _drop_blank_tail(table)  # Excel's CSV writes empty cells out to the last formatted column
    if len(table.frame.columns) > limits.MAX_COLUMNS:  # no export is this wide; a hostile file is
        raise UnreadableFileError(
            "%1 has %2 columns, more than the %3 that can be imported: save the columns with the "
            "sales or customers in a new file and import that.",
            params=(table.source.name, len(table.frame.columns), limits.MAX_COLUMNS))
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


def _drop_blank_tail(table: RawTable) -> None:
    """Drops the trailing columns that have no header and no cell."""
    frame = table.frame
    keep = len(frame.columns)
    while keep > 0 and str(frame.columns[keep - 1]) == f"Column {keep}" and all(
            _is_blank(v) for v in pd.unique(frame.iloc[:, keep - 1].to_numpy(dtype=object))):
        keep -= 1
    if keep < len(frame.columns):
        table.frame = frame.iloc[:, :keep]


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
