"""The child process that parses a workbook: `python -m app.services.importing.workbook_child`.

A hostile workbook can make the native reader (python-calamine) ask for hundreds of gigabytes
and abort the whole process, which no `except` can catch. Here it can only end this child: the
parent (`workbook_process`) turns that into a sentence. Before reading, the child caps its own
memory. It imports nothing from the app but this module, so it starts in a few tens of
milliseconds. The answer is one pickle on stdout:

- {"sheets": [...], "non_empty": [...], "name": str, "head": the first rows as they are,
  "height": the number of rows, "columns": [(codes, distinct cells), ...]} for "read"
  (see `_coded`), only the first two for "sheets";
- {"problem": "unopenable" | "no-sheet" | "empty" | "unparsable", "detail": str, "sheets": [...]}
  when the file is readable enough to say what is wrong with it.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
import threading
import time
from array import array
from typing import Any

HEAD_ROWS = 40  # where the parent looks for the header row (sniffing.HEADER_SEARCH_ROWS)
CHILD_FLAG = "--workbook-child"  # the frozen app's executable runs this module with this flag


def limit_memory(limit: int) -> None:
    """Caps this process's memory at `limit` bytes: allocations beyond it fail (and calamine
    aborts), instead of the machine swapping."""
    if sys.platform == "win32":
        threading.Thread(target=_watch_windows_memory, args=(limit,), daemon=True).start()
        return
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:  # a lower limit set by the system holds
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _watch_windows_memory(limit: int) -> None:  # pragma: no cover - Windows only
    """Windows has no RLIMIT_AS: ends this process when its private memory passes `limit`."""
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    *((name, ctypes.c_size_t) for name in (
                        "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                        "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                        "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage",
                        "PrivateUsage"))]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
    query = ctypes.windll.psapi.GetProcessMemoryInfo  # type: ignore[attr-defined]
    while True:
        if query(process, ctypes.byref(counters), counters.cb) and counters.PrivateUsage > limit:
            os._exit(3)
        time.sleep(0.02)


def answer(operation: str, path: str, sheet: str | None) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(path)
    except Exception as exc:  # calamine raises many types for damaged or encrypted files
        return {"problem": "unopenable", "detail": str(exc), "sheets": []}
    sheets = list(workbook.sheet_names)
    loaded = {}
    # calamine parses a whole sheet to size it: each is parsed once, and kept
    for name in sheets:
        try:
            loaded[name] = workbook.get_sheet_by_name(name)
        except Exception:  # reported below if this sheet is the one asked for
            continue
    non_empty = [n for n in sheets if n in loaded and loaded[n].height * loaded[n].width > 0]
    if operation == "sheets":
        return {"sheets": sheets, "non_empty": non_empty}
    if sheet is not None and sheet not in sheets:
        return {"problem": "no-sheet", "detail": sheet, "sheets": sheets}
    chosen = sheet or (non_empty[0] if non_empty else sheets[0] if sheets else None)
    if chosen is None:
        return {"problem": "empty", "detail": "", "sheets": sheets}
    try:
        found = loaded[chosen] if chosen in loaded else workbook.get_sheet_by_name(chosen)
        rows = found.to_python(skip_empty_area=False)
    except Exception as exc:
        return {"problem": "unparsable", "detail": str(exc), "sheets": sheets}
    return {"sheets": sheets, "non_empty": non_empty, "name": chosen, "head": rows[:HEAD_ROWS],
            "height": len(rows), "columns": [_coded(column) for column in
                                             itertools.zip_longest(*rows, fillvalue="")]}


def _coded(cells: tuple[Any, ...]) -> tuple[bytes, list[Any]]:
    """A column as each row's code (int32 bytes) into its distinct cells. Sending a million
    cells one by one through pickle would cost more than parsing them; the distinct ones are
    few, and the parent builds its categorical columns from the codes as they are."""
    distinct: dict[Any, int] = {}
    codes = array("i", [distinct.setdefault(cell, len(distinct)) for cell in cells])
    return codes.tobytes(), list(distinct)


def main(argv: list[str]) -> int:
    """argv: operation ("read" or "sheets"), path, memory limit in bytes, and a sheet name."""
    operation, path, limit = argv[0], argv[1], int(argv[2])
    sheet = argv[3] if len(argv) > 3 else None
    limit_memory(limit)
    result = answer(operation, path, sheet)
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
