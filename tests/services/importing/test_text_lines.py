"""Every line of a text table is imported or listed as rejected, by either reader."""

import numpy as np
import pytest

from app.services import importing
from app.services.importing import arrow_csv, reading, text_lines
from tests.conftest import TODAY

HEADER = "Дата,Клиент,Телефон,Товар,Количество,Сумма"


def _row(i: int) -> str:
    return f"01.02.2025,Покупатель {i},,Товар {i % 7},1,{100 + i}"


def _force(path_kind: str, monkeypatch) -> None:
    """pyarrow reads files from arrow_csv.MIN_BYTES up; pandas reads when read_arrow says None."""
    if path_kind == "pyarrow":
        monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    else:
        monkeypatch.setattr(arrow_csv, "read_arrow", lambda *_a, **_k: None)


def _write(tmp_path, lines: list[str], name: str = "sales.csv", newline: str = "\n",
           encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


@pytest.mark.parametrize("reader", ["pyarrow", "pandas"])
def test_a_line_with_an_extra_cell_is_listed_not_lost(tmp_path, monkeypatch, db, settings,
                                                      reader):
    _force(reader, monkeypatch)
    lines = [HEADER] + [_row(i) for i in range(60)]
    lines[45] += ",лишнее"  # file line 46, past the lines the header is sniffed from
    path = _write(tmp_path, lines)
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    assert plan.rows_read == 60
    assert plan.purchases_added == 59 and plan.rows_rejected == 1
    assert plan.rows_read == plan.purchases_added + plan.rows_rejected
    bad = plan.rejected.iloc[0]
    assert bad["row"] == 46
    assert bad["reason"] == text_lines.R_MORE_CELLS
    assert bad["value"] == lines[45]


@pytest.mark.parametrize(("newline", "encoding"), [
    ("\n", "utf-8"), ("\r\n", "cp1251"), ("\r\n", "utf-16")])
@pytest.mark.parametrize("reader", ["pyarrow", "pandas"])
def test_irregular_file_adds_up_and_keeps_line_numbers(tmp_path, monkeypatch, db, settings,
                                                        reader, newline, encoding):
    _force(reader, monkeypatch)
    lines = [HEADER] + [_row(i) for i in range(80)]
    lines[50] += ","  # a trailing delimiter: the data is fine, the row is kept
    lines[55] += ",x,y"  # two extra cells: rejected
    lines[60] = "01.02.2025,Короткая"  # too few cells: read, then rejected for no amount
    lines[65] = '01.02.2025,"Две\nстроки",,Товар,1,500'  # one record over lines 66-67
    lines[70] += ",z"  # rejected, on file line 72 since the record above spans two lines
    path = _write(tmp_path, lines, newline=newline, encoding=encoding)
    table = reading.read_table(path)
    assert [b.line for b in table.rejected_lines] == [56, 72]
    assert table.frame.loc[51, "Клиент"] == "Покупатель 49"  # the trailing-comma line
    assert table.frame.loc[66, "Клиент"] == "Две\nстроки"
    assert table.frame.loc[68, "Клиент"] == "Покупатель 65"
    assert 67 not in table.frame.index and 56 not in table.frame.index
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    assert plan.rows_read == 80
    assert plan.purchases_added + plan.rows_rejected == plan.rows_read
    assert sorted(plan.rejected["row"].tolist()) == [56, 61, 72]


@pytest.mark.parametrize("reader", ["pyarrow", "pandas"])
def test_ten_bad_lines_in_100_000(tmp_path, monkeypatch, reader):
    _force(reader, monkeypatch)
    rng = np.random.default_rng(7)
    bad = sorted(rng.choice(np.arange(100, 100_000), 10, replace=False).tolist())
    lines = [HEADER] + [_row(i) for i in range(100_000)]
    for line in bad:
        lines[line - 1] += ",лишнее,ещё"
    table = reading.read_table(_write(tmp_path, lines))
    assert [b.line for b in table.rejected_lines] == bad
    assert len(table.frame) + len(table.rejected_lines) == 100_000
    assert not set(bad) & set(table.frame.index.tolist())
    assert table.frame.index[-1] == 100_001


def test_a_clean_file_is_numbered_without_a_second_pass(tmp_path, monkeypatch):
    def no_pass(*_a, **_k):
        raise AssertionError("a clean file needs no csv pass")

    monkeypatch.setattr(text_lines, "_records", no_pass)
    table = reading.read_table(_write(tmp_path, [HEADER] + [_row(i) for i in range(30)]))
    assert list(table.frame.index) == list(range(2, 32))
    assert table.rejected_lines == []


NAMES = ["Иванова Анна", "Смирнов Пётр", "Кузнецова Ольга", "Попов Дмитрий"]


def _sales_bytes(encodings: list[str]) -> bytes:
    lines = [HEADER.encode("utf-8")]
    for i, encoding in enumerate(encodings):
        lines.append(f"0{1 + i % 9}.02.2025,{NAMES[i % 4]} {i},,Товар,1,{100 + i}"
                     .encode(encoding))
    return b"\n".join(lines) + b"\n"


@pytest.mark.parametrize("reader", ["pyarrow", "pandas"])
@pytest.mark.parametrize("first_old", [3, 45])  # old lines within the sniffed sample, or after
def test_a_mostly_utf8_file_with_some_cp1251_lines_reads_every_name(
        tmp_path, monkeypatch, db, settings, reader, first_old):
    _force(reader, monkeypatch)
    encodings = ["utf-8"] * 60
    old = [first_old, first_old + 1, first_old + 7]
    for i in old:
        encodings[i] = "cp1251"
    path = tmp_path / "mixed.csv"
    path.write_bytes(_sales_bytes(encodings))
    table = reading.read_table(path)
    expected = [f"{NAMES[i % 4]} {i}" for i in range(60)]
    assert table.frame["Клиент"].tolist() == expected
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    lines = [i + 2 for i in old]  # file lines: the header is line 1
    noted = plan.warnings[plan.warnings["reason"] == text_lines.R_OTHER_ENCODING]
    assert noted["row"].tolist() == lines
    assert noted["value"].iloc[0].startswith(f"0{1 + old[0] % 9}.02.2025,{NAMES[old[0] % 4]}")
    assert plan.purchases_added == 60


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_a_file_in_one_encoding_reads_as_before(tmp_path, encoding):
    path = tmp_path / "one.csv"
    path.write_bytes(_sales_bytes([encoding] * 30).replace(
        HEADER.encode("utf-8"), HEADER.encode(encoding)))
    table = reading.read_table(path)
    assert table.encoding == encoding
    assert table.frame["Клиент"].tolist() == [f"{NAMES[i % 4]} {i}" for i in range(30)]
    assert table.noted_lines == []


@pytest.mark.parametrize("reader", ["pyarrow", "pandas"])
def test_a_nul_byte_inside_a_cell_is_kept(tmp_path, monkeypatch, reader):
    _force(reader, monkeypatch)
    path = tmp_path / "nul.csv"
    path.write_bytes(f"{HEADER}\n{_row(1)}\n".encode() +
                     "01.02.2025,Анна\x00Петрова,,Товар,1,100\n".encode() +
                     f"{_row(2)}\n".encode())
    table = reading.read_table(path)
    assert table.frame["Клиент"].tolist() == ["Покупатель 1", "Анна\x00Петрова", "Покупатель 2"]
