"""`feedback import FILE`: a Google Forms export through the command line."""

from __future__ import annotations

from app.cli import main
from app.services.database import open_database
from app.services.feedback import records
from tests.services.feedback.forms_samples import EN_HEADER, EN_ROWS, write_forms_csv
from tests.services.reminders.data import add_customer


def test_feedback_import_prints_what_it_did(tmp_path, capsys):
    db_file = tmp_path / "shop.sqlite3"
    db = open_database(db_file)
    anna = add_customer(db, "Anna", phone="+79001234567", email="anna@example.com")
    add_customer(db, "Boris", phone="+79001112233", email="boris@example.com")
    db.dispose()
    path = write_forms_csv(tmp_path, "responses.csv", EN_HEADER, EN_ROWS)
    assert main(["feedback", "import", str(path), "--db", str(db_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == ["added: 2", "already stored: 0", "complaints opened: 1",
                       "not matched: 1", "rejected: 1"]
    # 10 and 4: one promoter, one detractor of two answers -> 0.
    assert out[5] == ("NPS of the added answers: +0 (2 answers: 1 promoters, 0 passives,"
                      " 1 detractors)")
    assert out[6] == "CSI of the added answers: 7.0"  # (10 + 4) / 2
    assert out[7] == "line 3\tsomeone@else.org\tNo customer has this e-mail or phone"
    db = open_database(db_file)
    assert [s.score for s in records.customer_feedback(db, anna).scores] == [10]
    db.dispose()


def test_feedback_import_of_a_missing_file_is_a_sentence(tmp_path, capsys):
    code = main(["feedback", "import", str(tmp_path / "nope.csv"), "--db",
                 str(tmp_path / "x.sqlite3")])
    assert code != 0
    assert "could not be read" in capsys.readouterr().err
