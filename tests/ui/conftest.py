"""pytest-qt fixtures: an app context over a temporary database, and the main window."""

from __future__ import annotations

import pytest

from app.services.clock import FixedClock
from app.services.database import Database
from app.ui.application import build_context
from app.ui.context import AppContext


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> None:
    """The English plural forms ("1 buyer", "5 buyers") as the app installs them at start: a
    test run alone would otherwise see the "%Ln buyer(s)" source text."""
    from app.ui import i18n

    i18n.install(qapp, "en")


def _make_context(db: Database, clock: FixedClock, language: str = "en") -> AppContext:
    context = build_context(db, language, clock=clock)
    return context


@pytest.fixture
def context(qapp, db: Database, clock: FixedClock) -> AppContext:
    ctx = _make_context(db, clock)
    yield ctx
    ctx.jobs.cancel_all()
    ctx.jobs.wait(10_000)


@pytest.fixture
def demo_context(qapp, demo_db: Database, clock: FixedClock) -> AppContext:
    ctx = _make_context(demo_db, clock)
    yield ctx
    ctx.jobs.cancel_all()
    ctx.jobs.wait(10_000)


def wait_idle(qtbot, context: AppContext, timeout: int = 10_000) -> None:
    """Wait until every background job has finished and delivered its callbacks."""
    qtbot.waitUntil(lambda: not context.jobs.is_busy(), timeout=timeout)


@pytest.fixture
def main_window(qtbot, demo_context: AppContext):
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, demo_context)
    return window
