"""Reading a file begins on a background thread before pandas is loaded.

python-calamine (workbooks) and pyarrow (large text tables) do their parsing without holding
Python's GIL, so the command-line import starts them first and loads pandas and the importer
meanwhile, on the other core. Only what needs neither pandas nor numpy is
imported here. Whatever goes wrong is left to `reading`, which reads the file again and tells the
user what is wrong.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.importing import sniffing

if TYPE_CHECKING:  # both are imported on the loading thread, not by whoever imports this
    import pyarrow as pa
    from python_calamine import CalamineSheet, CalamineWorkbook


class _Loading:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.started = time.perf_counter()
        self._thread = threading.Thread(target=self._load, name="early-read", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        raise NotImplementedError


class WorkbookLoading(_Loading):
    """Opens a workbook and parses each of its sheets, in order."""

    def __init__(self, path: Path) -> None:
        self._workbook: CalamineWorkbook | None = None
        self._sheets: dict[str, CalamineSheet] = {}
        super().__init__(path)

    def result(self) -> tuple[CalamineWorkbook | None, dict[str, CalamineSheet]]:
        """The open workbook (None if it could not be opened) and its sheets by name; a sheet
        calamine could not parse is missing."""
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


class TextLoading(_Loading):
    """Finds a text table's layout and reads it with pyarrow (arrow_csv.read_arrow)."""

    def __init__(self, path: Path) -> None:
        self._layout: sniffing.TextLayout | None = None
        self._encoded: list[pa.DictionaryArray] | None = None
        super().__init__(path)

    def result(self) -> tuple[sniffing.TextLayout | None, list[pa.DictionaryArray] | None]:
        """The layout (None if it could not be found) and the columns pyarrow read (None when
        pandas must read this file)."""
        self._thread.join()
        return self._layout, self._encoded

    def _load(self) -> None:
        from app.services.importing import arrow_csv

        try:
            layout = sniffing.text_layout(self.path)
            encoded = arrow_csv.read_arrow(self.path, layout)
        except Exception:  # the reader reads it again and reports the problem
            return
        self._layout, self._encoded = layout, encoded


def start(path: Path) -> WorkbookLoading | TextLoading | None:
    """Starts reading a file in the background; None if it does not exist or is empty."""
    path = Path(path)
    try:
        sniffing.check_exists(path)
        kind = sniffing.file_kind(path)
    except (OSError, sniffing.UnreadableFileError):
        return None
    return WorkbookLoading(path) if kind == "excel" else TextLoading(path)
