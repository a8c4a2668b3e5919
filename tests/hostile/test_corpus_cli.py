"""Every file of the hostile corpus through `main.py import FILE --yes` in its own process: exit 0
(imported), 1 (nothing to import) or 2 (a sentence), never a traceback, a signal or a control
character on the terminal; a refused file leaves the database as it was."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.hostile import corpus
from tests.hostile.helpers import content
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[2]
# main.py as the user runs it, with the two things a test must set from outside: the zip-bomb
# limit lowered (the parent checks it before any child starts) and a file root may not read.
RUNNER = """
import os, pathlib, runpy, sys
from app.services.importing import workbook_process
workbook_process.MAX_UNPACKED_BYTES = int(os.environ["CORPUS_UNPACKED_LIMIT"])
locked = os.environ.get("CORPUS_UNREADABLE")
if locked:
    real_open = pathlib.Path.open
    def refuse(self, *args, **kwargs):
        if str(self) == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)
    pathlib.Path.open = refuse
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db_path = folder / "r.sqlite3"
    assert main(["import", str(samples.write_cp1251_sales(folder)), "--db", str(db_path),
                 "--yes"]) == 0
    return db_path


@pytest.mark.slow
@pytest.mark.parametrize("name", list(corpus.CASES))
def test_corpus_case_through_the_command_line(name, template, tmp_path):
    db_path = tmp_path / "r.sqlite3"
    db_path.write_bytes(template.read_bytes())
    before = content(db_path)
    path = corpus.make(name, tmp_path / "case")
    env = {"CORPUS_UNPACKED_LIMIT": str(corpus.BOMB_LIMIT_BYTES), "PYTHONPATH": str(ROOT)}
    if name == "unreadable":
        env["CORPUS_UNREADABLE"] = str(path)
    proc = subprocess.run([sys.executable, "-c", RUNNER, "--db", str(db_path), "import",
                           str(path), "--yes"], cwd=ROOT, capture_output=True, timeout=120,
                          env={**os.environ, **env})
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert proc.returncode >= 0, f"killed by signal {-proc.returncode}: {err[-2000:]}"
    assert "Traceback" not in out + err, err[-3000:]
    assert not CONTROL.search(out + err), ascii((out + err)[:2000])
    if name in corpus.REFUSED:
        assert proc.returncode == 2, out + err
        assert err.strip().splitlines()[-1].startswith("error: "), err  # the sentence, last
        assert content(db_path) == before
        return
    assert proc.returncode in (0, 1), out + err
    read = int(re.search(r"Rows read:\s+([\d,]+)", out)[1].replace(",", ""))
    added = int(re.search(r"Purchases to add:\s+([\d,]+)", out)[1].replace(",", ""))
    existing = int(re.search(r"Already imported:\s+([\d,]+)", out)[1].replace(",", ""))
    rejected = int(re.search(r"Rows rejected:\s+([\d,]+)", out)[1].replace(",", ""))
    assert read == added + existing + rejected
    if proc.returncode == 0:
        assert f": {added:,} purchases" in out
