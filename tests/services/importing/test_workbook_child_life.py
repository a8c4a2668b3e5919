"""A workbook's child process never outlives its use: cancel, time limit, a dead parent.

The child is made slow with its test hook (it waits before reading), so each test catches it
while it still runs; whether it is gone is read from /proc (Linux).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.services.importing import early, reading, workbook_child, workbook_process
from app.services.importing.cancelling import ImportCancelled
from app.services.importing.sniffing import UnreadableFileError
from app.services.importing.workbook_process import WorkbookRead
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def children_reading() -> list[int]:
    """This process's workbook children still running."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == os.getpid() and b"workbook_child" in command and alive(int(entry.name)):
            found.append(int(entry.name))
    return found


@pytest.fixture
def book(tmp_path, monkeypatch):
    monkeypatch.setenv(workbook_child.TEST_DELAY_VARIABLE, "60")
    return samples.write_xlsx(tmp_path, {"Продажи": [["ФИО", "Сумма"], ["Анна", 100]]})


def cancelled_after(seconds: float):
    started = time.monotonic()
    return lambda: time.monotonic() - started > seconds


def test_a_cancel_stops_the_child(book):
    read = WorkbookRead(book)
    pid = read.process.pid
    assert alive(pid)
    started = time.monotonic()
    with pytest.raises(ImportCancelled):
        read.result(cancelled_after(0.3))
    assert time.monotonic() - started < 5
    assert not alive(pid)


def test_a_cancel_during_the_import_read_stops_the_child(book):
    with pytest.raises(ImportCancelled):
        reading.read_table(book, cancelled=cancelled_after(0.3))
    assert children_reading() == []


def test_a_read_past_the_time_limit_is_stopped_with_a_sentence(book, monkeypatch):
    monkeypatch.setattr(workbook_process, "TIME_LIMIT_SECONDS", 0.5)
    read = WorkbookRead(book)
    with pytest.raises(UnreadableFileError) as error:
        read.result()
    assert error.value.text == (
        "book.xlsx took too long to read: it may be damaged or too large.")
    assert not alive(read.process.pid)


def test_a_read_within_the_time_limit_is_answered(book, monkeypatch):
    monkeypatch.setenv(workbook_child.TEST_DELAY_VARIABLE, "0.3")
    answer = WorkbookRead(book).result(lambda: False)
    assert answer["head"] == [["ФИО", "Сумма"], ["Анна", 100.0]]


def test_stopping_the_early_read_stops_its_child(book):
    loading = early.WorkbookLoading(book)
    deadline = time.monotonic() + 10
    while not children_reading() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children_reading()
    loading.stop()
    started = time.monotonic()
    assert loading.result() == (None, None)
    assert time.monotonic() - started < 5
    assert children_reading() == []


def test_the_child_ends_when_its_parent_is_killed(book):
    parent_code = textwrap.dedent(f"""
        import sys, time
        from app.services.importing.workbook_process import WorkbookRead
        read = WorkbookRead({str(book)!r})
        print(read.process.pid, flush=True)
        read.result()
    """)
    parent = subprocess.Popen([sys.executable, "-c", parent_code], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        time.sleep(0.3)  # the child is past its start, waiting in its (test) delay
        assert alive(child)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 1
        while alive(child) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not alive(child)
    finally:
        parent.kill()
        parent.stdout.close()


def test_the_child_ends_when_its_input_ends(book):
    """The portable way (Windows, macOS): the parent's end of the child's stdin closes with it.
    Here the pipe is closed by hand while this process lives on."""
    child_end, parent_end = os.pipe()
    env = {**os.environ, workbook_child.WATCH_VARIABLE: "1", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(workbook_process.child_command(
        "read", str(book), str(workbook_process.CHILD_MEMORY_BYTES)),
                             stdin=child_end, stdout=subprocess.DEVNULL, env=env)
    os.close(child_end)
    try:
        time.sleep(0.3)
        assert child.poll() is None
        os.close(parent_end)
        assert child.wait(timeout=1) == 4
    finally:
        child.kill()
        child.wait()


def test_a_cancel_in_another_thread_stops_a_waiting_read(book):
    """The GUI's way: the job's flag is set by the Cancel button on another thread."""
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    with pytest.raises(ImportCancelled):
        WorkbookRead(book, "sheets").result(flag.is_set)
    assert children_reading() == []


def test_a_sheet_the_reader_cannot_parse_gets_the_owners_sentence(book, monkeypatch, caplog):
    """The reader's own words ("unrecognized entity") go to the log, not to the owner."""
    said = ("import pickle, sys; sys.stdout.buffer.write(pickle.dumps({'problem': 'unparsable', "
            "'detail': 'XmlError: unrecognized entity', 'sheets': ['A']}))")
    monkeypatch.setattr(workbook_process, "child_command", lambda *_a: [sys.executable, "-c", said])
    with caplog.at_level("INFO"), pytest.raises(UnreadableFileError) as error:
        WorkbookRead(book).result()
    assert error.value.text == (
        "book.xlsx could not be read: a sheet in it is damaged or in a form this program cannot "
        "read. Open it in Excel or LibreOffice and save it again as .xlsx.")
    assert "unrecognized entity" in caplog.text
