"""Two windows on one database: a second `Database` for the same PostgreSQL database or the
same SQLite file, as another laptop (or another window) would open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.database import Database, open_database
from app.services.team import people


@pytest.fixture
def other_db(db: Database, engine: str, db_path: Path,
             request: pytest.FixtureRequest) -> Iterator[Database]:
    if engine == "postgresql":
        second = request.getfixturevalue("shared_server").fresh_database()
    else:
        second = open_database(db_path)
    yield second
    second.dispose()


@pytest.fixture
def as_person(monkeypatch: pytest.MonkeyPatch):
    """Switch who is using the app (the module-level current person), restored after."""
    monkeypatch.setattr(people, "_current", None)

    def switch(name: str | None) -> None:
        people.set_current(name)

    return switch
