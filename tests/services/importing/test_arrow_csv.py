"""The pyarrow fast path reads text tables exactly as the pandas reader does, or steps aside."""

import subprocess
import sys

import pytest

from app.services.importing import arrow_csv, early, reading, sniffing
from tests.services.importing import samples

REGULAR = "Дата;Номер чека;Покупатель;Сумма\n01.02.2025;1;\"Иванова; Анна\";1 200,50\n" \
          "02.02.2025;;Петров Пётр;\n03.02.2025;2;\"Сидоров \"\"Вася\"\"\";300\n"


def _both(path, monkeypatch):
    monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    fast = reading.read_table(path)
    monkeypatch.setattr(arrow_csv, "read_arrow", lambda *_a, **_k: None)
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
    layout = sniffing.text_layout(path)
    encoded = arrow_csv.read_arrow(path, layout)
    assert encoded is not None  # the fast path was taken
    columns = arrow_csv.categoricals(layout.names, encoded)
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
    assert arrow_csv.read_arrow(path, sniffing.TextLayout("utf-8", ";", 0, list("abcd"))) is None
    _same(*_both(path, monkeypatch))


def test_sample_sales_file_reads_the_same_either_way(tmp_path, monkeypatch):
    _same(*_both(samples.write_cp1251_sales(tmp_path), monkeypatch))


@pytest.mark.parametrize("fast", [True, False])
def test_a_text_table_read_early_reads_the_same(tmp_path, monkeypatch, fast):
    if fast:
        monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    path = samples.write_cp1251_sales(tmp_path)
    loading = early.start(path)
    assert isinstance(loading, early.TextLoading)
    assert (loading.result()[1] is not None) == fast
    _same(reading.read_table(path, None, loading), reading.read_table(path))


def test_a_file_read_early_that_cannot_be_read_says_so_as_usual(tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(32)) * 400)
    loading = early.start(path)
    assert loading is not None and loading.result() == (None, None)
    with pytest.raises(reading.UnreadableFileError, match="does not look like"):
        reading.read_table(path, None, loading)
    assert early.start(tmp_path / "missing.csv") is None


def test_reading_early_does_not_load_pandas():
    """The point of `early`: it runs while pandas loads, so it must not load pandas itself."""
    code = ("import sys; from app.services.importing import early, mapping; "
            "print(sorted(m for m in ('pandas', 'app.services.importing.reading') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_the_package_names_are_the_lazily_loaded_ones():
    from app.services import importing

    assert sorted(importing.__all__) == sorted(importing._HOMES)
    for name in importing.__all__:
        assert getattr(importing, name) is not None
