"""Exporting a segment's customers: columns, money, and CSV-injection escaping."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from app.services.csv_safety import escape_cell
from app.services.database import Database
from app.services.segments.export import HEADER, export_customers
from app.services.segments.reports import CUSTOMER_COLUMNS, segment_customers


def frame(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=CUSTOMER_COLUMNS)


EVIL = frame(
    (1, "=HYPERLINK(\"http://x\",\"y\")", "+79123456789", "@evil.example", 12, 3, 123450,
     5, 3, 4, "loyal"),
    (2, "-2+3", "+7 (912) =1", "-x@y.ru", 400, 1, -5000, 1, 1, 1, "lost"),
    (3, "Анна", "", "", None, 0, 0, None, None, None, None),
)


@pytest.mark.parametrize(("raw", "shown"), [("=1+1", "'=1+1"), ("+cmd", "'+cmd"),
                                            ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
                                            ("\t=1", "'\t=1"), ("Анна", "Анна"), ("a=b", "a=b")])
def test_escape_cell(raw: str, shown: str) -> None:
    assert escape_cell(raw) == shown


def test_csv_escapes_dangerous_cells_but_keeps_plain_phones(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert export_customers(EVIL, path) == 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER
    assert rows[1][:4] == ["'=HYPERLINK(\"http://x\",\"y\")", "+79123456789", "'@evil.example",
                           "Loyal"]
    assert rows[1][4:] == ["12", "3", "1234.5", "5", "3", "4"]
    assert rows[2][:3] == ["'-2+3", "'+7 (912) =1", "'-x@y.ru"]
    assert rows[2][6] == "-50.0"  # a number, not text: nothing to escape
    assert rows[3] == ["Анна", "", "", "", "", "0", "0.0", "", "", ""]
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "@", "-")) for cell in row[:4])


def test_xlsx_has_no_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export_customers(EVIL, path, header=["Имя", *HEADER[1:]])
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Имя"
    assert values[1][0] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert values[1][6] == 1234.5
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_export_a_demo_segment(demo_db: Database, tmp_path: Path) -> None:
    customers = segment_customers(demo_db, "champions")
    path = tmp_path / "champions.csv"
    assert export_customers(customers, path) == len(customers) > 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["segment"] for r in rows} == {"Champions"}
    assert all(r["phone"].startswith("+7") for r in rows)
