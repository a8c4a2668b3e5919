"""Hostile workbooks give a sentence and never take the process down or eat the memory.

The files are built by hand (a zip of a few XML parts): a cell at XFD1048576 made the native
reader ask for 512 GiB and abort the whole process; a zip bomb took 3 GB before it was refused.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.services.errors import UserFacingError
from app.services.importing import reading, sniffing, workbook, workbook_child, workbook_process
from app.services.importing.workbook_process import WorkbookRead
from tests.services.importing import samples

ROOT = Path(__file__).resolve().parents[3]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Телефон</t></is></c></row>'


def _parts() -> dict[str, str]:
    return {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{TYPES}">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_TYPE}"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}"/></Types>'),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship '
            f'Id="rId1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC}">'
            f'<sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship '
            f'Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    }


def write_workbook(path: Path, dimension: str | None = None, rows: str = HEADER) -> Path:
    """A minimal XLSX with one sheet: `rows` is its <sheetData> content."""
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _parts().items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{declared}'
            f'<sheetData>{rows}</sheetData></worksheet>'))
    return path


def write_far_cell(folder: Path, dimension: str | None = None) -> Path:
    """A 1.5 KB workbook with a second cell at the last one a sheet may have."""
    return write_workbook(folder / "far.xlsx", dimension,
                          HEADER + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')


def write_zip_bomb(path: Path, unpacked_mb: int) -> Path:
    """A sheet of `unpacked_mb` MB of the same row, written as a stream (a few MB packed)."""
    row = ('<row><c t="inlineStr"><is><t>Анна Иванова</t></is></c><c><v>79123456789</v></c>'
           '<c><v>1200.5</v></c></row>').encode()
    block = row * (1024 * 1024 // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _parts().items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for _ in range(unpacked_mb):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_a_cell_at_the_last_address_is_a_sentence_and_the_process_lives(tmp_path):
    path = write_far_cell(tmp_path)  # no <dimension>: only the child's memory cap stops it
    with pytest.raises(UserFacingError, match=r"far\.xlsx could not be read: it may be damaged"):
        reading.read_table(path)
    with pytest.raises(UserFacingError, match=r"far\.xlsx could not be read: it may be damaged"):
        workbook.list_sheets(path)


def test_a_declared_area_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = write_far_cell(tmp_path, dimension="A1:XFD1048576")
    started = []
    monkeypatch.setattr(workbook_process.subprocess, "Popen",
                        lambda *a, **k: started.append(a) or pytest.fail("child started"))
    with pytest.raises(UserFacingError) as refused:
        reading.read_table(path)
    assert refused.value.text.replace("\u00a0", " ") == (
        "far.xlsx is too large to read: a sheet spans 1 048 576 rows and 16 384 columns "
        "(at most 20 000 000 cells can be read).")
    assert not started


@pytest.mark.parametrize(("head", "area"), [
    (b'<worksheet><dimension ref="A1:XFD1048576"/>', (1048576, 16384)),
    (b'<x:dimension ref="B2:D11"/>', (10, 3)),
    (b'<dimension ref="C7"/>', (1, 1)),
    (b'<sheetData><row r="1">', (0, 0)),
])
def test_declared_area(head, area):
    assert workbook_process.declared_area(head) == area


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_process, "MAX_UNPACKED_BYTES", 8 * 1024 * 1024)
    path = write_zip_bomb(tmp_path / "bomb.xlsx", unpacked_mb=10)
    assert path.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(UserFacingError) as refused:
        reading.read_table(path)
    assert time.perf_counter() - started < 1
    assert refused.value.text == ("bomb.xlsx is too large to read: it unpacks to 10 MB, "
                                  "more than 8 MB.")


def test_an_encrypted_archive_a_protected_workbook_and_a_cut_one_are_sentences(tmp_path):
    good = samples.write_xlsx(tmp_path, {"Продажи": [["ФИО", "Сумма"], ["Анна", 100]]})
    data = good.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    encrypted = tmp_path / "encrypted.xlsx"  # the "encrypted" bit set on every member
    flagged = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = flagged.find(signature)
        while at >= 0:
            flagged[at + offset] |= 1
            at = flagged.find(signature, at + 4)
    encrypted.write_bytes(bytes(flagged))
    protected = tmp_path / "protected.xlsx"  # Excel saves a password-protected workbook as OLE
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 32)
    for path in (cut, encrypted, protected):
        with pytest.raises(UserFacingError,
                           match=f"{path.name} could not be opened as a spreadsheet"):
            reading.read_table(path)


def test_a_child_killed_mid_read_is_a_sentence(tmp_path):
    path = samples.write_xlsx(tmp_path, {"Продажи": [["ФИО", "Сумма"], ["Анна", 100]]})
    child = WorkbookRead(path)
    os.kill(child.process.pid, signal.SIGKILL)
    with pytest.raises(UserFacingError, match=r"book\.xlsx could not be read: it may be damaged"):
        child.result()
    assert WorkbookRead(path).result()["name"] == "Продажи"  # nothing left behind


def test_the_child_sees_every_row_the_header_search_needs():
    assert workbook_child.HEAD_ROWS >= sniffing.HEADER_SEARCH_ROWS


def test_cells_come_back_as_the_reader_gave_them(tmp_path):
    path = samples.write_xlsx(tmp_path, {"Продажи": [
        ["Отчёт"], [], ["Дата", "ФИО", "Сумма", "Кол-во"],
        [dt.datetime(2025, 3, 5), "Анна", 1200.5, 2.0], [45721, "Борис", 300, 1],
        [dt.datetime(2025, 3, 5), "Анна", 1200.5, None]]})
    table = reading.read_table(path)
    assert table.header_row == 3
    assert list(table.frame.index) == [4, 5, 6]
    assert table.frame["ФИО"].tolist() == ["Анна", "Борис", "Анна"]
    assert table.frame["Сумма"].tolist() == [1200.5, 300, 1200.5]
    assert table.frame["Кол-во"].tolist() == [2, 1, ""]
    assert [type(v) for v in table.frame["Кол-во"].tolist()] == [int, int, str]
    assert table.frame["Дата"].tolist()[0] == dt.date(2025, 3, 5)  # calamine: a day, at midnight
    assert list(table.frame["ФИО"].cat.categories) == ["Анна", "Борис"]  # not the header's


def _cli(path: Path, db: Path, tmp_path: Path) -> tuple[int, str, float]:
    """Runs the import command: its exit code, what it wrote on stderr, and its peak memory in
    MB, the children it waited for included."""
    err_path = tmp_path / "stderr.txt"
    with err_path.open("w") as err:
        proc = subprocess.Popen([sys.executable, "main.py", "import", str(path), "--db", str(db),
                                 "--yes"], cwd=ROOT, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, err_path.read_text(), usage.ru_maxrss / 1024


def test_the_command_line_says_a_sentence_for_a_far_cell(tmp_path):
    code, stderr, _peak = _cli(write_far_cell(tmp_path), tmp_path / "db.sqlite3", tmp_path)
    assert code == 2, stderr
    assert "error: far.xlsx could not be read: it may be damaged or too large." in stderr
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_a_real_size_zip_bomb_is_refused_quickly_and_small(tmp_path):
    path = write_zip_bomb(tmp_path / "bomb.xlsx", unpacked_mb=520)
    started = time.perf_counter()
    code, stderr, peak = _cli(path, tmp_path / "db.sqlite3", tmp_path)
    assert time.perf_counter() - started < 20
    assert code == 2, stderr
    assert "bomb.xlsx is too large to read: it unpacks to 519 MB, more than 500 MB." in stderr
    assert "Traceback" not in stderr
    assert peak < 1500


def test_main_runs_the_child_as_the_frozen_app_does(tmp_path):
    """The frozen app runs its own executable with the child flag (there is no `python -m`)."""
    import pickle

    path = samples.write_xlsx(tmp_path, {"Продажи": [["ФИО", "Сумма"], ["Анна", 100]]})
    done = subprocess.run([sys.executable, "main.py", workbook_child.CHILD_FLAG, "read", str(path),
                           str(workbook_process.CHILD_MEMORY_BYTES)],
                          cwd=ROOT, capture_output=True, check=True, timeout=60)
    answer = pickle.loads(done.stdout)
    assert (answer["name"], answer["height"], answer["head"]) == (
        "Продажи", 2, [["ФИО", "Сумма"], ["Анна", 100.0]])
