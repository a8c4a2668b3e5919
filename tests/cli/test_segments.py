"""`segments` on the command line: the exact columns, CSV and JSON, and --as-of."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main
from app.cli.segments import COLUMNS
from app.services.database import Database
from app.services.segments.catalog import KEYS


def test_csv_has_the_contract_columns_and_one_row_per_customer(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["segments", "--db", db_arg, "--as-of", "2026-11-27"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["customer_id", "name", "phone", "email", "recency_days", "frequency",
                       "monetary", "r_score", "f_score", "m_score", "segment"] == COLUMNS
    assert len(rows) == 1 + 360
    assert {r[10] for r in rows[1:]} <= set(KEYS)
    assert all(r[6].count(".") == 1 and len(r[6].split(".")[1]) == 2 for r in rows[1:])


def test_json_as_of_an_earlier_day(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["segments", "--db", db_arg, "--format", "json"]
    assert main([*args, "--as-of", "2026-11-27"]) == 0
    today = {r["customer_id"]: r for r in json.loads(capsys.readouterr().out)}
    main(["segments", "--db", db_arg, "--format", "json", "--as-of", "2026-06-01"])
    earlier = {r["customer_id"]: r for r in json.loads(capsys.readouterr().out)}
    assert list(today[1]) == COLUMNS
    # Customers who first bought after 1 June have no segment as of 1 June.
    newcomers = [c for c, r in today.items() if r["segment"] == "new"]
    assert newcomers and all(earlier[c]["segment"] is None for c in newcomers)
    assert all(earlier[c]["frequency"] <= today[c]["frequency"] for c in today)


def test_a_customer_whose_only_purchases_are_free_has_a_segment(
    db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.free_shop import BORIS, EVGENY, create_free_shop

    create_free_shop(db)
    assert main(["segments", "--db", db_arg, "--as-of", "2026-11-27"]) == 0
    rows = {int(r["customer_id"]): r
            for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    # Борис: one free sample on 7 Nov -> 20 days, 1 order, 0.00 money, R5 F1 M1: new.
    assert list(rows[BORIS].values()) == [
        "2", "Борис", "+79000000002", "", "20", "1", "0.00", "5", "1", "1", "new"]
    # Евгений has only a refund: no order, no scores, no segment.
    assert list(rows[EVGENY].values())[4:] == ["", "0", "0.00", "", "", "", ""]
    main(["segments", "--db", db_arg, "--as-of", "2026-11-27", "--format", "json"])
    boris = next(r for r in json.loads(capsys.readouterr().out) if r["customer_id"] == BORIS)
    assert list(boris) == COLUMNS
    assert (boris["frequency"], boris["monetary"], boris["m_score"], boris["segment"]) == (
        1, 0.0, 1, "new")
