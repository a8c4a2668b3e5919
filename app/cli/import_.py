"""`import FILE` and `undo-import [BATCH]`: the spreadsheet import on the command line.

Nothing is written before the user confirms: `--yes` confirms up front; with a terminal the
command asks; without one (a script, a pipe) it prints the summary and refuses to write. The same
holds for `undo-import`, which first says which import it would undo. Without a BATCH it undoes
the latest import only while that one is still in place: once the latest was undone, reaching
back to an older one needs its number, so running the command twice never undoes two imports.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import SubParsers, open_db_for, subparser
from app.services.importing.collector import cycle_collector_paused
from app.services.importing.mapping import FIELD_KEYS

if TYPE_CHECKING:
    import pandas as pd

    from app.services.database import Database
    from app.services.importing.service import Prepared

SHOWN_PROBLEMS = 15


def register_import(commands: SubParsers) -> None:
    sub = subparser(commands, "import", "import a spreadsheet of sales or customers "
                    "(CSV, TSV, TXT, XLSX, XLSM, XLS, ODS)", cmd_import)
    sub.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    sub.add_argument("--yes", "-y", action="store_true", help="import without asking")
    sub.add_argument("--sheet", metavar="NAME", help="the worksheet to import (default: the first)")
    sub.add_argument("--rejected-csv", type=Path, metavar="PATH",
                     help="save every rejected row (row, column, reason) to this CSV file")
    sub.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     type=_field_column,
                     help="read COLUMN as FIELD (repeatable), e.g. --map amount=Total; "
                          f"fields: {', '.join(FIELD_KEYS)}")


def _field_column(text: str) -> tuple[str, str]:
    field, sep, column = text.partition("=")
    if not sep or not field.strip() or not column.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN, got {text!r}")
    return field.strip().lower(), column.strip()


def register_undo(commands: SubParsers) -> None:
    sub = subparser(commands, "undo-import", "undo an import (default: the latest one); "
                    "a backup is taken first", cmd_undo)
    sub.add_argument("batch", type=int, nargs="?", metavar="BATCH",
                     help="the import number printed by `import`")
    sub.add_argument("--yes", "-y", action="store_true", help="undo without asking")


@cycle_collector_paused()  # this process does one bulk import and nothing else
def cmd_import(args: argparse.Namespace) -> int:
    from app.services.importing import early

    # The file is parsed on another thread while pandas and the rest of the importer load.
    loading = early.start(args.file)
    from app.services import importing
    from app.services.clock import Clock
    from app.services.settings import Settings

    db = open_db_for(args, writing=True)
    settings, today = Settings(db), Clock().today()
    try:
        prepared = importing.prepare(db, args.file, settings=settings, as_of=today,
                                     sheet=args.sheet, loading=loading,
                                     overrides=dict(args.map) or None)
    finally:  # a workbook's child is not left reading after a failure or Ctrl+C
        if isinstance(loading, early.WorkbookLoading):
            loading.stop()
    plan = prepared.plan
    print_summary(prepared)
    if prepared.money_choices:
        names = ", ".join(f"“{h}”" for h in prepared.money_choices)
        example = prepared.money_choices[0]
        print(f"Not imported: the money could be in any of these columns: {names}. Say which "
              f"with --map amount=COLUMN (for example --map amount=\"{example}\").")
        return 1
    if args.rejected_csv is not None and len(plan.rejected):
        importing.save_rejected_csv(plan.rejected, args.rejected_csv)
        print(f"Rejected rows saved to {args.rejected_csv}")
    if not plan.has_anything:
        print("Nothing to import: every row was rejected or is already in the database.")
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            print("Not imported: no terminal to confirm. Run again with --yes to import.")
            return 1
        answer = input("Import these rows? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "д", "да"):
            print("Not imported.")
            return 1
    headers = prepared.raw.headers
    prepared.raw.frame = prepared.raw.frame.iloc[:0]  # the plan has what it needs: free the file
    result = importing.commit(db, plan, settings=settings, as_of=today, headers=headers)
    print(f"Imported as batch {result.batch_id}: {result.purchases_added:,} purchases, "
          f"{result.customers_created:,} new customers ({result.seconds:.1f} s). "
          f"Undo with: undo-import {result.batch_id}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from app.services import importing
    from app.services.clock import Clock
    from app.services.day import refresh_day
    from app.services.settings import Settings

    db = open_db_for(args, writing=True)
    if not _undo_confirmed(db, args.batch, args.yes):
        return 1
    clock, settings = Clock(), Settings(db)
    result = importing.undo_last(db, args.batch, settings=settings, now=clock.now(),
                                 as_of=clock.today())
    # As the GUI does: the reminders listed for the removed purchases leave the list now.
    refresh_day(db, settings, clock.today(), clock.now(), recompute_figures=False)
    backup = f" Backup: {result.backup_path}" if result.backup_path else ""  # none on a server
    print(f"Undid import {result.batch_id} ({result.file_name}): removed "
          f"{result.purchases_removed:,} purchases and {result.customers_removed:,} customers."
          f"{backup}")
    return 0


def _undo_confirmed(db: Database, batch_id: int | None, yes: bool) -> bool:
    from app.services.importing.undo import list_batches

    batches = list_batches(db)  # newest first
    if batch_id is None and batches and batches[0].undone_at is not None:
        older = next((b for b in batches if b.undone_at is None), None)
        print(f"Not undone: the latest import ({batches[0].id}, {batches[0].file_name}) was "
              "already undone." + (f" To undo import {older.id} ({older.file_name}) too, run: "
                                   f"undo-import {older.id}" if older else ""))
        return False
    batch = next((b for b in batches if b.id == batch_id or batch_id is None), None)
    if batch is None or batch.undone_at is not None:
        return True  # the service says why in a sentence
    print(f"Import {batch.id}: {batch.file_name}, {batch.created_at[:16]}: "
          f"{batch.purchases_added:,} purchases, {batch.customers_created:,} new customers.")
    if yes:
        return True
    if not sys.stdin.isatty():
        print("Not undone: no terminal to confirm. Run again with --yes to undo it.")
        return False
    answer = input(f"Undo import {batch.id}? [y/N] ").strip().lower()
    if answer not in ("y", "yes", "д", "да"):
        print("Not undone.")
        return False
    return True


def print_summary(prepared: Prepared) -> None:
    raw, plan = prepared.raw, prepared.plan
    where = f", sheet {raw.sheet!r}" if raw.sheet else ""
    how = f", {raw.encoding}, delimiter {raw.delimiter!r}" if raw.encoding else ""
    print(f"File: {raw.source.name}{where}{how}; header on row {raw.header_row}")
    if len(raw.sheets) > 1:
        print(f"  Other sheets: {', '.join(s for s in raw.sheets if s != raw.sheet)} "
              "(choose with --sheet NAME)")
    if prepared.platform is not None:
        print(f"Recognised: {prepared.platform.name}")
    mapped = [f"{h} -> {f}" for h, f in prepared.columns.items() if f != "ignore"]
    source = " (remembered)" if prepared.remembered else ""
    print(f"Columns{source}: {'; '.join(mapped)}")
    kind = "sales" if plan.shape == "orders" else "customer list"
    print(f"Rows read:           {plan.rows_read:>12,}  ({kind})")
    if plan.shape == "orders":
        print(f"Orders to add:       {plan.orders_added:>12,}")
        print(f"Purchases to add:    {plan.purchases_added:>12,}")
        print(f"Already imported:    {plan.purchases_existing:>12,}  (skipped)")
        if plan.instalment_orders:
            print(f"Instalments:         {plan.instalment_payments:>12,}  payments joined into "
                  f"{plan.instalment_orders:,} instalment orders")
    print(f"Customers to create: {plan.customers_created:>12,}")
    print(f"Customers matched:   {plan.customers_matched:>12,}")
    extras = plan.extras
    if extras.customers_with_notes or extras.customers_with_tags or extras.referrers_linked:
        print(f"Notes for customers: {extras.customers_with_notes:>12,}")
        print(f"Tags for customers:  {extras.customers_with_tags:>12,}")
        print(f"Referrers linked:    {extras.referrers_linked:>12,}")
    print(f"Rows rejected:       {plan.rows_rejected:>12,}")
    _print_problems(plan.rejected)
    if plan.dates_ambiguous:
        order = "day/month" if plan.date_order == "dmy" else "month/day"
        print(f"Note: dates like 03/04 could be read either way; read as {order}.")
    if len(plan.warnings):
        print(f"Warnings (rows kept): {len(plan.warnings):,}")
        _print_problems(plan.warnings)
    if plan.conflicts:
        print(f"Conflicts (same phone or code, different name): {len(plan.conflicts):,}")
        for c in plan.conflicts[:SHOWN_PROBLEMS]:
            print(f"  row {c['row']}: {c['identifier']} is {c['known_name']!r}, "
                  f"the file says {c['name_in_file']!r}")


def _print_problems(problems: pd.DataFrame) -> None:
    for row in problems.head(SHOWN_PROBLEMS).itertuples(index=False):
        value = f" ({row.value!r})" if row.value else ""
        print(f"  row {row.row}, column {row.column!r}: {row.reason}{value}")
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  ... and {len(problems) - SHOWN_PROBLEMS:,} more (save them all with "
              "--rejected-csv PATH)")
