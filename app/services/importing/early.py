"""Reading a file begins on a background thread before pandas is loaded.

A workbook is parsed by a child process (`workbook_process`) and pyarrow (large text tables)
parses without holding Python's GIL, so the command-line import starts them first and loads
pandas and the importer meanwhile, on the other core. Only what needs neither pandas nor numpy is
imported here. Whatever goes wrong is left to `reading`, which reads the file again and tells the
user what is wrong (a workbook's sentence is kept: reading it again would fail the same way).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.importing import sniffing

if TYPE_CHECKING:  # imported on the loading thread, not by whoever imports this
    import pyarrow as pa


class _Loading:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.started = time.perf_counter()
        self._thread = threading.Thread(target=self._load, name="early-read", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        raise NotImplementedError


class WorkbookLoading(_Loading):
    """Sizes a workbook and parses it in a child process (`workbook_process`): its first
    sheet that holds anything."""

    def __init__(self, path: Path) -> None:
        self._answer: dict[str, Any] | None = None
        self._error: sniffing.UnreadableFileError | None = None
        self._stopped = threading.Event()
        super().__init__(path)

    def stop(self) -> None:
        """Stops the child if it still reads (its answer is not wanted); returns at once."""
        self._stopped.set()

    def result(self) -> tuple[dict[str, Any] | None, sniffing.UnreadableFileError | None]:
        """The child's answer (see `workbook_child`), or the sentence saying why the workbook
        cannot be read; (None, None) if something unforeseen went wrong (the reader tries
        again and reports it)."""
        self._thread.join()
        return self._answer, self._error

    def _load(self) -> None:
        from app.services.importing.workbook_process import WorkbookRead

        try:
            self._answer = WorkbookRead(self.path).result(self._stopped.is_set)
        except sniffing.UnreadableFileError as exc:
            self._error = exc
        except Exception:  # the reader reads it again and reports the problem
            return


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
