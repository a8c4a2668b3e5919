"""A full disk, a busy or read-only database reach the command line as a sentence (exit 2), never
a traceback, and change nothing; a writer that lets go soon is waited for."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

import pytest

from app.cli import main
from app.services import database
from tests.services.importing import samples


def _count(db_path, table: str = "purchases") -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _big_file(tmp_path, rows: int = 5000):
    lines = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                    for i in range(rows))
    return samples.write_text(tmp_path, "big.csv", "Дата;Клиент;Телефон;Сумма\n" + lines, "cp1251")


@pytest.fixture
def imported(tmp_path, capsys):
    db_path = tmp_path / "r.sqlite3"
    assert main(["import", str(samples.write_cp1251_sales(tmp_path)), "--db", str(db_path),
                 "--yes"]) == 0
    capsys.readouterr()
    return db_path


def _with_pragma(monkeypatch, pragma: str) -> None:
    """Every connection the app opens runs `pragma` too (a full disk, a read-only mount)."""
    original = database._on_connect

    def on_connect(conn, record):
        original(conn, record)
        conn.execute(pragma)

    monkeypatch.setattr(database, "_on_connect", on_connect)


def test_full_disk_says_so_and_changes_nothing(imported, tmp_path, capsys, monkeypatch):
    before = _count(imported)
    pages = sqlite3.connect(imported).execute("PRAGMA page_count").fetchone()[0]
    _with_pragma(monkeypatch, f"PRAGMA max_page_count = {pages + 3}")
    code = main(["import", str(_big_file(tmp_path)), "--db", str(imported), "--yes"])
    err = capsys.readouterr().err
    assert code == 2
    assert "The disk is full. Free some space and try again; nothing was changed." in err
    assert "Traceback" not in err and "no transaction is active" not in err
    assert _count(imported) == before


def test_read_only_database_says_so(imported, tmp_path, capsys, monkeypatch):
    before = _count(imported)
    _with_pragma(monkeypatch, "PRAGMA query_only = ON")  # what a read-only mount answers
    code = main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"])
    err = capsys.readouterr().err
    assert code == 2 and "Regulars cannot write to its database file." in err
    assert "Traceback" not in err
    assert _count(imported) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes read-only files")
def test_read_only_file_says_so(imported, tmp_path, capsys):
    for path in imported.parent.glob(imported.name + "*"):
        path.chmod(0o444)
    code = main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"])
    assert code == 2 and "cannot write" in capsys.readouterr().err


def _hold_write_lock(db_path, seconds: float) -> threading.Thread:
    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait()
    return thread


def test_busy_database_gives_up_with_a_sentence(imported, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    before = _count(imported)
    holder = _hold_write_lock(imported, 2.0)
    try:
        code = main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"])
    finally:
        holder.join()
    err = capsys.readouterr().err
    assert code == 2 and "The database is busy: another program is using it." in err
    assert "Traceback" not in err
    assert _count(imported) == before


def test_busy_database_is_waited_for(imported, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 10.0)
    before = _count(imported)
    holder = _hold_write_lock(imported, 1.0)
    try:
        code = main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"])
    finally:
        holder.join()
    assert code == 0, capsys.readouterr().err
    assert _count(imported) == before + 50


FILE_SIZE_LIMIT = """
import resource, signal, sys
from app.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of killing the process
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
sys.exit(main(["import", sys.argv[2], "--db", sys.argv[1], "--yes"]))
"""


@pytest.mark.skipif(os.name != "posix", reason="a file-size limit is a POSIX resource")
def test_file_that_cannot_grow_is_a_sentence_not_a_rollback_error(imported, tmp_path):
    """SQLite ends the transaction itself when a write fails: the error shown is that one."""
    import subprocess
    import sys
    from pathlib import Path

    before = _count(imported)
    limit = imported.stat().st_size + 100_000
    proc = subprocess.run([sys.executable, "-c", FILE_SIZE_LIMIT, str(imported),
                           str(_big_file(tmp_path, 20_000)), str(limit)],
                          cwd=Path(__file__).resolve().parents[2], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "no transaction is active" not in proc.stderr
    assert "nothing was changed" in proc.stderr
    assert _count(imported) == before


def test_writing_commands_refuse_while_the_window_has_the_database(imported, tmp_path, capsys):
    from app.services.instance_lock import InstanceLock

    before = _count(imported)
    with InstanceLock(imported):  # what the open window holds
        code = main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"])
        err = capsys.readouterr().err
        assert code == 2 and "already open in another Regulars window" in err
        assert main(["undo-import", "--db", str(imported), "--yes"]) == 2
        assert main(["today", "--db", str(imported)]) == 2
        assert main(["segments", "--db", str(imported)]) == 0  # reading needs no lock
        capsys.readouterr()
    assert _count(imported) == before
    # released at the end of each command: the next one may write
    assert main(["import", str(_big_file(tmp_path, 50)), "--db", str(imported), "--yes"]) == 0
    assert main(["undo-import", "--db", str(imported), "--yes"]) == 0
    assert _count(imported) == before
