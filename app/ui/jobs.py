"""Background jobs on Qt's thread pool; results, errors and progress arrive on the GUI thread.

A job is a plain function `work(job: Job) -> result` that must not touch widgets. It reports
progress with `job.progress(done, total, text)` and checks `job.cancelled` (or calls
`job.raise_if_cancelled()`) at safe points. Each job opens its own database sessions.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class JobCancelled(Exception):
    """Raised inside a job to stop it when the user pressed Cancel."""


@dataclass
class Job:
    name: str
    _cancel: threading.Event = field(default_factory=threading.Event)
    _relay: _Relay | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._relay is not None:
            self._relay.progressed.emit(int(done), int(total), text)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    cancelled = Signal()

    def __init__(self, callbacks: _Callbacks, on_done: Callable[[], None]) -> None:
        super().__init__()
        self.callbacks = callbacks
        self.on_done = on_done
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)
        self.progressed.connect(self._on_progress)
        self.cancelled.connect(self._on_cancelled)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        try:
            if self.callbacks.on_success:
                self.callbacks.on_success(result)
        finally:
            self.on_done()

    @Slot(object)
    def _on_failure(self, error: object) -> None:
        assert isinstance(error, BaseException)
        try:
            if self.callbacks.on_failure:
                self.callbacks.on_failure(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.on_done()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.callbacks.on_progress:
            self.callbacks.on_progress(done, total, text)

    @Slot()
    def _on_cancelled(self) -> None:
        try:
            if self.callbacks.on_cancelled:
                self.callbacks.on_cancelled()
        finally:
            self.on_done()


@dataclass
class _Callbacks:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int, str], None] | None
    on_cancelled: Callable[[], None] | None


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.job, self.relay = work, job, relay

    def run(self) -> None:
        try:
            result = self.work(self.job)
        except JobCancelled:
            self.relay.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            log.debug("Job %s failed", self.job.name, exc_info=True)
            self.relay.failed.emit(exc)
        else:
            if self.job.cancelled:
                self.relay.cancelled.emit()
            else:
                self.relay.succeeded.emit(result)


class JobRunner(QObject):
    """Starts jobs and keeps their relays alive until the callbacks have run."""

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 2) -> None:
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._running: dict[int, tuple[Job, _Relay]] = {}
        self._lock = threading.Lock()

    def run(
        self,
        name: str,
        work: Callable[[Job], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        job = Job(name=name)
        key = id(job)
        # The relay is dropped only after its queued signal was delivered on the GUI thread.
        relay = _Relay(_Callbacks(on_success, on_failure, on_progress, on_cancelled),
                       on_done=lambda: self._forget(key))
        job._relay = relay
        with self._lock:
            self._running[key] = (job, relay)
            first = len(self._running) == 1
        if first:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(work, job, relay))
        return job

    def _forget(self, key: int) -> None:
        with self._lock:
            self._running.pop(key, None)
            idle = not self._running
        if idle:
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for job, _ in list(self._running.values()):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests); queued callbacks still need events."""
        return self.pool.waitForDone(msecs)


class LatestJobs:
    """Jobs of one owner (a page, a dialog) where only the newest of each key counts.

    A key's jobs overlap when the input changes while one is running (data changed again, the user
    picked another script); an older job's outcome arriving after a newer one started is dropped,
    whether it finishes before or after the newer one, so it can never overwrite it. Only a failure
    nobody handles (no `on_failure`) still reaches the crash dialog: a bug is never lost.
    """

    def __init__(self, runner: JobRunner) -> None:
        self.runner = runner
        self._latest: dict[str, Job] = {}

    def run(
        self,
        key: str,
        work: Callable[[Job], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancel_older: bool = False,
    ) -> Job:
        """Start `work` as the newest job of `key`; `cancel_older` also asks the one it replaces
        to stop (its outcome is dropped either way)."""
        older = self._latest.get(key)
        if cancel_older and older is not None:
            older.cancel()
        job: Job | None = None

        def only_latest(callback: Callable[..., None] | None) -> Callable[..., None] | None:
            if callback is None:
                return None

            def deliver(*args: Any) -> None:
                if self._latest.get(key) is job:
                    callback(*args)

            return deliver

        # Without an on_failure a bug reaches the crash dialog even from an older job.
        job = self.runner.run(key, work, on_success=only_latest(on_success),
                              on_failure=only_latest(on_failure),
                              on_progress=only_latest(on_progress),
                              on_cancelled=only_latest(on_cancelled))
        self._latest[key] = job
        return job
