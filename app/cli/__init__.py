"""Command line: no sub-command opens the GUI; sub-commands call the same services headlessly.

One module per sub-command (registered in COMMANDS); `common` holds what they share. Sub-command
names, options and output columns are contracts used by scripts: keep them as written
in the issues. Each handler is small; the work happens in app.services.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO, cast

from app import __version__
from app.cli.common import (
    SubParsers,
    TerminalSafe,
    add_db_options,
    gui_database_of,
    release_locks,
)
from app.cli.customers import register_customers
from app.cli.demo import register_demo
from app.cli.feedback import register_feedback
from app.cli.import_ import register_import, register_undo
from app.cli.message import register_message
from app.cli.metrics import register_metrics
from app.cli.predict import register_predict
from app.cli.products import register_products
from app.cli.report import register_report
from app.cli.segments import register_segments
from app.cli.send_due import register_send_due
from app.cli.settings import register_settings
from app.cli.today import register_today
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
    if args.command is None:
        _configure_logging(verbose=getattr(args, "verbose", False), console=False)
        if args.self_test:  # headless: a build check must run without a display
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.application import StartOptions, run_gui

        local, shared = gui_database_of(args)
        return run_gui(StartOptions(db_path=local, demo=args.demo and not args.db,
                                    self_test=args.self_test, shared=shared))
    _ran_command = True
    # Before the log's console handler takes stderr: a logged file name is escaped too.
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = ReaderMayLeave(cast(TextIO, TerminalSafe(stdout)))
    sys.stderr = cast(TextIO, TerminalSafe(stderr))
    _configure_logging(verbose=getattr(args, "verbose", False), console=True)
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
    except Exception as exc:
        from app.services.database import friendly_error

        environment = friendly_error(exc)  # a full disk, a read-only or busy file: not a bug
        if environment is None:
            raise
        log.info("Database problem: %s", exc, exc_info=True)  # the log file, not the console
        print(f"error: {environment}", file=sys.stderr)
        return 2
    finally:
        release_locks()
        sys.stdout, sys.stderr = stdout, stderr


class ReaderMayLeave:
    """stdout for a command whose reader may stop reading (`regulars import F --yes | head -3`).

    Once the pipe is closed, what the command prints goes nowhere and the command carries on:
    an import whose summary nobody reads still writes its rows, and a report ends normally.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._reader_left()
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_left()

    def _reader_left(self) -> None:
        self._gone = True
        # The text still buffered would fail again when the process flushes at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, fileno... of the real stream
        return getattr(self._stream, name)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regulars",
        description="Regulars: turn one-time buyers into regular customers. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Regulars {__version__}")
    add_db_options(parser, default=None)
    parser.add_argument("--self-test", action="store_true",
                        help="open the database, render one page offscreen and exit (for builds)")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for register in COMMANDS:
        register(commands)
    return parser


COMMANDS: list[Callable[[SubParsers], None]] = [
    register_demo,
    register_import,
    register_undo,
    register_segments,
    register_products,
    register_customers,
    register_metrics,
    register_report,
    register_today,
    register_message,
    register_predict,
    register_settings,
    register_feedback,
    register_send_due,
]


def _configure_logging(verbose: bool, console: bool) -> None:
    from app.services import logging_setup

    logging_setup.configure(verbose=verbose, console=console)


if __name__ == "__main__":
    sys.exit(main())
