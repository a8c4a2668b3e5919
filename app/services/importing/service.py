"""The import use case in four calls: read -> plan (nothing written) -> commit -> undo.

The GUI runs `read` and `plan` in the background, shows the plan, lets the user fix the columns
(`plan` again), and only `commit` writes. The CLI does the same in one go.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from app.services import paths
from app.services.csv_safety import safe_row, safe_value
from app.services.database import Database
from app.services.importing import mapping, money_columns, platforms, undo, writing
from app.services.importing.cancelling import Cancelled
from app.services.importing.early import TextLoading, WorkbookLoading
from app.services.importing.planning import ImportPlan, MappingError, build_plan, empty_plan
from app.services.importing.reading import RawTable, read_table
from app.services.importing.workbook import list_sheets
from app.services.segments.recompute import recompute
from app.services.settings import Settings
from app.services.team import changes

Progress = Callable[[float, str], None]
log = logging.getLogger(__name__)


@dataclass
class Prepared:
    raw: RawTable
    columns: dict[str, str]
    remembered: bool
    plan: ImportPlan
    # The known export the header was recognised as (its columns and money rule are used, and
    # nothing is asked); None for a file read by its columns.
    platform: platforms.PlatformFormat | None = None
    # Two or more columns that could each be the money, when the user must say which: the
    # dialog asks, the command line refuses without --map amount=COLUMN.
    money_choices: list[str] = field(default_factory=list)
    # Why the columns as guessed can import nothing (a file of notes, headers nobody could
    # name): only with `prepare(review=True)`, whose plan is then empty, for the owner to say
    # which column is what.
    problem: MappingError | None = None


def sheets(path: Path, cancelled: Cancelled | None = None) -> list[str]:
    return list_sheets(Path(path), cancelled)


def read(path: Path, sheet: str | None = None,
         loading: TextLoading | WorkbookLoading | None = None,
         cancelled: Cancelled | None = None) -> RawTable:
    return read_table(Path(path), sheet, loading, cancelled)


def guess_columns(raw: RawTable, settings: Settings) -> tuple[dict[str, str], bool]:
    """The remembered mapping for this header if the user confirmed one before, else a guess."""
    remembered = mapping.remembered_mapping(settings.get("import_mappings"), raw.headers)
    if remembered is not None:
        return remembered, True
    return mapping.guess_mapping(raw.frame), False


def plan(db: Database, raw: RawTable, columns: dict[str, str], settings: Settings,
         as_of: dt.date, platform: platforms.PlatformFormat | None = None) -> ImportPlan:
    return build_plan(db, raw, columns, region=settings.get("phone_region"), as_of=as_of,
                      fmt=platform, instalment_days=settings.get("instalment_days"))


def prepare(db: Database, path: Path, *, settings: Settings, as_of: dt.date,
            sheet: str | None = None, columns: dict[str, str] | None = None,
            loading: TextLoading | WorkbookLoading | None = None,
            overrides: Mapping[str, str] | None = None, review: bool = False,
            cancelled: Cancelled | None = None) -> Prepared:
    """`loading`: the file being read already (see `early`: the CLI starts that first).
    `cancelled`: asked while a workbook is read; ImportCancelled once it says so.
    `review`: the columns will be shown to the owner, so columns that import nothing are no
    error yet (see `Prepared.problem`).

    A file whose header is a known export's is read by that format's rules, unless `columns`
    or `overrides` ({field: header}, the command line's --map) say how to read it.
    """
    started = time.perf_counter()
    raw = read(path, sheet, loading, cancelled)
    read_at = time.perf_counter()
    ahead = ""
    if loading is not None:  # timed from when the reading began, before this module loaded
        started, ahead = loading.started, " (begun while the importer loaded)"
    log.info("Read %d rows of %s in %.2f s%s", len(raw.frame), Path(path).name,
             read_at - started, ahead)
    remembered = False
    platform = None
    choices: list[str] = []
    if columns is None and not overrides:
        platform = platforms.recognise(raw.headers)
    if platform is not None:
        columns = platform.column_map(raw.headers)
        log.info("Recognised %s", platform.key)
    elif columns is None:
        columns, remembered = guess_columns(raw, settings)
        if overrides:
            columns = mapping.with_overrides(columns, overrides, raw.headers)
        if not remembered and "amount" not in (overrides or {}):
            choices = money_columns.money_choices(raw.frame, columns)
    problem = None
    try:
        import_plan = plan(db, raw, columns, settings, as_of, platform)
    except MappingError as error:
        if not review:
            raise
        problem, import_plan = error, empty_plan(raw, columns)
    log.info("Planned the import in %.2f s", time.perf_counter() - read_at)
    return Prepared(raw, columns, remembered, import_plan, platform, choices, problem)


def commit(db: Database, import_plan: ImportPlan, *, settings: Settings, as_of: dt.date,
           headers: list[str] | None = None, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> writing.ImportResult:
    """Remembers the columns, writes the plan in one transaction, and refreshes the figures."""
    if headers:  # the user confirmed these columns: remembered even if the write is cancelled
        stored = settings.get("import_mappings")
        settings.set("import_mappings",
                     mapping.remember_mapping(stored, headers, import_plan.columns))
    # While another connection is open, closing the writer's does not copy the whole write into
    # the database file on the spot; `checkpointing` does that beside the recompute instead.
    keeper = db.raw_connection() if db.dialect == "sqlite" else None
    try:
        result, lines = writing.write_plan_with_lines(db, import_plan, progress, cancelled)
        with writing.checkpointing(db):
            recompute(db, as_of, lines)
        _figures_changed(db)
    finally:
        if keeper is not None:
            keeper.close()
    return result


def undo_last(db: Database, batch_id: int | None, *, settings: Settings, now: dt.datetime,
              as_of: dt.date) -> undo.UndoResult:
    result = undo.undo_import(db, batch_id, backup_dir=backup_dir(settings), now=now)
    recompute(db, as_of)
    _figures_changed(db)
    return result


def _figures_changed(db: Database) -> None:
    """Other windows refresh again once the figures follow the purchases. The import (or undo)
    noted its change in its own transaction; the figures are recomputed in a later one, and a
    window that refreshed in between shows the new customers with their old figures."""
    conn = db.raw_connection()
    try:
        with conn:
            changes.note(conn, "figures")
    finally:
        conn.close()


def backup_dir(settings: Settings) -> Path:
    configured = settings.get("backup_dir")
    return Path(configured) if configured else paths.default_backup_dir()


def save_rejected_csv(rejected: pd.DataFrame, path: Path) -> None:
    """The rejected rows as a CSV that Excel opens with Cyrillic intact (UTF-8 with BOM, `;`),
    their cells escaped against formulas (the values are whatever the file held)."""
    safe = rejected.astype(object).map(safe_value)
    safe.columns = safe_row(str(c) for c in rejected.columns)
    safe.to_csv(path, sep=";", index=False, encoding="utf-8-sig")
