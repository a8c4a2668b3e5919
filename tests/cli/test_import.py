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
    assert main(["undo-import", "1", "--db", str(db_path)]) == 0
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
