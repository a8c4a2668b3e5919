"""Refreshes the pages when someone else changed the shared data (see services.team.changes:
a poll of the change log, off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.services.team import changes
from app.ui.context import AppContext

INTERVAL_MS = 10_000
# What another person's write can touch: every page depends on one of these.
REFRESHED = ("tasks", "customers", "contacts")


class ChangeWatcher(QObject):
    def __init__(self, context: AppContext, interval_ms: int = INTERVAL_MS,
                 origin: str = changes.ORIGIN) -> None:
        super().__init__()
        self.context = context
        self.origin = origin
        self.seen: changes.Mark | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()  # the first mark is the baseline, not a change
        self.timer.start()

    def check(self) -> None:
        if self._busy:  # a slow server: one poll at a time
            return
        self._busy = True
        db, origin = self.context.db, self.origin
        self.context.jobs.run("changes", lambda _job: changes.mark(db, origin),
                              on_success=self._compare, on_failure=self._failed)

    def _failed(self, _error: BaseException) -> None:
        self._busy = False  # the server away for a moment: the next poll tries again

    def _compare(self, mark: changes.Mark) -> None:
        self._busy = False
        previous, self.seen = self.seen, mark
        if previous is not None and mark != previous:
            for what in REFRESHED:
                self.context.signals.data_changed.emit(what)
