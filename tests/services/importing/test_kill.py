"""A kill in the middle of the write (after rows went in, before COMMIT) leaves the DB as before;
a kill between the write and the recompute leaves figures that the next start repairs."""

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import importing
from tests.conftest import TODAY
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[3]

KILLER = """
import datetime as dt, os, signal, sys
from pathlib import Path
from app.services.database import open_database
from app.services.settings import Settings
from app.services import importing
from app.services.importing import writing

original = writing._insert_purchases

def insert_then_die(conn, *args, **kwargs):
    added, _customer_ids = original(conn, *args, **kwargs)
    assert added > 0
    Path(sys.argv[3]).write_text(str(conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]))
    os.kill(os.getpid(), signal.SIGKILL)

writing._insert_purchases = insert_then_die
db = open_database(Path(sys.argv[1]))
settings = Settings(db)
prepared = importing.prepare(db, Path(sys.argv[2]), settings=settings, as_of=dt.date(2026, 11, 27))
importing.commit(db, prepared.plan, settings=settings, as_of=dt.date(2026, 11, 27))
"""


BETWEEN = """
import datetime as dt, os, signal, sys
from pathlib import Path
from app.services.database import open_database
from app.services.settings import Settings
from app.services import importing
from app.services.importing import service

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

service.recompute = die
db = open_database(Path(sys.argv[1]))
settings = Settings(db)
prepared = importing.prepare(db, Path(sys.argv[2]), settings=settings, as_of=dt.date(2026, 11, 27))
importing.commit(db, prepared.plan, settings=settings, as_of=dt.date(2026, 11, 27))
"""


def snapshot(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("purchases", "customers", "import_batches", "customer_stats")]
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.sqlite_only  # a process killed with the file open (server: test_dropped_connection)
def test_kill_during_import_leaves_database_unchanged(db, db_path, settings, tmp_path):
    first = samples.write_cp1251_sales(tmp_path)
    prepared = importing.prepare(db, first, settings=settings, as_of=TODAY)
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)
    db.dispose()
    before = snapshot(db_path)
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                   for i in range(3000))
    second = samples.write_text(tmp_path, "big.csv", "Дата;Клиент;Телефон;Сумма\n" + rows,
                                "cp1251")
    marker = tmp_path / "inside-transaction.txt"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(db_path), str(second), str(marker)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert int(marker.read_text()) == len(before[0]) + 3000  # the rows were in, uncommitted
    assert snapshot(db_path) == before


@pytest.mark.slow
@pytest.mark.sqlite_only  # a process killed with the file open (server: test_dropped_connection)
def test_kill_between_write_and_recompute_is_repaired_by_the_next_start(db, db_path, settings,
                                                                      tmp_path):
    from app.services.database import open_database
    from app.services.day import figures_are_stale, refresh_day

    first = samples.write_cp1251_sales(tmp_path)
    prepared = importing.prepare(db, first, settings=settings, as_of=TODAY)
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)
    db.dispose()
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                   for i in range(300))
    second = samples.write_text(tmp_path, "more.csv", "Дата;Клиент;Телефон;Сумма\n" + rows,
                                "cp1251")
    proc = subprocess.run([sys.executable, "-c", BETWEEN, str(db_path), str(second)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    purchases, _customers, _batches, stats = snapshot(db_path)
    buyers = {row[1] for row in purchases}
    assert len(buyers) > len(stats)  # the 300 new buyers have no figures: the kill hit between
    reopened = open_database(db_path)
    try:
        assert figures_are_stale(reopened, TODAY)  # although computed today
        import datetime as dt
        refresh_day(reopened, settings, TODAY, dt.datetime.combine(TODAY, dt.time(9)))
        assert not figures_are_stale(reopened, TODAY)
    finally:
        reopened.dispose()
    purchases, _customers, _batches, stats = snapshot(db_path)
    assert {row[0] for row in stats} == {row[1] for row in purchases}
