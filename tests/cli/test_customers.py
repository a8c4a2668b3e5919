"""`customers duplicates|merge|unmerge`: the contract columns, a merge and its undo."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main
from app.cli.customers import COLUMNS
from app.services.database import Database
from tests.services.duplicates.test_finding import add


def test_duplicates_merge_and_unmerge(db: Database, db_arg: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    anna = add(db, "Анна Иванова", phone="+79123456789")
    latin = add(db, "Anna Ivanova", phone="+79123456780")
    add(db, "Борис Петров", phone="+79990001122")
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                     " VALUES (?, '2025-01-05', 100)", (latin,))
    conn.close()
    assert main(["customers", "duplicates", "--db", db_arg]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["keep_id", "other_id", "score", "reasons", "keep_name",
                       "other_name"] == COLUMNS
    assert rows[1:] == [[str(anna), str(latin), "80",
                         "Phone numbers one typo apart; Same name written differently",
                         "Анна Иванова", "Anna Ivanova"]]
    assert main(["customers", "duplicates", "--format", "json", "--db", db_arg]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert list(record) == COLUMNS and record["reasons"][0] == "Phone numbers one typo apart"

    assert main(["customers", "merge", str(anna), str(latin), "--db", db_arg]) == 0
    assert f"customers unmerge {latin}" in capsys.readouterr().out
    conn = db.raw_connection()
    assert conn.execute("SELECT customer_id FROM purchases").fetchall() == [(anna,)]
    conn.close()
    assert main(["customers", "duplicates", "--db", db_arg]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # the header alone

    assert main(["customers", "unmerge", str(latin), "--db", db_arg]) == 0
    assert "is back" in capsys.readouterr().out
    conn = db.raw_connection()
    assert conn.execute("SELECT customer_id FROM purchases").fetchall() == [(latin,)]
    conn.close()
    assert main(["customers", "unmerge", str(latin), "--db", db_arg]) == 2
    assert "was not merged" in capsys.readouterr().err
    assert main(["customers", "merge", "1", "77", "--db", db_arg]) == 2
    assert "no customer number 77" in capsys.readouterr().err
