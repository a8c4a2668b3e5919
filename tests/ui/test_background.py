"""Shared background work: recompute, monthly snapshot, reminders — off the GUI thread."""

from __future__ import annotations

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
    assert not background.needs_recompute(demo_context)


def test_refresh_reminders_is_idempotent(qtbot, demo_context) -> None:
    background.refresh_reminders(demo_context)
    wait_idle(qtbot, demo_context)
    first = _count(demo_context, "SELECT COUNT(*) FROM tasks")
    background.refresh_reminders(demo_context)
    wait_idle(qtbot, demo_context)
    assert first > 0
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks") == first


def test_stale_figures_are_noticed(qtbot, demo_context) -> None:
    demo_context.clock.advance(days=1)
    assert background.needs_recompute(demo_context)


def test_start_up_on_a_fresh_demo_shop_fills_today(qtbot, demo_context) -> None:
    """The demo fixture is recomputed for today, as `--demo` does: start-up must still generate."""
    from app.ui.application import start_up_jobs

    assert not background.needs_recompute(demo_context)
    start_up_jobs(None, demo_context)
    wait_idle(qtbot, demo_context)
    assert _count(demo_context, "SELECT COUNT(*) FROM tasks WHERE status = 'open'") > 0
