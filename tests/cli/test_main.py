"""The command line: help lists the commands; the demo command builds a database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_sub_commands(capsys) -> None:
    parser = build_parser()
    text = parser.format_help()
    for command in ("demo",):
        assert command in text


def test_demo_command_creates_a_database(tmp_path: Path, capsys) -> None:
    target = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(target)]) == 0
    assert target.exists()
    assert "360 customers" in capsys.readouterr().out


def test_main_py_runs_as_a_script(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True,
                         text=True, timeout=60, check=True)
    assert "COMMAND" in out.stdout


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    command = (f'"{sys.executable}" "{ROOT / "main.py"}" --db "{db}" today --format json'
               " | head -n 2")
    done = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.stdout.startswith("[")
    assert "Traceback" not in done.stderr
