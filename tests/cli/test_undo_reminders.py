"""`undo-import` on the command line takes the undone purchases' reminders off the list too,
before anyone opens Today again."""

from __future__ import annotations

import sqlite3

from app.cli import main
from tests.services.importing import samples
from tests.services.test_day_after_undo import PEOPLE, SALES


def _open_tasks(db_path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT COUNT(*) FROM tasks WHERE status = 'open'").fetchone()[0]
    finally:
        conn.close()


def test_undo_import_removes_the_reminders_it_made_stale(tmp_path, capsys) -> None:
    db_path = tmp_path / "r.sqlite3"
    for name, text in (("people.csv", PEOPLE), ("sales.csv", SALES)):
        path = samples.write_text(tmp_path, name, text)
        assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 0
    assert main(["today", "--db", str(db_path)]) == 0
    assert _open_tasks(db_path) == 3
    capsys.readouterr()
    assert main(["undo-import", "--db", str(db_path), "--yes"]) == 0
    assert "removed 3 purchases and 0 customers" in capsys.readouterr().out
    assert _open_tasks(db_path) == 0
