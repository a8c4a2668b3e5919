"""Spreadsheet import: CSV/TSV/TXT and XLSX/XLSM/XLS/ODS exports, messy Russian and English alike.

reading (file -> raw table) -> mapping (which column is what) -> parsing (typed values) ->
matching (who is who) -> planning (the summary, nothing written) -> writing (one transaction) ->
undo. `service` is the facade the GUI and the CLI call.
"""

from app.services.importing.planning import ImportPlan, MappingError
from app.services.importing.reading import RawTable, UnreadableFileError
from app.services.importing.service import (
    Prepared,
    commit,
    guess_columns,
    plan,
    prepare,
    preview,
    read,
    save_rejected_csv,
    sheets,
    undo_last,
)
from app.services.importing.undo import BatchInfo, UndoResult, last_undoable, list_batches
from app.services.importing.writing import ImportCancelled, ImportResult

__all__ = [
    "BatchInfo",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "MappingError",
    "Prepared",
    "RawTable",
    "UndoResult",
    "UnreadableFileError",
    "commit",
    "guess_columns",
    "last_undoable",
    "list_batches",
    "plan",
    "prepare",
    "preview",
    "read",
    "save_rejected_csv",
    "sheets",
    "undo_last",
]
