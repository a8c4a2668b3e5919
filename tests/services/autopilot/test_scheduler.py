"""Registering send-due with the system's scheduler: the text each system gets (paths with
spaces and non-ASCII letters arrive whole), and on Linux the cron variant run for real."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from app.services.autopilot import scheduler
from app.services.autopilot.scheduler import (
    CronJob,
    LaunchAgent,
    Ran,
    SystemdTimer,
    WindowsTask,
    app_command,
    cron_line,
    job_name,
)
from app.services.errors import UserFacingError

DB = Path("/home/Ольга Петрова/My Shop/100% regulars.sqlite3")
EXE = "/opt/Regulars App/bin/python3"
WIN_EXE = r"C:\Program Files\Regulars\Regulars.exe"
WIN_DB = r"C:\Users\Ольга Петрова\AppData\Local\Regulars\regulars.sqlite3"


class Recorder:
    """Stands in for subprocess: records each command, answers with canned results."""

    def __init__(self, answers: dict[str, Ran] | None = None) -> None:
        self.calls: list[tuple[list[str], str | None]] = []
        self.answers = answers or {}

    def __call__(self, command: list[str], stdin: str | None) -> Ran:
        self.calls.append((command, stdin))
        return self.answers.get(" ".join(command[:2]), Ran(0))


def test_the_command_is_the_apps_own_interpreter_or_frozen_exe() -> None:
    source = app_command(DB, frozen=False, executable=EXE, main_py=Path("/src/x/main.py"))
    assert source == [EXE, "/src/x/main.py", "--db", str(DB), "send-due"]
    frozen = app_command(DB, frozen=True, executable="/Applications/Regulars.app/Regulars")
    assert frozen == ["/Applications/Regulars.app/Regulars", "--db", str(DB), "send-due"]
    assert job_name(DB) == job_name(DB) != job_name(DB.with_name("demo.sqlite3"))


def test_windows_task_runs_hourly_with_quoted_paths() -> None:
    run = Recorder()
    task = WindowsTask([WIN_EXE, "--db", WIN_DB, "send-due"], "regulars-send-due-1", run)
    task.register()
    (command, _), = run.calls
    assert command[:5] == ["schtasks", "/Create", "/TN", "regulars-send-due-1", "/TR"]
    assert command[5] == (r'"C:\Program Files\Regulars\Regulars.exe" --db '
                          r'"C:\Users\Ольга Петрова\AppData\Local\Regulars\regulars.sqlite3" '
                          "send-due")
    assert command[6:] == ["/SC", "HOURLY", "/F"]
    # Python hands /TR to schtasks as one argument whose quotes survive the C runtime's split
    assert '\\"C:\\Program Files' in subprocess.list2cmdline(command)
    run.calls.clear()
    task.remove()
    assert [c for c, _ in run.calls] == [["schtasks", "/Query", "/TN", "regulars-send-due-1"],
                                         ["schtasks", "/Delete", "/TN", "regulars-send-due-1",
                                          "/F"]]


def test_a_refusal_is_a_sentence_with_the_schedulers_reason() -> None:
    run = Recorder({"schtasks /Create": Ran(1, "", "ERROR: Access is denied.")})
    with pytest.raises(UserFacingError, match="Access is denied"):
        WindowsTask([WIN_EXE], "n", run).register()


def test_launch_agent_plist_and_launchctl(tmp_path: Path) -> None:
    run = Recorder()
    command = [EXE, "/Users/Ольга/Regulars app/main.py", "--db", str(DB), "send-due"]
    agent = LaunchAgent(command, "regulars-send-due-1", tmp_path, tmp_path / "logs", 501, run)
    agent.register()
    path = tmp_path / "Library/LaunchAgents/app.regulars.regulars-send-due-1.plist"
    assert agent.is_registered() and path.exists()
    text = path.read_text("utf-8")
    assert "<string>/home/Ольга Петрова/My Shop/100% regulars.sqlite3</string>" in text
    parsed = plistlib.loads(path.read_bytes())
    assert parsed["ProgramArguments"] == command  # an array: each path one argument
    assert parsed["StartInterval"] == 3600 and parsed["Label"] == agent.label
    assert [c for c, _ in run.calls] == [
        ["launchctl", "bootout", "gui/501/app.regulars.regulars-send-due-1"],
        ["launchctl", "bootstrap", "gui/501", str(path)]]
    agent.remove()
    assert not path.exists() and not agent.is_registered()


def test_systemd_units_quote_spaces_percent_and_dollar(tmp_path: Path) -> None:
    run = Recorder()
    timer = SystemdTimer([EXE, "/srv/$shop/main.py", "--db", str(DB), "send-due"],
                         "regulars-send-due-1", tmp_path, run)
    timer.register()
    units = tmp_path / ".config/systemd/user"
    service = (units / "regulars-send-due-1.service").read_text("utf-8")
    assert ('ExecStart="/opt/Regulars App/bin/python3" "/srv/$$shop/main.py" "--db" '
            '"/home/Ольга Петрова/My Shop/100%% regulars.sqlite3" "send-due"\n') in service
    assert "Type=oneshot" in service
    timer_text = (units / "regulars-send-due-1.timer").read_text("utf-8")
    assert "OnCalendar=hourly" in timer_text and "WantedBy=timers.target" in timer_text
    assert [c for c, _ in run.calls] == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "regulars-send-due-1.timer"]]
    assert timer.is_registered()
    timer.remove()
    assert not timer.is_registered() and not list(units.iterdir())


def test_cron_line_is_shell_quoted_and_found_by_its_marker() -> None:
    line = cron_line([EXE, "--db", str(DB), "send-due"], "regulars-send-due-1")
    assert line.startswith("7 * * * * '/opt/Regulars App/bin/python3' --db ")
    assert "'/home/Ольга Петрова/My Shop/100\\% regulars.sqlite3'" in line
    assert line.endswith(">/dev/null 2>&1 # regulars-send-due regulars-send-due-1")
    words = shlex.split(line.split(" >/dev/null")[0].replace("\\%", "%"))
    assert words[5:] == [EXE, "--db", str(DB), "send-due"]


def test_cron_is_idempotent_and_keeps_other_lines() -> None:
    table = ["MAILTO=me@example.com", "0 3 * * * /usr/bin/backup"]

    def run(command: list[str], stdin: str | None) -> Ran:
        if command == ["crontab", "-l"]:
            return Ran(0, "".join(f"{x}\n" for x in table)) if table else Ran(1, "", "no crontab")
        table[:] = (stdin or "").splitlines()
        return Ran(0)

    job = CronJob([EXE, "send-due"], "regulars-send-due-1", run)
    job.register()
    job.register()
    assert len(table) == 3 and table[:2] == ["MAILTO=me@example.com", "0 3 * * * /usr/bin/backup"]
    assert job.is_registered()
    job.remove()
    job.remove()
    assert table == ["MAILTO=me@example.com", "0 3 * * * /usr/bin/backup"]
    assert not job.is_registered()


def test_linux_picks_systemd_when_a_user_instance_runs(tmp_path: Path) -> None:
    found = scheduler.for_this_system(DB, tmp_path, system="Linux", home=tmp_path,
                                      run=Recorder())
    if shutil.which("systemctl"):
        assert isinstance(found, SystemdTimer) and found.command[-1] == "send-due"
    no_user_bus = Recorder({"systemctl --user": Ran(1, "", "Failed to connect to bus")})
    fallback = scheduler.for_this_system(DB, tmp_path, system="Linux", run=no_user_bus)
    assert isinstance(fallback, CronJob) if shutil.which("crontab") else fallback is None
    assert isinstance(scheduler.for_this_system(DB, tmp_path, system="Windows"), WindowsTask)


@pytest.fixture
def real_crontab():
    """The real `crontab` of whoever runs the tests, put back exactly as it was afterwards."""
    if not shutil.which("crontab"):
        pytest.skip("no `crontab` program on this machine (install the cron package)")
    before = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
    if before.returncode != 0 and "no crontab" not in before.stderr:
        pytest.skip(f"crontab cannot be read here: {before.stderr.strip()}")
    yield before.stdout if before.returncode == 0 else None
    if before.returncode == 0:
        subprocess.run(["crontab", "-"], input=before.stdout, text=True, check=True)
    else:
        subprocess.run(["crontab", "-r"], capture_output=True, check=False)


def test_cron_against_the_real_crontab(real_crontab: str | None, tmp_path: Path) -> None:
    db = tmp_path / "Магазин Ольги" / "100% regulars.sqlite3"
    job = CronJob(app_command(db), job_name(db))
    job.register()
    job.register()
    listed = subprocess.run(["crontab", "-l"], capture_output=True, text=True,
                            check=True).stdout
    ours = [line for line in listed.splitlines() if line.endswith(job.name)]
    assert len(ours) == 1 and "'" + str(db).replace("%", "\\%") + "'" in ours[0]
    assert job.is_registered()
    job.remove()
    assert not job.is_registered()
    after = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
    assert job.name not in after.stdout
    if real_crontab is not None:
        assert after.stdout == real_crontab
