"""The background task runner: results, errors, progress and cancel reach the GUI thread."""

from __future__ import annotations

import threading

from app.ui.jobs import Job, JobRunner


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    runner = JobRunner()
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work(job: Job) -> int:
        seen["worker"] = threading.get_ident()
        job.progress(1, 2, "half")
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    runner.run("answer", work, on_success=done,
               on_progress=lambda d, t, text: seen.setdefault("progress", (d, t, text)))
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert seen["progress"] == (1, 2, "half")
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_failure_is_delivered_not_lost(qtbot) -> None:
    runner = JobRunner()
    errors: list[BaseException] = []

    def work(_job: Job) -> None:
        raise ValueError("bad file")

    runner.run("fails", work, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_the_job(qtbot) -> None:
    runner = JobRunner()
    started = threading.Event()
    outcome: list[str] = []

    def work(job: Job) -> None:
        started.set()
        while True:
            job.raise_if_cancelled()
            threading.Event().wait(0.01)

    job = runner.run("long", work, on_success=lambda _r: outcome.append("done"),
                     on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
