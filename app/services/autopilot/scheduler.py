"""Registering `send-due` with the system's scheduler, so automatic e-mails go while the app is
closed: Windows Task Scheduler, a launchd LaunchAgent (macOS), a systemd user timer (Linux) or,
where no systemd user instance runs, a crontab line.

Every variant runs hourly: the quiet hours and the daily cap are send-due's own, so an hourly run
sends within the hours the owner chose, and a run that found no network is retried an hour later.
The command is the app's own: the frozen executable, or this interpreter with main.py, with the
database the app has open. Each database gets its own job (a short hash of its path in the job's
name), so the demo shop never replaces the owner's registration.

The files and command lines are built as text (tested as text for each system); `Runner` runs the
commands, so tests inject one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import plistlib
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.services.autopilot.sending import RunResult
from app.services.errors import UserFacingError
from app.services.settings import AUTOPILOT_LAST_RUN, Settings
from app.services.settings import QT_TRANSLATE_NOOP as _T

MAIN_PY = Path(__file__).resolve().parents[3] / "main.py"
CRON_MARKER = "# regulars-send-due"


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str = ""
    stderr: str = ""


Runner = Callable[[list[str], "str | None"], Ran]


def run_command(command: list[str], stdin: str | None) -> Ran:
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, text=True,
                              encoding="utf-8", timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Ran(127, "", str(exc))
    return Ran(done.returncode, done.stdout, done.stderr)


def app_command(db_path: Path, *, frozen: bool | None = None, executable: str | None = None,
                main_py: Path = MAIN_PY) -> list[str]:
    """The command line that runs send-due exactly as this app would, on its database."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    start = [executable] if frozen else [executable, str(main_py)]
    return [*start, "--db", str(Path(db_path).resolve()), "send-due"]


def job_name(db_path: Path) -> str:
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"regulars-send-due-{digest}"


E_FAILED = _T("errors", "The system scheduler refused: %1")


class Scheduler(Protocol):
    kind: str  # "windows", "launchd", "systemd", "cron"

    def register(self) -> None: ...
    def remove(self) -> None: ...
    def is_registered(self) -> bool: ...


def _check(ran: Ran) -> Ran:
    if ran.returncode != 0:
        raise UserFacingError(E_FAILED, params=[(ran.stderr or ran.stdout).strip()
                                                or f"exit code {ran.returncode}"])
    return ran


# --- Windows -----------------------------------------------------------------------------------

def windows_quote(arguments: list[str]) -> str:
    """One Windows command line (the /TR value): the program always in double quotes (a path
    under "Program Files" must not be read as "Program"), the rest quoted the way the C runtime
    splits them back. Non-ASCII letters need no escaping: the task is stored as UTF-16."""
    program, *rest = arguments
    return " ".join([f'"{program}"', *(subprocess.list2cmdline([a]) for a in rest)])


@dataclass
class WindowsTask:
    command: list[str]
    name: str
    run: Runner = run_command
    kind: str = "windows"

    def create_command(self) -> list[str]:
        return ["schtasks", "/Create", "/TN", self.name, "/TR", windows_quote(self.command),
                "/SC", "HOURLY", "/F"]

    def register(self) -> None:
        _check(self.run(self.create_command(), None))

    def remove(self) -> None:
        if self.is_registered():
            _check(self.run(["schtasks", "/Delete", "/TN", self.name, "/F"], None))

    def is_registered(self) -> bool:
        return self.run(["schtasks", "/Query", "/TN", self.name], None).returncode == 0


# --- macOS -------------------------------------------------------------------------------------

@dataclass
class LaunchAgent:
    command: list[str]
    name: str
    home: Path
    log_dir: Path
    uid: int
    run: Runner = run_command
    kind: str = "launchd"

    @property
    def label(self) -> str:
        return f"app.regulars.{self.name}"

    @property
    def plist_path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{self.label}.plist"

    def plist_text(self) -> str:
        return plistlib.dumps({
            "Label": self.label,
            "ProgramArguments": self.command,  # an array: no shell, no quoting to get wrong
            "StartInterval": 3600,
            "RunAtLoad": False,
            "StandardOutPath": str(self.log_dir / "send-due.log"),
            "StandardErrorPath": str(self.log_dir / "send-due.log"),
        }).decode("utf-8")

    def register(self) -> None:
        self.plist_path.parent.mkdir(parents=True, exist_ok=True)
        self.run(["launchctl", "bootout", f"gui/{self.uid}/{self.label}"], None)  # if loaded
        self.plist_path.write_text(self.plist_text(), encoding="utf-8")
        _check(self.run(["launchctl", "bootstrap", f"gui/{self.uid}", str(self.plist_path)],
                        None))

    def remove(self) -> None:
        self.run(["launchctl", "bootout", f"gui/{self.uid}/{self.label}"], None)
        self.plist_path.unlink(missing_ok=True)

    def is_registered(self) -> bool:
        return self.plist_path.exists()


# --- Linux: systemd user timer -----------------------------------------------------------------

def systemd_quote(argument: str) -> str:
    """An ExecStart word: double-quoted, with \\ and " escaped, and % and $ doubled (systemd's
    specifiers and variables). Non-ASCII letters stay as they are (unit files are UTF-8)."""
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("%", "%%").replace("$", "$$") + '"'


@dataclass
class SystemdTimer:
    command: list[str]
    name: str
    home: Path
    run: Runner = run_command
    kind: str = "systemd"

    @property
    def unit_dir(self) -> Path:
        return self.home / ".config" / "systemd" / "user"

    def service_text(self) -> str:
        return ("[Unit]\nDescription=Regulars: send the automatic e-mails due now\n\n"
                "[Service]\nType=oneshot\n"
                f"ExecStart={' '.join(systemd_quote(a) for a in self.command)}\n")

    def timer_text(self) -> str:
        return ("[Unit]\nDescription=Regulars: automatic e-mails every hour\n\n"
                "[Timer]\nOnCalendar=hourly\nRandomizedDelaySec=300\nPersistent=true\n\n"
                "[Install]\nWantedBy=timers.target\n")

    def _systemctl(self, *arguments: str) -> list[str]:
        return ["systemctl", "--user", *arguments]

    def register(self) -> None:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        (self.unit_dir / f"{self.name}.service").write_text(self.service_text(), "utf-8")
        (self.unit_dir / f"{self.name}.timer").write_text(self.timer_text(), "utf-8")
        _check(self.run(self._systemctl("daemon-reload"), None))
        _check(self.run(self._systemctl("enable", "--now", f"{self.name}.timer"), None))

    def remove(self) -> None:
        self.run(self._systemctl("disable", "--now", f"{self.name}.timer"), None)
        for suffix in (".service", ".timer"):
            (self.unit_dir / f"{self.name}{suffix}").unlink(missing_ok=True)
        self.run(self._systemctl("daemon-reload"), None)

    def is_registered(self) -> bool:
        return (self.unit_dir / f"{self.name}.timer").exists()


# --- Linux fallback: cron ----------------------------------------------------------------------

def cron_line(command: list[str], name: str) -> str:
    """Minute 7 of every hour; % is a line break to cron, so it is escaped; the marker comment
    finds the line again."""
    shell = " ".join(shlex.quote(a) for a in command).replace("%", "\\%")
    return f"7 * * * * {shell} >/dev/null 2>&1 {CRON_MARKER} {name}"


def without_job(table: str, name: str) -> list[str]:
    return [line for line in table.splitlines()
            if not line.rstrip().endswith(f"{CRON_MARKER} {name}")]


@dataclass
class CronJob:
    command: list[str]
    name: str
    run: Runner = run_command
    kind: str = "cron"

    def _table(self) -> str:
        ran = self.run(["crontab", "-l"], None)
        # "no crontab for user" is exit code 1 with nothing on stdout: an empty table
        return ran.stdout if ran.returncode == 0 else ""

    def _write(self, lines: list[str]) -> None:
        _check(self.run(["crontab", "-"], "".join(f"{line}\n" for line in lines)))

    def register(self) -> None:
        self._write([*without_job(self._table(), self.name), cron_line(self.command, self.name)])

    def remove(self) -> None:
        table = self._table()
        kept = without_job(table, self.name)
        if len(kept) != len(table.splitlines()):
            self._write(kept)

    def is_registered(self) -> bool:
        return any(line.rstrip().endswith(f"{CRON_MARKER} {self.name}")
                   for line in self._table().splitlines())


def systemd_user_available(run: Runner = run_command) -> bool:
    return shutil.which("systemctl") is not None and run(
        ["systemctl", "--user", "show-environment"], None).returncode == 0


def record_run(settings: Settings, when: dt.datetime, result: RunResult) -> None:
    """What send-due last did, kept in the database so the app can show it (the note as its
    English source, translated when shown)."""
    settings.set(AUTOPILOT_LAST_RUN, {
        "at": when.isoformat(timespec="seconds"), "sent": result.sent, "failed": result.failed,
        "waiting": result.waiting, "note": result.note, "note_context": result.note_context,
        "note_params": {k: str(v) for k, v in result.note_params.items()}})


@dataclass(frozen=True)
class LastRun:
    at: dt.datetime
    sent: int
    failed: int
    waiting: int
    note: str
    note_context: str
    note_params: dict[str, str]


def last_run(settings: Settings) -> LastRun | None:
    """None: send-due never ran on this database."""
    stored = settings.get(AUTOPILOT_LAST_RUN)
    try:
        return LastRun(dt.datetime.fromisoformat(str(stored["at"])), int(stored.get("sent", 0)),
                       int(stored.get("failed", 0)), int(stored.get("waiting", 0)),
                       str(stored.get("note", "")),
                       str(stored.get("note_context", "autopilot")),
                       dict(stored.get("note_params", {})))
    except (KeyError, TypeError, ValueError):
        return None


def for_this_system(db_path: Path, log_dir: Path, *, run: Runner = run_command,
                    system: str | None = None, home: Path | None = None) -> Scheduler | None:
    """The scheduler this computer has (None: none found, e.g. Linux without systemd or cron)."""
    system = system or platform.system()
    home = home or Path.home()
    command, name = app_command(db_path), job_name(db_path)
    if system == "Windows":
        return WindowsTask(command, name, run)
    if system == "Darwin":
        return LaunchAgent(command, name, home, log_dir, os.getuid(), run)
    if systemd_user_available(run):
        return SystemdTimer(command, name, home, run)
    if shutil.which("crontab"):
        return CronJob(command, name, run)
    return None
