"""ARCHITECTURE.md's feature map is how a newcomer finds a feature: every path it names must exist,
and every feature package under app/services must have a row."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _feature_rows() -> list[str]:
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    section = text.split("## Feature map", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "`" in line]


def _paths(row: str) -> list[str]:
    return [p for p in re.findall(r"`([^`]+)`", row) if p.startswith(("app/", "tests/"))]


def test_every_path_in_the_feature_map_exists() -> None:
    rows = _feature_rows()
    assert len(rows) >= 8
    missing = [p for row in rows for p in _paths(row) if not (ROOT / p).exists()]
    assert missing == []


def test_every_feature_package_and_command_has_a_row() -> None:
    named = {p.rstrip("/") for row in _feature_rows() for p in _paths(row)}
    packages = {f"app/services/{p.name}" for p in (ROOT / "app/services").iterdir()
                if (p / "__init__.py").exists() and p.name != "migrations"}
    commands = {f"app/cli/{p.name}" for p in (ROOT / "app/cli").glob("*.py")
                if p.stem not in {"__init__", "common"}}
    assert packages - named == set()
    assert commands - named == set()
