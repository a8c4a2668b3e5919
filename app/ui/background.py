"""Background work the whole app shares: recompute figures, then regenerate today's reminders."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.services.segments.recompute import recompute
from app.ui.context import AppContext
from app.ui.jobs import Job

log = logging.getLogger(__name__)


def recompute_all(context: AppContext, *, announce: bool = True) -> Job:
    """Recompute customer figures and segments off the GUI thread, then tell the pages."""
    today = context.clock.today()
    db = context.db

    def work(job: Job) -> object:
        job.progress(0, 0, "")
        result = recompute(db, today)
        _after_recompute(context, today, result.orders)
        return result

    def done(_result: object) -> None:
        context.signals.data_changed.emit("stats")
        context.signals.data_changed.emit("tasks")
        if announce:
            context.signals.status_message.emit(
                QCoreApplication.translate("background", "Segments and reminders are up to date."))

    return context.jobs.run("recompute", work, on_success=done)


def _after_recompute(context: AppContext, today, orders=None) -> None:
    """What must follow fresh figures: the monthly segment snapshot, then today's reminders."""
    from app.services.reminders.generate import generate_tasks
    from app.services.segments.snapshots import ensure_monthly_snapshot

    ensure_monthly_snapshot(context.db, today)
    generate_tasks(context.db, context.settings, today, now=context.clock.now(), orders=orders)


def needs_recompute(context: AppContext) -> bool:
    """True when the cached figures were computed for another day (recency moves every day)."""
    conn = context.db.raw_connection()
    try:
        row = conn.execute("SELECT MIN(computed_as_of), COUNT(*) FROM customer_stats").fetchone()
        purchases = conn.execute("SELECT EXISTS (SELECT 1 FROM purchases)").fetchone()[0]
    finally:
        conn.close()
    if not purchases:
        return False
    return row[1] == 0 or row[0] != context.clock.today().isoformat()


def after_start(context: AppContext) -> Job:
    """Figures are current (computed earlier today): today's reminders still need generating —
    idempotent, so running it at every start only adds what is new (a demo shop just created,
    a snoozed task now due)."""
    return refresh_reminders(context)


def refresh_reminders(context: AppContext) -> Job:
    """After an import or an undo (figures already recomputed): snapshot and reminders."""
    today = context.clock.today()

    def work(_job: Job) -> None:
        _after_recompute(context, today)

    def done(_result: object) -> None:
        context.signals.data_changed.emit("tasks")

    return context.jobs.run("reminders", work, on_success=done)
