"""Spreadsheet import: CSV/TSV/TXT and XLSX/XLSM/XLS/ODS exports, messy Russian and English alike.

reading (file -> raw table) -> mapping (which column is what) -> parsing (typed values) ->
matching (who is who) -> planning (the summary, nothing written) -> writing (one transaction) ->
undo. `service` is the facade the GUI and the CLI call.

The facade's names load their modules on first use, so that `early` (which starts reading a
file before pandas is loaded) and `mapping` can be imported without pulling in pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, typed and navigable, without loading anything at run time
    from app.services.importing.cancelling import ImportCancelled
    from app.services.importing.planning import ImportPlan, MappingError
    from app.services.importing.previewing import Preview, preview
    from app.services.importing.reading import RawTable
    from app.services.importing.service import (
        Prepared,
        commit,
        guess_columns,
        plan,
        prepare,
        read,
        save_rejected_csv,
        sheets,
        undo_last,
    )
    from app.services.importing.sniffing import UnreadableFileError
    from app.services.importing.undo import BatchInfo, UndoResult, last_undoable, list_batches
    from app.services.importing.writing import ImportResult

_HOMES = {
    "ImportPlan": "planning", "MappingError": "planning",
    "RawTable": "reading", "UnreadableFileError": "reading",
    "Prepared": "service", "commit": "service", "guess_columns": "service", "plan": "service",
    "prepare": "service", "read": "service", "Preview": "previewing", "preview": "previewing",
    "save_rejected_csv": "service", "sheets": "service", "undo_last": "service",
    "BatchInfo": "undo", "UndoResult": "undo", "last_undoable": "undo", "list_batches": "undo",
    "ImportCancelled": "cancelling", "ImportResult": "writing",
}
__all__ = [  # the names of _HOMES, spelt out so that tools read them
    "BatchInfo", "ImportCancelled", "ImportPlan", "ImportResult", "MappingError", "Prepared",
    "Preview",
    "RawTable", "UndoResult", "UnreadableFileError", "commit", "guess_columns", "last_undoable",
    "list_batches", "plan", "prepare", "preview", "read", "save_rejected_csv", "sheets",
    "undo_last",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)

