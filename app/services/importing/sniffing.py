"""What a file is and how its text table is laid out, from its first bytes: kind, encoding,
delimiter, header row.

Nothing here needs pandas or numpy, so the command-line import can do it on another thread while
those load (see `early`).
"""

from __future__ import annotations

import codecs
import csv
import logging
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import UserFacingError
from app.services.importing import mapping, mixed_encoding

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
DELIMITERS = (";", ",", "\t", "|")
SAMPLE_BYTES = 256 * 1024
HEADER_SEARCH_ROWS = 40
_RU_FREQUENT = set("оеаинтсрвлкмдпуяы")
# The csv module refuses fields over 131,072 characters; a cell that long is the cell checks'
# business (they reject it with a reason), not a reason to fail the whole file while sniffing.
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))

logger = logging.getLogger(__name__)


class UnreadableFileError(UserFacingError):
    """The file cannot be read as a table; the message is one sentence for the user."""


@dataclass(frozen=True)
class TextLayout:
    """How a text table is laid out: `names` are the column names (header cells made unique,
    "Column N" for cells beyond the header); data starts on the line after `header_index`."""

    encoding: str
    delimiter: str
    header_index: int
    names: list[str]


def file_kind(path: Path) -> str:
    """'excel' or 'text', from the file's first bytes (extensions lie), then its extension."""
    with Path(path).open("rb") as handle:
        head = handle.read(8)
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return "excel"
    if Path(path).suffix.lower() in EXCEL_SUFFIXES and head:
        return "excel"
    return "text"


def check_exists(path: Path) -> None:
    """A regular file the user may read, not empty; else the sentence saying which it is not.
    Checked from the file's status first: opening a FIFO would wait forever, and a device such
    as /dev/zero never ends."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise UnreadableFileError("The file %1 does not exist.", params=(path.name,)) from None
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError("%1 is a folder, not a file.", params=(path.name,))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(
            "%1 is not a regular file (it is a device or a pipe): choose a saved spreadsheet "
            "or text table.", params=(path.name,))
    if info.st_size == 0:
        raise UnreadableFileError("The file %1 is empty.", params=(path.name,))
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise _cannot_open(path, exc) from exc


def _cannot_open(path: Path, exc: OSError) -> UnreadableFileError:
    logger.warning("cannot open %s: %r", path, exc)
    if isinstance(exc, PermissionError):
        return UnreadableFileError(
            "You have no permission to read %1: ask whoever owns the file, or copy it to your "
            "own folder.", params=(path.name,))
    return UnreadableFileError(
        "%1 could not be opened: check that its disk or network folder is connected.",
        params=(path.name,))


# --- text files -------------------------------------------------------------------------------


def text_layout(path: Path) -> TextLayout:
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    encoding = detect_encoding(sample)
    mixed = mixed_encoding.decode(_whole_lines(sample)) if encoding == "utf-8" else None
    text = mixed.text if mixed else _decode_sample(sample, encoding).lstrip("\ufeff")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(3, len(text[:20000]) // 100) or "\ufffd" * 8 in text:
        raise UnreadableFileError("%1 does not look like a spreadsheet or a text table.",
                                  params=(path.name,))
    lines = text.splitlines()
    if len(sample) == SAMPLE_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line of a partial sample may be cut
    try:
        delimiter = detect_delimiter(lines)
        grid = list(csv.reader(lines[:HEADER_SEARCH_ROWS], delimiter=delimiter))
    except csv.Error as exc:
        logger.warning("sniffing %s: %r", path, exc)
        raise UnreadableFileError("%1 does not look like a spreadsheet or a text table.",
                                  params=(path.name,)) from exc
    header_index = find_header_row(grid)
    headers = make_headers(grid[header_index]) if grid else []
    width = max((len(r) for r in grid[header_index:]), default=len(headers))
    names = headers + [f"Column {i + 1}" for i in range(len(headers), width)]
    return TextLayout(encoding, delimiter, header_index, names)


def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = sample[:4096]
    if head and head.count(b"\x00") > len(head) // 4:
        if head[1::2].count(0) > len(head) // 3:
            return "utf-16-le"
        if head[0::2].count(0) > len(head) // 3:
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if mixed_encoding.decode(_whole_lines(sample)) is not None:
        return "utf-8"  # mostly: the reader decodes the other lines on their own
    scores = {}
    for name in ("cp1251", "koi8_r"):
        text = sample.decode(name, errors="replace")
        scores[name] = sum(1 for ch in text if ch in _RU_FREQUENT)
    return max(scores, key=lambda k: scores[k])


def _whole_lines(sample: bytes) -> bytes:
    """The sample without its last line when that may be cut (a full-size sample)."""
    if len(sample) < SAMPLE_BYTES or b"\n" not in sample:
        return sample
    return sample[:sample.rindex(b"\n")]


def _decode_sample(sample: bytes, encoding: str) -> str:
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)


def detect_delimiter(lines: list[str]) -> str:
    tail = [line for line in lines if line.strip()][-25:]
    best, best_score = ";", 0.0
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(tail, delimiter=delimiter)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = counts.count(mode) / len(counts) * min(mode, 30)
        if score > best_score:
            best, best_score = delimiter, score
    return best




def find_header_row(grid: list[list[str]]) -> int:
    """The first row naming at least two known columns; else the first full-width text row."""
    if not grid:
        return 0
    filled = [sum(1 for c in row if str(c).strip()) for row in grid]
    for i, row in enumerate(grid):
        hits = sum(1 for cell in row if mapping.header_field(str(cell)) is not None)
        if hits >= 2:
            return i
    widest = max(filled)
    for i, row in enumerate(grid):
        texts = [str(c).strip() for c in row if str(c).strip()]
        numeric = sum(1 for t in texts if re.fullmatch(r"[\d\s.,:/+-]+", t))
        if filled[i] >= max(2, widest * 0.6) and numeric <= len(texts) // 3:
            return i
    return next((i for i, n in enumerate(filled) if n), 0)


def make_headers(row: Sequence[object]) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(row):
        name = re.sub(r"\s+", " ", str(cell)).strip() or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        headers.append(name)
    return headers
