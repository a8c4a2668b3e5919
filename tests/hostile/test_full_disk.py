"""A disk that fills up during an import, made real with a file-size limit on the process:
`main.py import` says the owner's sentence, exits 2, and the database is whole and unchanged."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.hostile.helpers import content
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[2]


def _big_file(folder: Path, rows: int) -> Path:
    lines = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                    for i in range(rows))
    return samples.write_text(folder, "big.csv", "Дата;Клиент;Телефон;Сумма\n" + lines, "cp1251")


@pytest.mark.skipif(os.name != "posix", reason="a file-size limit is a POSIX resource")
def test_a_full_disk_during_import_is_the_owners_sentence(tmp_path):
    db_path = tmp_path / "r.sqlite3"
    assert main(["import", str(samples.write_cp1251_sales(tmp_path)), "--db", str(db_path),
                 "--yes"]) == 0
    before = content(db_path)
    limit = db_path.stat().st_size + 200_000  # the import needs megabytes

    def limited() -> None:
        # Ignored, SIGXFSZ no longer kills: the write fails with EFBIG as on a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    proc = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "import",
                           str(_big_file(tmp_path, 20_000)), "--yes"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, preexec_fn=limited)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "no transaction is active" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert "nothing was changed" in last and last.startswith("error: "), proc.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # No purchase, batch or figure of the import. The columns the owner confirmed are remembered
    # before the write, on purpose (a cancelled import keeps them too).
    assert _without_mappings(content(db_path)) == _without_mappings(before)


def _without_mappings(lines: list[str]) -> list[str]:
    return [line for line in lines if "'import_mappings'" not in line]
