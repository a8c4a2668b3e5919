"""Shared fixtures: a fresh migrated SQLite per test, a frozen clock, an in-memory keyring.

Tests never touch the real clock, keychain, network or the user's data folder.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.services.clock import FixedClock
from app.services.database import Database, open_database
from app.services.settings import Settings

TODAY = dt.date(2026, 11, 27)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The app's data folder (logs, default DB, backups) points into a temporary folder."""
    monkeypatch.setenv("REGULARS_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))


@pytest.fixture(autouse=True)
def fake_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "regulars.sqlite3"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--engine", choices=("sqlite", "postgresql"),
                     default=os.environ.get("REGULARS_TEST_ENGINE", "sqlite"),
                     help="the database engine behind the `db` fixture (team mode: postgresql)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--engine") != "postgresql":
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.config.getoption("--engine"))


@pytest.fixture(scope="session")
def shared_server(engine: str):
    """The session's PostgreSQL server (only started when a test runs on that engine)."""
    from tests.shared_server import start_server

    yield from start_server()


@pytest.fixture
def db(db_path: Path, engine: str, request: pytest.FixtureRequest) -> Database:
    if engine == "postgresql":
        server = request.getfixturevalue("shared_server")
        database = server.fresh_database()
        yield database
        server.empty(database)
        return
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def db_arg(db: Database, db_path: Path) -> str:
    """What `--db` names for the `db` fixture's database: its file, or the shared server's
    address under --engine postgresql."""
    return db.shared.url() if db.shared is not None else str(db_path)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def settings(db: Database) -> Settings:
    return Settings(db)


@pytest.fixture
def demo_db(db: Database, clock: FixedClock) -> Database:
    """The demo shop, recomputed as of the frozen today."""
    from app.services.demo import create_demo_shop
    from app.services.segments.recompute import recompute

    create_demo_shop(db, clock.today(), seed=7)
    recompute(db, clock.today())
    return db
