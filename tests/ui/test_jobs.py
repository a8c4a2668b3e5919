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


def _latest_case(qtbot, older_finishes_first: bool) -> tuple[list[str], list[str]]:
    """Two jobs of one key; the older one finishes before or after the newer one."""
    from app.ui.jobs import LatestJobs

    runner = JobRunner()
    latest = LatestJobs(runner)
    shown: list[str] = []
    other: list[str] = []
    release_old, release_new = threading.Event(), threading.Event()

    def old_work(_job: Job) -> str:
        release_old.wait(5)
        return "old"

    def new_work(_job: Job) -> str:
        release_new.wait(5)
        return "new"

    latest.run("load", old_work, on_success=shown.append)
    latest.run("load", new_work, on_success=shown.append)
    latest.run("other", lambda _job: "other", on_success=other.append)
    first, second = (release_old, release_new) if older_finishes_first else (release_new,
                                                                             release_old)
    first.set()
    if not older_finishes_first:
        qtbot.waitUntil(lambda: shown == ["new"])
    second.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    return shown, other


def test_an_older_result_arriving_last_is_dropped(qtbot) -> None:
    shown, other = _latest_case(qtbot, older_finishes_first=False)
    assert shown == ["new"]
    assert other == ["other"]  # another key is not affected


def test_an_older_result_arriving_first_is_dropped(qtbot) -> None:
    shown, other = _latest_case(qtbot, older_finishes_first=True)
    assert shown == ["new"]
    assert other == ["other"]


def test_an_older_failure_is_dropped_and_cancel_older_asks_it_to_stop(qtbot) -> None:
    from app.ui.jobs import LatestJobs

    runner = JobRunner()
    latest = LatestJobs(runner)
    errors: list[BaseException] = []
    started, release = threading.Event(), threading.Event()

    def old_work(job: Job) -> None:
        started.set()
        release.wait(5)
        raise ValueError("old")

    old = latest.run("plan", old_work, on_failure=errors.append)
    assert started.wait(5)
    new = latest.run("plan", lambda _job: None, on_failure=errors.append, cancel_older=True)
    assert old.cancelled and not new.cancelled
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert errors == []
