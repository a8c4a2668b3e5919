"""What every sub-command shares: its sub-parser with the database options, report options, and
opening the database the arguments name."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

from app.services import paths
from app.services.instance_lock import InstanceLock

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.team.address import SharedAddress

Handler = Callable[[argparse.Namespace], int]
# argparse has no public name for it, and the class is not subscriptable at run time.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_db_options(parser: argparse.ArgumentParser, default: object) -> None:
    # Sub-commands repeat --db/--demo so both `main.py --db X import F` and `import F --db X` work;
    # SUPPRESS keeps a sub-command's absent option from hiding the global one.
    parser.add_argument("--db", type=db_target, default=default, metavar="PATH",
                        help="database file (default: the one in your app-data folder), or a "
                             "shared server as postgresql://user@host:port/database (team mode; "
                             "the password from the keychain or PGPASSWORD)")
    parser.add_argument("--demo", action="store_true", default=default or False,
                        help="use the demo shop's database, creating it if missing")


def subparser(commands: SubParsers, name: str, help_text: str,
              handler: Handler) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    add_db_options(sub, default=argparse.SUPPRESS)
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


def db_target(text: str) -> Path | str:
    """A file path, or a server's address kept as typed (a Path would fold its "//")."""
    from app.services.team.address import is_shared_address

    return text if is_shared_address(text) else Path(text)


def shared_address_of(args: argparse.Namespace) -> SharedAddress | None:
    from app.services.team.address import SharedAddress

    target = getattr(args, "db", None)
    return SharedAddress.parse(target) if isinstance(target, str) else None


def db_path_of(args: argparse.Namespace) -> Path:
    demo = getattr(args, "demo", False)
    return paths.resolve_db_path(getattr(args, "db", None), demo=demo,
                                 language=_demo_language() if demo else "ru")


def gui_database_of(args: argparse.Namespace) -> tuple[Path, str | None]:
    """The window's database: the local file, and the shared server to open instead of it —
    `--db postgresql://...`, else (no --db, not the demo) the one this laptop chose."""
    target = getattr(args, "db", None)
    if isinstance(target, str):
        return paths.default_db_path(), target
    if target or getattr(args, "demo", False):
        return db_path_of(args), None
    from app.services.team.choice import chosen_local_file, chosen_server

    server = chosen_server()
    return chosen_local_file() or db_path_of(args), server.url() if server else None


def _demo_language() -> str:
    from app.services.demo import demo_language

    return demo_language()


_held: list[InstanceLock] = []


def lock_for_writing(path: Path) -> None:
    """The lock the app's window holds: a command that writes refuses while the window (or
    another writing command) has the database, as a second window would. Held until the
    command ends (`release_locks`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path)
    lock.acquire()
    _held.append(lock)


def release_locks() -> None:
    while _held:
        _held.pop().release()


def open_db_for(args: argparse.Namespace, *, writing: bool = False) -> Database:
    """Open (creating, migrating) the database the arguments name; fill the demo shop if asked.
    `writing`: the command changes the data, so it takes the window's lock first.

    The services load lazily so that `--help` stays fast."""
    from app.services.clock import Clock
    from app.services.database import open_database, open_shared_database

    shared = shared_address_of(args)
    if shared is not None:  # the server serialises writers itself: no file lock
        from app.services.secrets import shared_database_password

        db = open_shared_database(shared, shared_database_password(shared.user,
                                                                    shared.keychain_host))
    else:
        if writing:
            lock_for_writing(db_path_of(args))
        db = open_database(db_path_of(args))
    if writing:  # the window's first run would have suggested these from the locale
        from app.services.locale_defaults import store_locale_defaults
        from app.services.settings import Settings

        store_locale_defaults(db, Settings(db))
    if getattr(args, "demo", False) and not getattr(args, "db", None):
        from app.services.demo import ensure_demo_shop

        ensure_demo_shop(db, Clock().today(), language=_demo_language())
    return db


# Control characters a terminal would act on: C0 but tab and line feed (layout), a carriage return
# unless it ends a line, DEL and C1 (ESC starts colour, title and cursor sequences; C1 CSI too).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """`text` with each control character shown as its escape (ESC as "\\u001b"). The \\u form
    is what JSON itself writes, so a JSON report stays valid and means the same, and a CSV report
    keeps its columns."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalSafe:
    """A text stream that writes everything through `terminal_safe`: a command prints file names,
    headers and cells from files it did not make, and none of them may drive the terminal (set
    its title, hide text, fake a prompt). One filter on stdout and stderr covers every message,
    report and log line, including those not written yet."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, fileno, isatty, encoding...
        return getattr(self._stream, name)
