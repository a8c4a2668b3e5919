"""Excel and ODS sheets parsed by python-calamine on a background thread.

Calamine parses without holding Python's GIL, so the command-line import starts the parse before
it loads pandas and the rest: on two cores they overlap (about 0.7 s of a 100,000-row workbook's
4 s). This module imports nothing heavy for that reason. Whatever goes wrong here is left to the
reader (`importing.reading`), which opens the file again and tells the user what is wrong.
"""

from __future__ import annotations

import threading
from pathlib import Path

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}


class WorkbookLoading:
    """Opens a workbook and parses each of its sheets, in order, on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._workbook: object | None = None
        self._sheets: dict[str, object] = {}
        self._thread = threading.Thread(target=self._load, name="workbook-loading", daemon=True)
        self._thread.start()

    def result(self) -> tuple[object | None, dict[str, object]]:
        """The open workbook (None if it could not be opened) and each sheet parsed so far:
        a sheet calamine could not parse is missing."""
        self._thread.join()
        return self._workbook, dict(self._sheets)

    def _load(self) -> None:
        try:
            from python_calamine import CalamineWorkbook

            workbook = CalamineWorkbook.from_path(str(self.path))
        except Exception:  # the reader opens it again and reports the problem
            return
        for name in workbook.sheet_names:
            try:
                self._sheets[name] = workbook.get_sheet_by_name(name)
            except Exception:  # the reader reports this sheet if it is asked for
                continue
        self._workbook = workbook


def start(path: Path) -> WorkbookLoading | None:
    """Starts parsing a spreadsheet file in the background; None for any other file."""
    path = Path(path)
    if path.suffix.lower() not in EXCEL_SUFFIXES or not path.is_file():
        return None
    return WorkbookLoading(path)
