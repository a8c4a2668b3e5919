"""Where Regulars keeps its files: one app-data folder per user (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "Regulars"


def data_dir() -> Path:
    """The per-user data folder; REGULARS_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("REGULARS_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "regulars.sqlite3"


def demo_db_path(language: str = "ru") -> Path:
    """Each language's demo shop has its own file (the Russian one keeps the original name)."""
    return data_dir() / ("demo.sqlite3" if language == "ru" else f"demo-{language}.sqlite3")


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def resolve_db_path(db: Path | str | None, *, demo: bool = False, language: str = "ru") -> Path:
    """The database a start names: an explicit file, else the demo shop's (in `language`) or the
    user's own."""
    if db:
        return Path(db).expanduser()
    return demo_db_path(language) if demo else default_db_path()
