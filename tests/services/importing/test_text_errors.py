"""A text file that cannot be read gives the owner one sentence, never a traceback or the
parser's own words."""

import os
import pathlib

import pytest

from app.services.errors import UserFacingError
from app.services.importing import arrow_csv, early, reading

JARGON = ("C error", "tokenizing", "EOF", "Errno", "CSV parse", "field limit", "Traceback")


def _sentence(path) -> str:
    with pytest.raises(UserFacingError) as info:
        reading.read_table(path)
    text = str(info.value)
    assert "\n" not in text and not any(word in text for word in JARGON), text
    return text


def test_a_folder(tmp_path):
    folder = tmp_path / "sales.csv"
    folder.mkdir()
    assert "is a folder, not a file" in _sentence(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert "is not a regular file" in _sentence(fifo)  # opening it would wait forever
    assert early.start(fifo) is None


@pytest.mark.skipif(not pathlib.Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused():
    assert "is not a regular file" in _sentence(pathlib.Path("/dev/zero"))


def test_a_missing_file_still_does_not_exist(tmp_path):
    assert "does not exist" in _sentence(tmp_path / "nope.csv")


def test_no_permission_to_read(tmp_path, monkeypatch):
    path = tmp_path / "locked.csv"
    path.write_text("Дата;Клиент;Сумма\n01.02.2025;Анна;100\n", encoding="utf-8")
    real_open = pathlib.Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    # chmod 000 does not stop root (CI runs tests as root): refuse the way the OS would
    monkeypatch.setattr(pathlib.Path, "open", refuse)
    assert "no permission to read locked.csv" in _sentence(path)


@pytest.mark.parametrize("fast", [True, False])
def test_a_cell_longer_than_the_csv_modules_limit_is_read(tmp_path, monkeypatch, fast):
    if fast:
        monkeypatch.setattr(arrow_csv, "MIN_BYTES", 0)
    path = tmp_path / "long.csv"
    long = "x" * 200_000  # within the sniffed sample, over 131,072 characters
    path.write_text(f"Дата;Клиент;Заметка\n01.02.2025;Анна;{long}\n02.02.2025;Борис;\n",
                    encoding="utf-8")
    table = reading.read_table(path)  # the cell checks judge the cell; reading keeps it whole
    assert table.frame["Заметка"].tolist() == [long, ""]


def test_an_unclosed_quote_names_its_line(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('Дата;Клиент;Сумма\n01.02.2025;Анна;100\n02.02.2025;"Борис;200\n'
                    "03.02.2025;Вера;300\n", encoding="utf-8")
    text = _sentence(path)
    assert "quotation mark is not closed" in text and "line 3" in text


def test_empty_cells_out_to_a_far_column_are_not_columns(tmp_path):
    """Excel's "Save as CSV" writes empty cells out to the last formatted column: such a file
    is read (its empty tail dropped), while a file with that many named columns is refused."""
    from app.services.importing import limits

    tail = ";" * (limits.MAX_COLUMNS + 500)
    path = tmp_path / "sales.csv"
    path.write_text("Клиент;Телефон;Сумма" + tail + "\n"
                    + "".join(f"Анна {i};+7900000000{i};{100 + i}{tail}\n" for i in range(5)),
                    encoding="utf-8")
    table = reading.read_table(path)
    assert table.headers == ["Клиент", "Телефон", "Сумма"]
    assert len(table.frame) == 5
    named = tmp_path / "named.csv"
    named.write_text(";".join(f"c{i}" for i in range(limits.MAX_COLUMNS + 1)) + "\n"
                     + ";".join("1" for _ in range(limits.MAX_COLUMNS + 1)) + "\n",
                     encoding="utf-8")
    assert "columns" in _sentence(named)
