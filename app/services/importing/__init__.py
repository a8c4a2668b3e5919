"""Spreadsheet import: CSV/TSV/TXT and XLSX/XLSM/XLS/ODS exports, messy Russian and English alike.

reading (file -> raw table) -> mapping (which column is what) -> parsing (typed values) ->
matching (who is who) -> planning (the summary, nothing written) -> writing (one transaction) ->
undo. `service` is the facade the GUI and the CLI call.

The facade's names load their modules on first use, so that `early` (which starts reading a
file before pandas is loaded) and `mapping` can be imported without pulling in pandas.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "ImportPlan": "planning", "MappingError": "planning",
    "RawTable": "reading", "UnreadableFileError": "reading",
    "Prepared": "service", "commit": "service", "guess_columns": "service", "plan": "service",
    "prepare": "service", "preview": "service", "read": "service",
    "save_rejected_csv": "service", "sheets": "service", "undo_last": "service",
    "BatchInfo": "undo", "UndoResult": "undo", "last_undoable": "undo", "list_batches": "undo",
    "ImportCancelled": "writing", "ImportResult": "writing",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)

