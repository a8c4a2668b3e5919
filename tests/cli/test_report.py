"""`report --month YYYY-MM --out FILE.pdf`: writes the PDF; a clear sentence and exit code 2 for
a bad month, a month not started, or a folder that does not exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from app.cli import main
from app.services.database import Database
from tests.services.dashboard.hand_shop import create_hand_shop


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:
    """pytest-qt's QApplication first (the command would start a lighter QGuiApplication that
    later UI tests could not use); the command installs the shop's language, the tests after
    these expect English."""
    yield
    from app.ui import i18n

    i18n.install(qapp, "en")


def test_writes_the_months_report(db: Database, db_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    create_hand_shop(db)
    out = tmp_path / "may.pdf"
    code = main(["report", "--db", str(db_path), "--month", "2026-05", "--out", str(out),
                 "--as-of", "2026-06-30"])
    assert code == 0
    assert capsys.readouterr().out.strip() == f"Wrote the report for 2026-05 to {out}"
    reader = pypdf.PdfReader(out)
    assert 1 <= len(reader.pages) <= 3
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    # The shop's language is the system's when not set: English or Russian month name.
    assert "May 2026" in text or "май 2026" in text
    assert not list(tmp_path.glob("*.part"))


def test_default_month_is_the_last_full_one(db: Database, db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--db", str(db_path), "--out", str(out),
                 "--as-of", "2026-06-30"]) == 0
    assert "for 2026-05" in capsys.readouterr().out
    assert len(pypdf.PdfReader(out).pages) == 1  # an empty database: nothing to report


@pytest.mark.parametrize(("month", "out", "sentence"), [
    ("2026-13", "r.pdf", '"2026-13" is not a month: write it as YYYY-MM, e.g. 2026-03.'),
    ("May", "r.pdf", '"May" is not a month'),
    ("2026-07", "r.pdf", "The month 2026-07 has not started yet: choose an earlier one."),
    ("2026-05", "missing/r.pdf", "Could not write the report to"),
])
def test_bad_month_or_folder(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             month: str, out: str, sentence: str) -> None:
    code = main(["report", "--db", str(db_path), "--month", month, "--out",
                 str(tmp_path / out), "--as-of", "2026-06-30"])
    assert code == 2
    assert sentence in capsys.readouterr().err
    assert not (tmp_path / out).exists()
