"""One version everywhere: the package, the installed metadata and the CLI."""

from __future__ import annotations

import contextlib
import tomllib
from importlib import metadata
from pathlib import Path

import app
from app.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_takes_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "app.__version__"
    assert metadata.version("regulars") == app.__version__


def test_cli_prints_the_version(capsys) -> None:
    with contextlib.suppress(SystemExit):
        build_parser().parse_args(["--version"])
    assert app.__version__ in capsys.readouterr().out
