"""Command line: no sub-command opens the GUI; sub-commands call the same services headlessly.

Sub-command names, options and output columns are contracts used by scripts: keep them as written
in the issues. Each handler is small; the work happens in app.services.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app import __version__
from app.services import paths
from app.services.errors import UserFacingError

log = logging.getLogger(__name__)


def run() -> None:
    """The process entry point (main.py and the `regulars` script): main(), then exit.

    After a command the process ends at once (files flushed, logs closed) instead of freeing
    every object of a million-line import one by one and unloading pandas: a third of a second
    that a script running `import` in a loop would otherwise wait for. Everything the command
    wrote is committed by then; SQLite needs nothing more from a process that exits.
    """
    code = main()
    if _ran_command:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to say
                stream.flush()
        logging.shutdown()
        os._exit(code)
    sys.exit(code)


_ran_command = False


def main(argv: list[str] | None = None) -> int:
    global _ran_command
    args = build_parser().parse_args(argv)
    _configure_logging(verbose=getattr(args, "verbose", False), console=args.command is not None)
    if args.command is None:
        if args.self_test:  # headless: a build check must run without a display
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.application import run_gui

        return run_gui(args)
    _ran_command = True
    try:
        return int(args.handler(args) or 0)
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `regulars today | head`: the reader has gone, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regulars",
        description="Regulars: turn one-time buyers into regular customers. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Regulars {__version__}")
    _add_db_options(parser, default=None)
    parser.add_argument("--self-test", action="store_true",
                        help="open the database, render one page offscreen and exit (for builds)")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for register in COMMANDS:
        register(commands)
    return parser


def _add_db_options(parser: argparse.ArgumentParser, default: object) -> None:
    # Sub-commands repeat --db/--demo so both `main.py --db X import F` and `import F --db X` work;
    # SUPPRESS keeps a sub-command's absent option from hiding the global one.
    parser.add_argument("--db", type=Path, default=default, metavar="PATH",
                        help="database file (default: the one in your app-data folder)")
    parser.add_argument("--demo", action="store_true", default=default or False,
                        help="use the demo shop's database, creating it if missing")


def _subparser(commands: argparse._SubParsersAction, name: str, help_text: str,
               handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    _add_db_options(sub, default=argparse.SUPPRESS)
    sub.set_defaults(handler=handler)
    return sub


def add_report_options(sub: argparse.ArgumentParser, as_of_help: str) -> None:
    """--as-of and --format, shared by the commands that print a table (segments, today)."""
    sub.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD", help=as_of_help)
    sub.add_argument("--format", choices=("csv", "json"), default="csv",
                     help="output format (default: csv)")


def as_of_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def resolve_db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    return paths.demo_db_path() if getattr(args, "demo", False) else paths.default_db_path()


def open_db_for(args: argparse.Namespace):  # -> Database; imported lazily to keep --help fast
    """Open (creating, migrating) the database the arguments name; fill the demo shop if asked."""
    from app.services.clock import Clock
    from app.services.database import open_database

    db = open_database(resolve_db_path(args))
    if getattr(args, "demo", False) and not getattr(args, "db", None):
        from app.services.demo import ensure_demo_shop

        ensure_demo_shop(db, Clock().today())
    return db


# --- sub-commands -------------------------------------------------------------------------------


def _register_demo(commands: argparse._SubParsersAction) -> None:
    sub = _subparser(commands, "demo", "create the demo shop database (if missing) and print "
                     "where it is", _cmd_demo)
    sub.add_argument("--seed", type=int, default=2024, help="random seed for the demo data")


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.database import open_database
    from app.services.demo import ensure_demo_shop

    path = resolve_db_path(args) if getattr(args, "db", None) else paths.demo_db_path()
    db = open_database(path)
    result = ensure_demo_shop(db, Clock().today(), seed=args.seed)
    print(f"demo shop: {path} ({result.customers} customers, {result.purchases} purchases)")
    return 0


from app.cli_import import register_import, register_undo  # noqa: E402 - after the helpers
from app.cli_messages import register_message  # noqa: E402
from app.cli_segments import register_segments  # noqa: E402
from app.cli_today import register_today  # noqa: E402

COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _register_demo,
    register_import,
    register_undo,
    register_segments,
    register_today,
    register_message,
]


def _configure_logging(verbose: bool, console: bool) -> None:
    from app.services import logging_setup

    logging_setup.configure(verbose=verbose, console=console)


if __name__ == "__main__":
    sys.exit(main())
