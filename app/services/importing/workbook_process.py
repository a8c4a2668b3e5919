"""Untrusted workbooks are sized first, then parsed in a child process with a memory cap.

XLSX and ODS are zip archives: their unpacked size is read from the archive's directory, and
each worksheet's declared area from the `<dimension ref="A1:…">` at the start of its XML (a few
kilobytes, read as a stream), before anything is parsed. The real size can differ from the
declared one, so the parse itself runs in `workbook_child`, where running out of memory or a
native abort ends only the child; it becomes a sentence here. The child is stopped when the
user cancels, when it takes longer than `TIME_LIMIT_SECONDS`, and (on its side, see
`workbook_child.leave_with_parent`) when this process ends. Neither pandas nor numpy is
imported: `early` runs this on a background thread before they are loaded.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

import app
from app.services.importing.cancelling import Cancelled, ImportCancelled
from app.services.importing.sniffing import UnreadableFileError
from app.services.importing.workbook_child import CHILD_FLAG, TIME_LIMIT_SECONDS, WATCH_VARIABLE

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # a workbook's whole content, unpacked
MAX_CELLS = 20_000_000  # the area one sheet may declare (rows x columns)
CHILD_MEMORY_BYTES = 1536 * 1024 * 1024  # the child's address space
_POLL_SECONDS = 0.1  # how soon a cancel stops the child
_HEAD_BYTES = 16 * 1024  # the dimension element comes before the rows
_SHEET_XML = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Za-z]{1,3})\$?(\d{1,9})"
                        rb"(?::\$?([A-Za-z]{1,3})\$?(\d{1,9}))?\"")


def _unopenable(path: Path) -> UnreadableFileError:
    return UnreadableFileError(
        "%1 could not be opened as a spreadsheet: it may be damaged or password-protected.",
        params=(path.name,))


def check_workbook(path: Path) -> None:
    """Refuses a workbook too large to read safely, from its sizes alone (milliseconds)."""
    limit_mb = MAX_UNPACKED_BYTES // (1024 * 1024)
    if not zipfile.is_zipfile(path):  # XLS (an OLE file), or damaged: its size is its content
        size = path.stat().st_size
        if size > MAX_UNPACKED_BYTES:
            raise UnreadableFileError("%1 is too large to read: %2 MB, more than %3 MB.",
                                      params=(path.name, size // (1024 * 1024), limit_mb))
        return
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_BYTES:
                raise UnreadableFileError(
                    "%1 is too large to read: it unpacks to %2 MB, more than %3 MB.",
                    params=(path.name, unpacked // (1024 * 1024), limit_mb))
            for member in members:
                if _SHEET_XML.match(member.filename):
                    with archive.open(member) as stream:
                        rows, columns = declared_area(stream.read(_HEAD_BYTES))
                    if rows * columns > MAX_CELLS:
                        raise UnreadableFileError(
                            "%1 is too large to read: a sheet spans %2 rows and %3 columns "
                            "(at most %4 cells can be read).",
                            params=(path.name, _grouped(rows), _grouped(columns),
                                    _grouped(MAX_CELLS)))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, RuntimeError,
            NotImplementedError, ValueError) as exc:  # damaged, or an encrypted archive
        raise _unopenable(path) from exc


def declared_area(head: bytes) -> tuple[int, int]:
    """(rows, columns) a worksheet's XML declares at its start; (0, 0) when it declares none."""
    found = _DIMENSION.search(head)
    if found is None:
        return 0, 0
    first_column, first_row = _column_number(found[1]), int(found[2])
    last_column = _column_number(found[3]) if found[3] else first_column
    last_row = int(found[4]) if found[4] else first_row
    return abs(last_row - first_row) + 1, abs(last_column - first_column) + 1


def _grouped(number: int) -> str:
    """1 048 576: digits grouped by spaces, which reads right in English and in Russian (where
    a comma is the decimal mark)."""
    return f"{number:,}".replace(",", "\u00a0")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def child_command(*arguments: str) -> list[str]:
    """The command that runs `workbook_child`: this interpreter, or the frozen app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, *arguments]
    return [sys.executable, "-m", "app.services.importing.workbook_child", *arguments]


class WorkbookRead:
    """One parse of a workbook in a child process, started at once; `result()` waits for it."""

    def __init__(self, path: Path, operation: str = "read", sheet: str | None = None) -> None:
        self.path = Path(path)
        check_workbook(self.path)
        arguments = [operation, str(self.path.resolve()), str(CHILD_MEMORY_BYTES)]
        env = {**os.environ, "RUST_BACKTRACE": "0",  # calamine's abort: one line, logged
               WATCH_VARIABLE: "1"}
        if not getattr(sys, "frozen", False):  # the child imports this same copy of the app
            root = str(Path(app.__file__).resolve().parents[1])
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        # The child's stdin: this process keeps the only writing end open (not inherited by
        # other children) and never writes, so the child sees its end only when this one ends.
        child_end, self._lifeline = os.pipe()
        try:
            self.process = subprocess.Popen(
                child_command(*arguments, *([sheet] if sheet is not None else [])),
                stdin=child_end, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        except BaseException:
            os.close(self._lifeline)
            raise
        finally:
            os.close(child_end)

    def stop(self) -> None:
        """Ends the child if it still runs (safe to call more than once)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()
        self._close_lifeline()

    def _close_lifeline(self) -> None:
        if self._lifeline >= 0:
            os.close(self._lifeline)
            self._lifeline = -1

    def _wait(self, cancelled: Cancelled | None) -> tuple[bytes, bytes]:
        """The child's output; stops it on a cancel (ImportCancelled) or past the time limit."""
        deadline = time.monotonic() + TIME_LIMIT_SECONDS
        try:
            while True:
                try:
                    return self.process.communicate(timeout=_POLL_SECONDS)
                except subprocess.TimeoutExpired:
                    pass
                if cancelled is not None and cancelled():
                    self.stop()
                    raise ImportCancelled
                if time.monotonic() > deadline:
                    self.stop()
                    log.info("reading %s took over %d s: stopped", self.path.name,
                             TIME_LIMIT_SECONDS)
                    raise UnreadableFileError(
                        "%1 took too long to read: it may be damaged or too large.",
                        params=(self.path.name,))
        except BaseException:
            self.stop()
            raise
        finally:
            self._close_lifeline()

    def result(self, cancelled: Cancelled | None = None) -> dict[str, Any]:
        """The child's answer; UnreadableFileError when the workbook cannot be read,
        ImportCancelled (the child stopped) once `cancelled()` says so."""
        output, errors = self._wait(cancelled)
        code = self.process.returncode
        answer: Any = None
        if code == 0:
            try:
                answer = pickle.loads(output)
            except Exception:  # a cut or garbled answer: the child did not finish
                answer = None
        if not isinstance(answer, dict):
            log.info("reading %s in a child process failed (exit %s): %s", self.path.name, code,
                     errors.decode("utf-8", "replace")[-2000:].strip())
            raise UnreadableFileError("%1 could not be read: it may be damaged or too large.",
                                      params=(self.path.name,))
        problem = answer.get("problem")
        if problem is not None:
            log.info("reading %s: %s (%s)", self.path.name, problem, answer.get("detail"))
        if problem == "unopenable":
            raise _unopenable(self.path)
        if problem == "no-sheet":
            raise UnreadableFileError("%1 has no sheet named “%2” (sheets: %3).",
                                      params=(self.path.name, answer["detail"],
                                              ", ".join(answer["sheets"])))
        if problem == "empty":
            raise UnreadableFileError("The file %1 is empty.", params=(self.path.name,))
        if problem is not None:  # a sheet the reader could open but not parse
            raise UnreadableFileError(
                "%1 could not be read: a sheet in it is damaged or in a form this program "
                "cannot read. Open it in Excel or LibreOffice and save it again as .xlsx.",
                params=(self.path.name,))
        return answer
