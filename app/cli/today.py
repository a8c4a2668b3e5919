"""`today [--as-of YYYY-MM-DD] [--format csv|json] [--limit N]`: the day's reminders.

Without `--limit` it prints every due reminder, however many: the owner's daily capacity is a
matter of the Today page, not of what a script reads. `--limit N` prints the day's list as the
page would show it with a capacity of N people (people already written to today count).

For the real today the command does what the app does when it opens (services.day): refresh the
figures if they are from another day, take the month's segment snapshot, generate the day's tasks,
print the list. With another `--as-of` date it works on a temporary copy of the database, so a
"what if" date never leaves tasks in your real data. On a shared server (team mode) there is no
file to copy, and one transaction rolled back at the end cannot hold a day's refresh (it commits
step by step, like the app): such a date is refused with a sentence, and nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import (
    SubParsers,
    add_report_options,
    open_db_for,
    shared_address_of,
    subparser,
)

if TYPE_CHECKING:
    from app.services.database import Database


def register_today(commands: SubParsers) -> None:
    sub = subparser(commands, "today", "print today's reminders: who to contact, why and "
                    "with what words", cmd_today)
    add_report_options(sub, "the day to compute the list for (default: today)")
    sub.add_argument("--language", choices=("en", "ru"),
                     help="language of reasons and messages (default: the app's language for "
                          "reasons, the language of messages in Settings for messages)")
    sub.add_argument("--limit", type=_limit, default=0, metavar="N",
                     help="print only the day's list of N people, most important first "
                          "(default: every due reminder)")


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of people (0 or more): {text!r}")
    return value


def cmd_today(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.database import copy_database, open_database
    from app.services.errors import UserFacingError

    real_today = Clock().today()
    as_of = args.as_of or real_today
    # Another day is shown from a copy; the real day's reminders are written into the database.
    if as_of != real_today and shared_address_of(args) is not None:
        raise UserFacingError(
            "Another day's list is only shown for a database file: on a shared server it would "
            "write that day's reminders into everyone's data.",
            hint="Run it on a copy: bring the shop back into a local file, then use --db with it.")
    db = open_db_for(args, writing=as_of == real_today)
    if as_of == real_today:
        try:
            rows = _rows(db, as_of, args.language, args.limit)
        finally:
            db.dispose()
    else:
        folder = Path(tempfile.mkdtemp(prefix="regulars-today-"))
        try:
            copy_database(db.path, folder / "what-if.sqlite3")
            db.dispose()
            copy = open_database(folder / "what-if.sqlite3")
            try:
                rows = _rows(copy, as_of, args.language, args.limit)
            finally:
                copy.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    write(rows, args.format, sys.stdout)
    return 0


def _rows(db: Database, as_of: dt.date, language: str | None,
          limit: int) -> list[dict[str, Any]]:
    from app.services.day import refresh_day
    from app.services.messages.context import message_language
    from app.services.reminders.report import default_language, today_rows
    from app.services.settings import Settings

    settings = Settings(db)
    refresh_day(db, settings, as_of, dt.datetime.combine(as_of, dt.time(9)))
    app_language = default_language(settings)
    return today_rows(db, settings, as_of, language or app_language,
                      language or message_language(settings, app_language), limit)


def write(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    from app.services.reminders.report import COLUMNS

    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
