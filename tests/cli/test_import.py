import io
import sqlite3

from app.cli import main
from tests.services.importing import samples


def purchases(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    finally:
        conn.close()


def test_import_without_terminal_and_without_yes_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    db_path = tmp_path / "r.sqlite3"
    code = main(["import", str(samples.write_cp1251_sales(tmp_path)), "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "Purchases to add:" in out and "Run again with --yes" in out
    assert purchases(db_path) == 0


def test_import_yes_then_reimport_then_undo(tmp_path, capsys):
    db_path = tmp_path / "r.sqlite3"
    path = samples.write_cp1251_sales(tmp_path)
    rejected = tmp_path / "rejected.csv"
    assert main(["import", str(path), "--db", str(db_path), "--yes",
                 "--rejected-csv", str(rejected)]) == 0
    out = capsys.readouterr().out
    assert "Rows read:" in out and "row 9, column 'Дата': Not a date ('31.02.2025')" in out
    assert "Imported as batch 1: 4 purchases, 2 new customers" in out
    assert rejected.exists() and purchases(db_path) == 4
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 1
    assert "Already imported:               4" in capsys.readouterr().out
    assert main(["undo-import", "1", "--db", str(db_path), "--yes"]) == 0
    assert "removed 4 purchases and 2 customers" in capsys.readouterr().out
    assert purchases(db_path) == 0


def test_unreadable_file_is_one_line_and_non_zero(tmp_path, capsys):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"\x00garbage" * 100)
    assert main(["import", str(bad), "--db", str(tmp_path / "r.sqlite3"), "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "could not be opened as a spreadsheet" in err


def test_sheet_option(tmp_path, capsys):
    path = samples.write_xlsx(tmp_path, {
        "A": [["Дата", "Клиент", "Сумма"], ["01.03.2025", "Анна", 100]],
        "B": [["Дата", "Клиент", "Сумма"], ["01.03.2025", "Борис", 200],
              ["02.03.2025", "Борис", 300]],
    })
    assert main(["import", str(path), "--db", str(tmp_path / "r.sqlite3"), "--yes",
                 "--sheet", "B"]) == 0
    assert "Imported as batch 1: 2 purchases" in capsys.readouterr().out


TWO_MONEY = ("Дата;Клиент;Товар;Сумма;Сумма со скидкой;Скидка\n"
             "01.03.2025;Анна;Кофе;1 200,00;1 080,00;120,00\n"
             "02.03.2025;Борис;Чай;500,00;500,00;0,00\n")


def test_two_money_columns_are_refused_until_map_says_which(tmp_path, capsys):
    path = samples.write_text(tmp_path, "sales.csv", TWO_MONEY, "cp1251")
    db_path = tmp_path / "r.sqlite3"
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 1
    out = capsys.readouterr().out
    assert ("the money could be in any of these columns: “Сумма”, “Сумма со скидкой”. Say which "
            "with --map amount=COLUMN") in out
    assert purchases(db_path) == 0
    assert main(["import", str(path), "--db", str(db_path), "--yes",
                 "--map", "amount=сумма со скидкой", "--map", "customer=Клиент"]) == 0
    conn = sqlite3.connect(db_path)
    money = conn.execute("SELECT SUM(amount_minor) FROM purchases").fetchone()[0]
    conn.close()
    assert money == 108000 + 50000  # the discounted column, by hand


def test_discount_tax_and_price_point_columns_are_never_the_money(tmp_path, capsys):
    text = ("Date,Customer,Item,Price Point Name,Discount Amount,Tax,Net Sales\n"
            "2025-03-05,Anna,Latte,Large,1.00,0.71,8.00\n")
    path = samples.write_text(tmp_path, "sales.csv", text)
    assert main(["import", str(path), "--db", str(tmp_path / "r.sqlite3"), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Net Sales -> amount" in out and "Discount Amount ->" not in out
    assert "Price Point Name ->" not in out and "Tax ->" not in out


def test_map_names_an_unknown_field_or_column_in_one_sentence(tmp_path, capsys):
    path = samples.write_text(tmp_path, "sales.csv", TWO_MONEY, "cp1251")
    db = str(tmp_path / "r.sqlite3")
    assert main(["import", str(path), "--db", db, "--map", "money=Сумма"]) == 2
    assert "There is no field “money”" in capsys.readouterr().err
    assert main(["import", str(path), "--db", db, "--map", "amount=Итого"]) == 2
    assert "The file has no column “Итого”" in capsys.readouterr().err


def test_a_tutor_file_with_student_and_package_columns_imports_with_map(tmp_path, capsys):
    path = tmp_path / "tutor.csv"
    path.write_text("Date,Student,Package,Paid\n2025-01-10,Amelia Hart,10 lessons,£250.00\n"
                    "2025-02-11,Oliver Reed,Single lesson,£30.00\n"
                    "2025-03-12,Amelia Hart,Single lesson,£30.00\n", "utf-8")
    db_path = tmp_path / "r.sqlite3"
    assert main(["import", str(path), "--db", str(db_path), "--yes", "--map", "customer=Student",
                 "--map", "product=Package", "--map", "amount=Paid"]) == 0
    assert "3 purchases, 2 new customers" in capsys.readouterr().out
    conn = sqlite3.connect(db_path)
    try:
        total = conn.execute("SELECT SUM(amount_minor) FROM purchases").fetchone()[0]
    finally:
        conn.close()
    assert total == 250_00 + 30_00 + 30_00


def test_undo_import_says_what_it_undoes_asks_and_never_reaches_back_silently(
        tmp_path, capsys, monkeypatch):
    db_path = tmp_path / "r.sqlite3"
    first = samples.write_cp1251_sales(tmp_path)
    second = tmp_path / "more.csv"
    second.write_text("Date,Customer,Amount\n2025-04-01,Amelia Hart,100\n", "utf-8")
    assert main(["import", str(first), "--db", str(db_path), "--yes"]) == 0
    assert main(["import", str(second), "--db", str(db_path), "--yes"]) == 0
    assert purchases(db_path) == 5
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no terminal
    assert main(["undo-import", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "Import 2: more.csv" in out and "1 purchases" in out and "--yes" in out
    assert purchases(db_path) == 5

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["undo-import", "--db", str(db_path)]) == 1
    assert purchases(db_path) == 5
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["undo-import", "--db", str(db_path)]) == 0
    assert purchases(db_path) == 4
    capsys.readouterr()
    # Run again, even with --yes: the latest import is gone, so batch 1 needs its number.
    assert main(["undo-import", "--db", str(db_path), "--yes"]) == 1
    assert "To undo import 1 (" in capsys.readouterr().out
    assert purchases(db_path) == 4
    assert main(["undo-import", "1", "--db", str(db_path), "--yes"]) == 0
    assert purchases(db_path) == 0


def test_a_reader_that_stops_reading_does_not_cancel_the_import(tmp_path):
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = samples.write_cp1251_sales(tmp_path)
    for n, reader in enumerate(("head -1", "true")):
        db_path = tmp_path / f"r{n}.sqlite3"
        command = (f"{shlex.quote(sys.executable)} main.py import {shlex.quote(str(path))} --yes "
                   f"--db {shlex.quote(str(db_path))} | {reader}; exit ${{PIPESTATUS[0]}}")
        done = subprocess.run(["bash", "-c", command], cwd=root, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert purchases(db_path) == 4


def test_escape_sequences_from_a_file_never_reach_the_terminal(tmp_path, capsys):
    """A file name, a header and cells with terminal escapes (colour, window title, C1 CSI) are
    printed escaped: not one control byte reaches stdout or stderr."""
    db_path = tmp_path / "r.sqlite3"
    text = ("Date,Name\x1b]0;pwned\x07,Amount,Product\n"
            "05.03.2026,Anna,100,Tea\x1b[2J\n"
            "06.03.2026,Boris\x9b31m,200,Tea\n"
            "07.03.2026,Vera,1e400\x1b[8m,Tea\n"
            + "".join(f"08.03.2026,Customer {i},100,Coffee beans\n" for i in range(30)))
    path = samples.write_text(tmp_path, "sales\x1b[31m.csv", text)
    code = main(["import", str(path), "--db", str(db_path), "--yes",
                 "--map", "customer=Name\x1b]0;pwned\x07"])
    missing = main(["import", str(tmp_path / "gone\x1b[31m.csv"), "--db", str(db_path)])
    captured = capsys.readouterr()
    assert code == 0 and missing == 2
    printed = captured.out + captured.err
    assert "sales\\u001b[31m.csv" in captured.out and "gone\\u001b[31m.csv" in captured.err
    assert "Name\\u001b]0;pwned\\u0007 -> customer" in captured.out
    assert not any((0 <= ord(ch) < 32 and ch not in "\n\t") or 0x7f <= ord(ch) <= 0x9f
                   for ch in printed)
    assert purchases(db_path) == 30  # Anna, Boris and Vera rejected: invalid characters


def test_reports_keep_their_columns_with_control_characters_escaped(tmp_path, capsys):
    import csv
    import json

    db_path = tmp_path / "r.sqlite3"
    path = samples.write_text(tmp_path, "s.csv", "Date,Name,Amount\n05.03.2026,Anna Tea,100\n")
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 0
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE customers SET display_name = 'Anna\x1b[31m\x85, \"Tea\"'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["segments", "--db", str(db_path), "--as-of", "2026-03-10"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["name"] for r in rows] == ['Anna\\u001b[31m\\u0085, "Tea"']
    assert main(["segments", "--db", str(db_path), "--as-of", "2026-03-10",
                 "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in records] == ["Anna\x1b[31m\x85, \"Tea\""]  # JSON's own escapes
