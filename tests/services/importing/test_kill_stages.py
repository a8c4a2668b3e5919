"""A SIGKILL at each stage of an import (reading, planning, writing mid-transaction, recomputing
the figures mid-transaction) leaves either nothing of the import or all of it; figures left
behind by a kill are found stale and repaired by the next start of the day."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import importing
from app.services.database import open_database
from app.services.day import figures_are_stale, refresh_day
from tests.conftest import TODAY
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[3]

# Each stage's function is wrapped to do its work, then die where it stands.
KILL_AT = """
import datetime as dt, os, signal, sys
from pathlib import Path
from app.services.database import open_database
from app.services.settings import Settings
from app.services import importing
from app.services.importing import service, writing
from app.services.segments import recompute

def dying(module, name):
    original = getattr(module, name)
    def work_then_die(*args, **kwargs):
        original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(module, name, work_then_die)

stage = sys.argv[3]
if stage == "reading":
    dying(service, "read_table")
elif stage == "planning":
    dying(service, "build_plan")
elif stage == "writing":
    dying(writing, "_insert_purchases")  # the rows are in, the transaction open
elif stage == "recompute":
    dying(recompute, "insert_columns")  # the figures half rebuilt, their transaction open
db = open_database(Path(sys.argv[1]))
settings = Settings(db)
prepared = importing.prepare(db, Path(sys.argv[2]), settings=settings, as_of=dt.date(2026, 11, 27))
importing.commit(db, prepared.plan, settings=settings, as_of=dt.date(2026, 11, 27))
"""
NEW_ROWS = 300


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("purchases", "customers", "import_batches", "customer_stats")}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.sqlite_only  # a process killed with the file open (server: test_dropped_connection)
@pytest.mark.parametrize("stage", ["reading", "planning", "writing", "recompute"])
def test_a_kill_at_each_stage_leaves_all_or_nothing(stage, db, db_path, settings, tmp_path):
    first = importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                              as_of=TODAY)
    importing.commit(db, first.plan, settings=settings, as_of=TODAY)
    db.dispose()
    before = snapshot(db_path)
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                   for i in range(NEW_ROWS))
    second = samples.write_text(tmp_path, "more.csv", "Дата;Клиент;Телефон;Сумма\n" + rows,
                                "cp1251")
    proc = subprocess.run([sys.executable, "-c", KILL_AT, str(db_path), str(second), stage],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    after = snapshot(db_path)
    if stage != "recompute":
        assert after == before  # nothing of the import
        return
    # The import is whole: its batch and every purchase; the figures are the old ones.
    assert len(after["import_batches"]) == len(before["import_batches"]) + 1
    assert len(after["purchases"]) == len(before["purchases"]) + NEW_ROWS
    assert after["customer_stats"] == before["customer_stats"]
    reopened = open_database(db_path)
    try:
        assert figures_are_stale(reopened, TODAY)
        refresh_day(reopened, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)))
        assert not figures_are_stale(reopened, TODAY)
    finally:
        reopened.dispose()
    repaired = snapshot(db_path)
    assert {row[0] for row in repaired["customer_stats"]} == {
        row[1] for row in repaired["purchases"]}
