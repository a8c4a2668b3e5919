"""Background work the whole app shares: the start of the day (services.day) off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.services.day import DayRefresh, refresh_day
from app.ui.context import AppContext
from app.ui.jobs import Job

log = logging.getLogger(__name__)


def recompute_all(context: AppContext, *, announce: bool = True) -> Job:
    """Recompute customer figures and segments, then the snapshot and reminders; tell the pages."""
    return _refresh(context, "recompute", recompute_figures=True, announce=announce)


def start_day(context: AppContext) -> Job:
    """At start-up: recompute only if the figures are from another day; today's reminders are
    generated either way — idempotent, so running it at every start only adds what is new (a demo
    shop just created, a snoozed task now due)."""
    return _refresh(context, "recompute", recompute_figures=None, announce=False)


def refresh_reminders(context: AppContext) -> Job:
    """After an import or an undo (figures already recomputed): snapshot and reminders."""
    return _refresh(context, "reminders", recompute_figures=False, announce=False)


def _refresh(context: AppContext, name: str, *, recompute_figures: bool | None,
             announce: bool) -> Job:
    clock, db, settings = context.clock, context.db, context.settings
    today = clock.today()

    def work(job: Job) -> DayRefresh:
        job.progress(0, 0, "")
        return refresh_day(db, settings, today, clock.now(), recompute_figures=recompute_figures)

    def done(result: DayRefresh) -> None:
        if result.recomputed is not None:
            context.signals.data_changed.emit("stats")
        if result.predicted:
            context.signals.data_changed.emit("predictions")
        context.signals.data_changed.emit("tasks")
        if announce:
            context.signals.status_message.emit(
                QCoreApplication.translate("background", "Segments and reminders are up to date."))

    return context.jobs.run(name, work, on_success=done)
