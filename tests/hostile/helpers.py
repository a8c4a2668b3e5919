"""What the corpus tests share: a database with one import in it, its full content, and the
refusal of the unreadable case the way the OS would (CI runs as root, who reads chmod 000)."""

from __future__ import annotations

import os
import pathlib
import sqlite3
from pathlib import Path

import pytest

SLOW_CASES = {"ten_thousand_columns"}  # seconds to read 10,000 columns: run with the slow ones


def content(db_path: Path) -> list[str]:
    """Every table's rows, as SQL: equal before and after means nothing was written."""
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def refuse_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    if os.name == "posix" and os.geteuid() != 0:
        return  # chmod 000 already refuses
    real_open = pathlib.Path.open

    def refuse(self: pathlib.Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "open", refuse)


def case_params(names: object) -> list[object]:
    return [pytest.param(name, marks=pytest.mark.slow) if name in SLOW_CASES else name
            for name in names]  # type: ignore[attr-defined]
