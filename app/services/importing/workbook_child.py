"""The child process that parses a workbook: `python -m app.services.importing.workbook_child`.

A hostile workbook can make the native reader (python-calamine) ask for hundreds of gigabytes
and abort the whole process, which no `except` can catch. Here it can only end this child: the
parent (`workbook_process`) turns that into a sentence. Before reading, the child caps its own
memory and ties its life to its parent's (`leave_with_parent`). It imports nothing from the app
but this module, so it starts in a few tens of milliseconds. The answer is one pickle on stdout:

- {"sheets": [...], "non_empty": [...], "name": str, "head": the first rows as they are,
  "height": the number of rows, "columns": [(codes, distinct cells), ...]} for "read"
  (see `_coded`), only the first two for "sheets";
- {"problem": "unopenable" | "no-sheet" | "empty" | "unparsable", "detail": str, "sheets": [...]}
  when the file is readable enough to say what is wrong with it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import signal
import sys
import threading
import time
from array import array
from typing import Any

HEAD_ROWS = 40  # where the parent looks for the header row (sniffing.HEADER_SEARCH_ROWS)
CHILD_FLAG = "--workbook-child"  # the frozen app's executable runs this module with this flag
TIME_LIMIT_SECONDS = 600  # the parent gives up on a read after this long, and stops the child
# Makes the child wait this many seconds before reading: how the tests get a read that is
# still running when they cancel it, time it out or kill its parent.
TEST_DELAY_VARIABLE = "REGULARS_TEST_CHILD_DELAY"
# Set by the parent that gives this child a stdin pipe to watch (run by hand, stdin may be a
# terminal or /dev/null, which say nothing about a parent).
WATCH_VARIABLE = "REGULARS_CHILD_WATCHES_STDIN"
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def leave_with_parent() -> None:
    """Ends this child when its parent ends, however the parent ends (even killed outright).

    Portable part: the parent holds the only writing end of this child's stdin and never writes;
    when the parent dies the system closes it, and a thread here sees the end of the input and
    exits. That thread needs Python's lock, which a native parse might hold for long, so on
    Linux the kernel also sends SIGKILL when the parent dies (PR_SET_PDEATHSIG: strictly, when
    the thread that started the child ends; that thread waits for the child), and elsewhere
    on POSIX an alarm ends a child that outlives any read the parent would wait for.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # an odd libc: the other ways hold
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if hasattr(signal, "alarm"):  # SIGALRM's default action ends the process
        signal.alarm(TIME_LIMIT_SECONDS + 60)
    if os.environ.get(WATCH_VARIABLE) == "1":
        threading.Thread(target=_exit_when_input_ends, name="parent-watch", daemon=True).start()


def _exit_when_input_ends() -> None:
    try:
        while os.read(0, 4096):  # the parent never writes; anything read is ignored
            pass
    except OSError:  # no usable stdin (started by hand without one): nothing to watch
        return
    os._exit(4)


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
    # Typed: by default ctypes passes a handle as a 32-bit int, and the current process's
    # pseudo-handle (-1) would reach the call as 0xFFFFFFFF, which fails, every time, silently.
    current = ctypes.windll.kernel32.GetCurrentProcess  # type: ignore[attr-defined]
    current.restype, current.argtypes = wintypes.HANDLE, []
    query = ctypes.windll.psapi.GetProcessMemoryInfo  # type: ignore[attr-defined]
    query.restype = wintypes.BOOL
    query.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]
    process = current()
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
    leave_with_parent()
    limit_memory(limit)
    time.sleep(float(os.environ.get(TEST_DELAY_VARIABLE) or 0))
    result = answer(operation, path, sheet)
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
