"""The pyarrow fast path reads text tables exactly as the pandas reader does, or steps aside."""

import pytest

from app.services.importing import arrow_csv, reading
from tests.services import import_samples as samples

REGULAR = "Дата;Номер чека;Покупатель;Сумма\n01.02.2025;1;\"Иванова; Анна\";1 200,50\n" \
          "02.02.2025;;Петров Пётр;\n03.02.2025;2;\"Сидоров \"\"Вася\"\"\";300\n"


def _both(path, monkeypatch):
    monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    fast = reading.read_table(path)
    monkeypatch.setattr(arrow_csv, "read_columns", lambda *_a, **_k: None)
    slow = reading.read_table(path)
    return fast, slow


def _same(fast, slow):
    assert fast.headers == slow.headers
    assert list(fast.frame.index) == list(slow.frame.index)
    assert fast.dropped_totals_row == slow.dropped_totals_row
    for column in fast.frame.columns:
        assert fast.frame[column].tolist() == slow.frame[column].tolist(), column


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8", "utf-8-sig", "koi8_r"])
def test_regular_file_is_read_by_pyarrow_like_pandas(tmp_path, monkeypatch, encoding):
    text = "Продажи за февраль;;;\n;;;\n" + REGULAR + "Итого;;;1500,50\n"
    path = samples.write_text(tmp_path, "a.csv", text, encoding)
    monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    table = reading.read_table(path)
    columns = arrow_csv.read_columns(path, encoding=table.encoding, delimiter=";",
                                     names=table.headers, skip_rows=table.header_row)
    assert columns is not None  # the fast path was taken
    assert columns["Покупатель"].tolist() == ["Иванова; Анна", "Петров Пётр", 'Сидоров "Вася"',
                                              ""]
    _same(*_both(path, monkeypatch))


def test_blank_line_reads_the_same_either_way(tmp_path, monkeypatch):
    text = REGULAR.replace("02.02.2025;;", "\n02.02.2025;;")
    fast, slow = _both(samples.write_text(tmp_path, "a.csv", text), monkeypatch)
    assert list(fast.frame.index) == [2, 4, 5]  # file rows: the blank line keeps its number
    _same(fast, slow)


@pytest.mark.parametrize("text", [
    REGULAR + "04.02.2025;3;Орлова\n",  # a short row
    REGULAR + "04.02.2025;3;Орлова;5;6\n",  # a long row
])
def test_irregular_file_falls_back_to_pandas(tmp_path, monkeypatch, text):
    path = samples.write_text(tmp_path, "a.csv", text)
    monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    assert arrow_csv.read_columns(path, encoding="utf-8", delimiter=";",
                                  names=["a", "b", "c", "d"], skip_rows=1) is None
    _same(*_both(path, monkeypatch))


def test_sample_sales_file_reads_the_same_either_way(tmp_path, monkeypatch):
    _same(*_both(samples.write_cp1251_sales(tmp_path), monkeypatch))
