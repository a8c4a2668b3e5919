"""Every line of a text table accounted for: imported, or listed with its line number and why not.

pandas' C parser skips a line with more cells than the header (it says so only in a warning); the
line numbers it gives, and the row numbers `reading` gives, count records, which are the file's
lines unless a quoted cell spans lines. So, only when something was skipped or a cell spans lines
(the file has more lines than records), one pass of the csv module over the text finds the line
each record starts on: a clean file costs nothing more than counting its line breaks.

Decisions, in the owner's favour:
- a line whose extra cells are all empty (a trailing delimiter) is kept: its data is fine;
- a line with fewer cells than the header is read with the missing cells empty (the row checks
  then reject it if a needed cell is missing);
- a record's number is the file line it starts on (a quoted cell may run over several lines).
"""

from __future__ import annotations

import csv
import io
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services.importing.sniffing import TextLayout, UnreadableFileError

logger = logging.getLogger(__name__)

# Reasons are English source strings; the UI translates them (context "import").
R_MORE_CELLS = "More cells than the header has columns"
R_OTHER_ENCODING = "Read in another encoding (Windows-1251)"
SHOWN_CHARS = 200  # of a rejected line's text, in the list of rejected rows

_SKIPPED = re.compile(r"Skipping line (\d+): expected \d+ fields, saw \d+")
_EOF_IN_QUOTES = re.compile(r"EOF inside string starting at row (\d+)")


@dataclass(frozen=True)
class BadLine:
    line: int  # the file's line number (1-based) where the record starts
    reason: str
    text: str  # the line as written, cut to SHOWN_CHARS


@dataclass(frozen=True)
class Accounting:
    index: npt.NDArray[np.int64]  # the file line of each row the reader returned
    rejected: list[BadLine]
    kept: dict[int, list[str]]  # line -> cells, of skipped lines whose extra cells are empty


def read_noting_skips(read: Callable[[], pd.DataFrame]) -> tuple[pd.DataFrame, list[int]]:
    """`read()` (pandas.read_csv with on_bad_lines="warn") and the record numbers it skipped."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        frame = read()
    skipped: list[int] = []
    for warning in caught:
        found = [int(n) for n in _SKIPPED.findall(str(warning.message))]
        if found:
            skipped.extend(found)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)
    return frame, sorted(skipped)


def account(rows_read: int, skipped: list[int], layout: TextLayout, physical_lines: int,
            text: Callable[[], str]) -> Accounting:
    """Line numbers for the rows read, and what became of each skipped record. `skipped`: the
    reader's 1-based record numbers; `text()`: the file's decoded text (asked for only when
    the file has skipped records or cells over several lines)."""
    first = layout.header_index + 2
    total = rows_read + len(skipped)
    numbers = np.arange(first, first + total, dtype=np.int64)
    if not skipped and physical_lines == first - 1 + total:
        return Accounting(numbers, [], {})
    content = text()
    starts, found = _records(content, layout.delimiter, set(skipped))
    if len(starts) < first - 1 + total:
        logger.info("csv found %d records, the reader %d: numbering by record",
                    len(starts), first - 1 + total)
        lines = content.split("\n")
        starts = list(range(1, first + total))
        found = {n: (next(csv.reader([lines[n - 1]], delimiter=layout.delimiter), []),
                     lines[n - 1]) for n in skipped if n <= len(lines)}
    rejected: list[BadLine] = []
    kept: dict[int, list[str]] = {}
    width = len(layout.names)
    for number in skipped:
        cells, raw = found.get(number, ([], ""))
        line = starts[number - 1]
        if len(cells) > width and not any(c.strip() for c in cells[width:]):
            kept[line] = cells[:width]
        else:
            rejected.append(BadLine(line, R_MORE_CELLS, _shown(raw)))
    good = numbers[~np.isin(numbers, skipped)] if skipped else numbers
    return Accounting(np.asarray(starts, dtype=np.int64)[good - 1], rejected, kept)


def _records(text: str, delimiter: str, wanted: set[int]
             ) -> tuple[list[int], dict[int, tuple[list[str], str]]]:
    """The line each record of the text starts on, and the cells and raw text of the `wanted`
    records (1-based). Stops where csv cannot follow the file."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    starts: list[int] = []
    found: dict[int, tuple[list[str], str]] = {}
    start = 1
    try:
        for cells in reader:
            starts.append(start)
            if len(starts) in wanted:
                raw = "\n".join(line.rstrip("\r") for line in lines[start - 1:reader.line_num])
                found[len(starts)] = (cells, raw)
            start = reader.line_num + 1
    except csv.Error as exc:  # csv and the reader disagree: number by record (see `account`)
        logger.info("csv could not follow the file: %r", exc)
    return starts, found


def _shown(raw: str) -> str:
    return raw if len(raw) <= SHOWN_CHARS else raw[:SHOWN_CHARS - 1] + "…"


def other_encoding(lines: list[int], text: str) -> list[BadLine]:
    """The lines read in the other encoding, for the list of warnings."""
    all_lines = text.split("\n")
    return [BadLine(n, R_OTHER_ENCODING, _shown(all_lines[n - 1].rstrip("\r")))
            for n in lines if n <= len(all_lines)]


def parser_error(path: Path, exc: Exception) -> UnreadableFileError:
    """The owner's sentence for what pandas' parser said (the original goes to the log)."""
    logger.warning("reading %s: %r", path, exc)
    message = str(exc)
    found = _EOF_IN_QUOTES.search(message)
    if found:
        return UnreadableFileError(
            "%1: a quotation mark is not closed: the file ends inside a quoted cell that starts "
            "on line %2. Check that line in a text editor.",
            params=(path.name, int(found.group(1)) + 1))
    if isinstance(exc, pd.errors.EmptyDataError):
        return UnreadableFileError("%1 has a header but no data rows.", params=(path.name,))
    return UnreadableFileError(
        "%1 could not be read as a table: its lines do not split into cells (it may be damaged "
        "or not a table).", params=(path.name,))


def problems(rejected: list[BadLine], other: list[BadLine]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The lines the reader rejected and those it read with a warning, as frames of the plan's
    rejected-rows columns (row, column, reason, value)."""
    return _frame(rejected), _frame(other)


def _frame(lines: list[BadLine]) -> pd.DataFrame:
    return pd.DataFrame({"row": np.asarray([b.line for b in lines], dtype=np.int64),
                         "column": "", "reason": [b.reason for b in lines],
                         "value": [b.text for b in lines]},
                        columns=["row", "column", "reason", "value"])
