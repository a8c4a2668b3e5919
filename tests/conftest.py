"""Shared fixtures: a fresh migrated SQLite per test, a frozen clock, an in-memory keyring.

Tests never touch the real clock, keychain, network or the user's data folder.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
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


# Files whose tests take longest run first: in parallel runs (pytest-xdist hands out whole files in
# this order) a long job started last would leave the other workers idle at the end.
FIRST = ("tests/test_packaging.py", "tests/ui/test_today_walk.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return FIRST.index(path) if path in FIRST else len(FIRST)

    items.sort(key=rank)  # stable: the rest keep their order
    skip = pytest.mark.skip(reason="about the SQLite file itself")
    for item in items:
        if "sqlite_only" in item.keywords and _engine_of(item) == "postgresql":
            item.add_marker(skip)


# The tests that run on both engines when `--engine both` (the default): services, commands and
# schema — everything below the GUI, which is the same code whatever the engine.
BOTH_ENGINES = ("tests/services/", "tests/cli/", "tests/migrations/", "tests/team/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    if (metafunc.config.getoption("--engine") == "both"
            and metafunc.definition.nodeid.startswith(BOTH_ENGINES)):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


def _engine_of(item: pytest.Item) -> str:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "engine" in callspec.params:
        return str(callspec.params["engine"])
    chosen = str(item.config.getoption("--engine"))
    return "sqlite" if chosen == "both" else chosen


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory):
    """The user's folders for the whole run, before any module- or session-scoped fixture runs:
    the app's data folder (a module fixture that calls the CLI would otherwise log into the real
    one) and the config folder QSettings writes to (the window geometry), so a value left by an
    earlier run or by a parallel worker cannot make a test pass."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REGULARS_DATA_DIR", str(tmp_path_factory.mktemp("session-appdata")))
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        yield


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
    parser.addoption("--engine", choices=("sqlite", "postgresql", "both"),
                     default=os.environ.get("REGULARS_TEST_ENGINE", "both"),
                     help="the database engine behind the `db` fixture: both (the default) runs "
                          "the service, command and schema tests on SQLite and on PostgreSQL "
                          "(team mode), the GUI's on SQLite")


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    if hasattr(request, "param"):
        return str(request.param)
    chosen = str(request.config.getoption("--engine"))
    return "sqlite" if chosen == "both" else chosen


@pytest.fixture(scope="session")
def shared_server():
    """The session's PostgreSQL server (only started when a test runs on that engine)."""
    from tests.shared_server import start_server

    yield from start_server()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at the latest schema, made once per run (per worker): a copy of it opens as the
    same empty database as a fresh file, without running every migration step again for each
    test. The steps themselves are tested from scratch in tests/migrations and test_database."""
    path = tmp_path_factory.mktemp("empty-db") / "empty.sqlite3"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def _demo_template(_empty_template: Path) -> Path:
    """The demo shop as of TODAY, built once: the demo is deterministic for a seed and a day."""
    from app.services.demo import create_demo_shop
    from app.services.segments.recompute import recompute

    path = _empty_template.with_name("demo.sqlite3")
    shutil.copyfile(_empty_template, path)
    database = open_database(path)
    create_demo_shop(database, TODAY, seed=7)
    recompute(database, TODAY)
    database.dispose()
    return path


@pytest.fixture
def db(db_path: Path, engine: str, request: pytest.FixtureRequest) -> Database:
    if engine == "postgresql":
        server = request.getfixturevalue("shared_server")
        database = server.fresh_database()
        yield database
        server.empty(database)
        return
    # A test that asks for the demo (directly or through demo_context) starts from its copy.
    demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("_demo_template" if demo else "_empty_template")
    shutil.copyfile(template, db_path)
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def db_arg(db: Database, db_path: Path) -> str:
    """What `--db` names for the `db` fixture's database: its file, or the server's address."""
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

    if _has_customers(db):  # started from the demo's copy (see db)
        assert clock.today() == TODAY, "the demo's copy is the shop as of TODAY"
    else:  # asked for later, with request.getfixturevalue
        create_demo_shop(db, clock.today(), seed=7)
        recompute(db, clock.today())
    return db


def _has_customers(db: Database) -> bool:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0] == 1
    finally:
        conn.close()
