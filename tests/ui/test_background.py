"""Shared background work: recompute, monthly snapshot, reminders — off the GUI thread."""

from __future__ import annotations

from app.services.day import figures_are_stale
from app.ui import background
from tests.ui.conftest import wait_idle


def _count(context, sql: str) -> int:
    conn = context.db.raw_connection()
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_recompute_all_snapshots_and_generates_reminders(qtbot, demo_context) -> None:
    changed: list[str] = []
    demo_context.signals.data_changed.connect(changed.append)
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks") == 0
    background.recompute_all(demo_context)
    wait_idle(qtbot, demo_context)
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks") > 0
    assert _count(demo_context, "SELECT COUNT(DISTINCT taken_on) FROM segment_snapshots") >= 1
    assert {"stats", "tasks"} <= set(changed)
    assert not figures_are_stale(demo_context.db, demo_context.clock.today())


def test_refresh_reminders_is_idempotent(qtbot, demo_context) -> None:
    background.refresh_reminders(demo_context)
    wait_idle(qtbot, demo_context)
    first = _count(demo_context, "SELECT COUNT(*) FROM tasks")
    background.refresh_reminders(demo_context)
    wait_idle(qtbot, demo_context)
    assert first > 0
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks") == first


def test_start_up_on_a_fresh_demo_shop_fills_today(qtbot, demo_context) -> None:
    """The demo fixture is recomputed for today, as `--demo` does: start-up must still generate."""
    from app.ui.application import start_up_jobs

    changed: list[str] = []
    demo_context.signals.data_changed.connect(changed.append)
    start_up_jobs(None, demo_context)
    wait_idle(qtbot, demo_context)
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks WHERE status = 'open'") > 0
    assert "tasks" in changed and "stats" not in changed  # fresh figures were not recomputed


def test_start_up_on_a_new_day_recomputes(qtbot, demo_context) -> None:
    from app.ui.application import start_up_jobs

    demo_context.clock.advance(days=1)
    changed: list[str] = []
    demo_context.signals.data_changed.connect(changed.append)
    start_up_jobs(None, demo_context)
    wait_idle(qtbot, demo_context)
    assert {"stats", "tasks"} <= set(changed)
    assert not figures_are_stale(demo_context.db, demo_context.clock.today())
