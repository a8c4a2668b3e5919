"""Every line of a text table accounted for: imported, or listed with its line number and why not.

pandas' C parser is told to skip a line with more cells than the header, silently: its warnings
could only be caught by swapping the `warnings` module's filters, which are global to the process
(another thread's warnings would be lost or shown twice). Instead the rows are counted: a file
with as many lines as header and rows has no skipped line and no cell over several lines, which
costs nothing more than counting its line breaks. Otherwise one pass of the csv module over the
text finds the line each record starts on and the records with too many cells (those the parser
skipped; the counts must agree).

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


def account(rows_read: int, layout: TextLayout, physical_lines: int,
            text: Callable[[], str]) -> Accounting:
    """Line numbers for the rows the parser returned, and what became of the records it skipped
    (those with more cells than the header). `text()`: the file's decoded text, asked for only
    when the file has more lines than header and rows."""
    first = layout.header_index + 2
    numbers = np.arange(first, first + rows_read, dtype=np.int64)
    if physical_lines == first - 1 + rows_read:
        return Accounting(numbers, [], {})
    content = text()
    width = len(layout.names)
    starts, wide = _records(content, layout.delimiter, width)
    skipped = [number for number in wide if number >= first]
    if len(starts) - len(skipped) != first - 1 + rows_read:
        # csv and the parser disagree (or csv could not follow the file): number by record,
        # and say in the log how many records the two found.
        logger.warning("csv found %d records (%d too wide), the reader %d rows: numbering "
                       "by record", len(starts), len(skipped), rows_read)
        return Accounting(numbers, [], {})
    rejected: list[BadLine] = []
    kept: dict[int, list[str]] = {}
    for number in skipped:
        cells, raw = wide[number]
        line = starts[number - 1]
        if not any(c.strip() for c in cells[width:]):
            kept[line] = cells[:width]
        else:
            rejected.append(BadLine(line, R_MORE_CELLS, _shown(raw)))
    total = np.arange(first, first + rows_read + len(skipped), dtype=np.int64)
    good = total[~np.isin(total, skipped)] if skipped else total
    return Accounting(np.asarray(starts, dtype=np.int64)[good - 1], rejected, kept)


def _records(text: str, delimiter: str, width: int
             ) -> tuple[list[int], dict[int, tuple[list[str], str]]]:
    """The line each record of the text starts on, and the cells and raw text of the records
    (1-based) with more than `width` cells. Stops where csv cannot follow the file."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    starts: list[int] = []
    found: dict[int, tuple[list[str], str]] = {}
    start = 1
    try:
        for cells in reader:
            starts.append(start)
            if len(cells) > width:
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
