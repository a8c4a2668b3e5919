"""A corpus of hostile and unlucky files, each made by a small named generator.

Every case writes its file into a folder and returns its path. The tests run each one through the
import service, the command line and the GUI's import job. `REFUSED` names the cases the importer
must refuse with a sentence; every other case must be read, with each of its rows imported or
listed as rejected.
"""

from __future__ import annotations

import os
import random
import struct
from collections.abc import Callable
from pathlib import Path

from tests.services.importing import samples
from tests.services.importing.test_hostile_workbooks import write_far_cell, write_zip_bomb

Case = Callable[[Path], Path]
HEADER = "Дата;Клиент;Телефон;Сумма"
BOMB_MB = 12  # the zip bomb's unpacked size; the tests lower the limit below it
BOMB_LIMIT_BYTES = 8 * 1024 * 1024


def _rows(count: int, first: int = 0) -> list[str]:
    return [f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00"
            for i in range(first, first + count)]


def _text(folder: Path, name: str, lines: list[str], encoding: str = "utf-8",
          newline: str = "\n") -> Path:
    path = folder / name
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def header_only(folder: Path) -> Path:
    return _text(folder, "header.csv", [HEADER])


def binary_garbage(folder: Path) -> Path:
    path = folder / "garbage.csv"
    path.write_bytes(random.Random(16).randbytes(8192))
    return path


def png_renamed_csv(folder: Path) -> Path:
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + b"\x90wS\xde"
    path = folder / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk + random.Random(1).randbytes(2000))
    return path


def truncated_xlsx(folder: Path) -> Path:
    whole = samples.write_xlsx(folder, {"Продажи": [HEADER.split(";")]
                                        + [r.split(";") for r in _rows(200)]}, "whole.xlsx")
    path = folder / "cut.xlsx"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    return path


def truncated_ods(folder: Path) -> Path:
    whole = samples.write_ods(folder, [HEADER.split(";")] + [r.split(";") for r in _rows(200)],
                              "whole.ods")
    path = folder / "cut.ods"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    whole.unlink()
    return path


def encrypted_workbook(folder: Path) -> Path:
    """What Excel saves with a password: an OLE compound file holding "EncryptionInfo" and
    "EncryptedPackage" streams instead of a zip. Built by hand: one FAT sector, one directory
    sector, then the two streams (4 KB each, so no mini stream is needed)."""
    free, end, fat_mark, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    stream = 4096
    per = stream // 512  # sectors per stream
    info_start, package_start = 2, 2 + per
    fat = [fat_mark, end]
    for start in (info_start, package_start):
        fat += [*range(start + 1, start + per), end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, *, right: int = none,
              child: int = none) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", none, right, child) + bytes(16 + 4 + 16)
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, end, 0, child=1)
                 + entry("EncryptionInfo", 2, info_start, stream, right=2)
                 + entry("EncryptedPackage", 2, package_start, stream)
                 + entry("", 0, 0, 0))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>"
    noise = random.Random(3).randbytes(stream)
    path = folder / "locked.xlsx"
    path.write_bytes(header + struct.pack("<128I", *fat) + directory
                     + info.ljust(stream, b"\0") + noise)
    return path


def ten_thousand_columns(folder: Path) -> Path:
    extra = [f"Поле {i}" for i in range(9996)]
    lines = [";".join([HEADER, *extra])]
    lines += [";".join([row, *("x" * len(extra))]) for row in _rows(5)]
    return _text(folder, "wide.csv", lines)


def utf16_without_bom(folder: Path) -> Path:
    return _text(folder, "utf16le.csv", [HEADER, *_rows(20)], "utf-16-le", "\r\n")


def utf16_with_bom(folder: Path) -> Path:
    return _text(folder, "utf16.csv", [HEADER, *_rows(20)], "utf-16", "\r\n")


def formulas(folder: Path) -> Path:
    names = ['=HYPERLINK("http://evil.example/x","Нажми")', "=cmd|' /C calc'!A0",
             "+1+2", "-2+3", "@SUM(1+1)", "=1+1"]
    lines = [HEADER] + [f'01.04.2025;"{n.replace(chr(34), chr(34) * 2)}";;{100 + i},00'
                        for i, n in enumerate(names)]
    return _text(folder, "formulas.csv", lines)


def rtl_and_zero_width_names(folder: Path) -> Path:
    names = ["\u202eанна", "Бо\u200bрис", "\u200f\u05d3\u05d5\u05d3", "\ufeffВера",
             "\u0645\u062d\u0645\u062f", "Зоя\u200d"]
    lines = [HEADER] + [f"01.04.2025;{n};;{100 + i},00" for i, n in enumerate(names)]
    return _text(folder, "rtl.csv", lines)


def cell_at_xfd1048576(folder: Path) -> Path:
    return write_far_cell(folder)


def zip_bomb(folder: Path) -> Path:
    return write_zip_bomb(folder / "bomb.xlsx", unpacked_mb=BOMB_MB)


def extra_field_after_line_40(folder: Path) -> Path:
    lines = [HEADER, *_rows(60)]
    lines[45] += ";лишнее"
    return _text(folder, "extra.csv", lines)


def cell_over_131072_characters(folder: Path) -> Path:
    lines = [HEADER, *_rows(5)]
    lines[3] = f"03.04.2025;{'Я' * 140_000};;300,00"
    return _text(folder, "long_cell.csv", lines)


def nul_in_cell(folder: Path) -> Path:
    lines = [HEADER, *_rows(5)]
    lines[2] = "02.04.2025;Анна\0Петрова;;200,00"
    return _text(folder, "nul.csv", lines)


def year_0001(folder: Path) -> Path:
    lines = [HEADER, *_rows(5)]
    lines[2] = "02.04.0001;Анна;;200,00"
    return _text(folder, "year1.csv", lines)


def amount_1e20(folder: Path) -> Path:
    lines = [HEADER, *_rows(5)]
    lines[2] = "02.04.2025;Анна;;1e20"
    lines[3] = "02.04.2025;Борис;;100000000000000000000,00"
    return _text(folder, "huge_amount.csv", lines)


def five_megabyte_name(folder: Path) -> Path:
    """Past every cell limit (and the CSV module's field limit) without writing 50 MB."""
    path = folder / "huge_name.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER + "\n" + "\n".join(_rows(3)) + "\n01.04.2025;")
        chunk = "Ы" * (1024 * 1024)
        for _ in range(5):
            out.write(chunk)
        out.write(";;100,00\n")
    return path


def terminal_escapes(folder: Path) -> Path:
    lines = ["Дата;Клиент\x1b]0;owned\x07;Телефон\x1b[8m;Сумма\x9b2J",
             "01.04.2025;\x1b[31mАнна\x1b[0m;;100,00",
             *_rows(60)]  # few enough control characters not to look like a binary file
    return _text(folder, "\x1b[2J\x1b]0;title\x07sales.csv", lines)


def mixed_utf8_cp1251(folder: Path) -> Path:
    lines = [HEADER, *_rows(30)]
    data = "\n".join(lines[:20]).encode("utf-8") + b"\n"
    data += "\n".join(lines[20:]).encode("cp1251") + b"\n"
    path = folder / "mixed.csv"
    path.write_bytes(data)
    return path


def directory(folder: Path) -> Path:
    path = folder / "folder.csv"
    path.mkdir()
    return path


def fifo(folder: Path) -> Path:
    path = folder / "pipe.csv"
    os.mkfifo(path)
    return path


def device(_folder: Path) -> Path:
    return Path(os.devnull)


def unreadable(folder: Path) -> Path:
    """chmod 000; root reads it anyway, so the tests also refuse it the way the OS would."""
    path = _text(folder, "locked.csv", [HEADER, *_rows(5)])
    path.chmod(0)
    return path


def crlf(folder: Path) -> Path:
    return _text(folder, "crlf.csv", [HEADER, *_rows(50)], "cp1251", "\r\n")


def lf(folder: Path) -> Path:
    return _text(folder, "lf.csv", [HEADER, *_rows(50)], "cp1251", "\n")


def cr_only(folder: Path) -> Path:
    return _text(folder, "cr.csv", [HEADER, *_rows(50)], "cp1251", "\r")


def totals_row_only(folder: Path) -> Path:
    return _text(folder, "totals.csv", [HEADER, ";Итого;;12 345,00"])


def duplicate_headers(folder: Path) -> Path:
    lines = ["Дата;Клиент;Сумма;Сумма;Клиент"]
    lines += [f"0{1 + i % 9}.04.2025;Покупатель {i};{100 + i},00;{200 + i},00;Другой {i}"
              for i in range(10)]
    return _text(folder, "dupes.csv", lines)


def header_30_lines_down(folder: Path) -> Path:
    preamble = [f"Отчёт о продажах, страница {i};;;" for i in range(29)]
    return _text(folder, "report.csv", [*preamble, HEADER, *_rows(10)])


def semicolons_in_quotes(folder: Path) -> Path:
    lines = [HEADER] + [f'01.04.2025;"Иванов; Иван {i}";"+7 900; {i:07d}";"{100 + i},00"'
                        for i in range(10)]
    return _text(folder, "quoted.csv", lines)


CASES: dict[str, Case] = {case.__name__: case for case in (
    empty, header_only, binary_garbage, png_renamed_csv, truncated_xlsx, truncated_ods,
    encrypted_workbook, ten_thousand_columns, utf16_without_bom, utf16_with_bom, formulas,
    rtl_and_zero_width_names, cell_at_xfd1048576, zip_bomb, extra_field_after_line_40,
    cell_over_131072_characters, nul_in_cell, year_0001, amount_1e20, five_megabyte_name,
    terminal_escapes, mixed_utf8_cp1251, directory, fifo, device, unreadable, crlf, lf, cr_only,
    totals_row_only, duplicate_headers, header_30_lines_down, semicolons_in_quotes,
)}

# Refused with a sentence, nothing written. Every other case is read: each row imported or
# listed as rejected.
REFUSED = {
    "empty", "header_only", "binary_garbage", "png_renamed_csv", "truncated_xlsx",
    "truncated_ods", "encrypted_workbook", "cell_at_xfd1048576", "zip_bomb", "directory", "fifo",
    "device", "unreadable", "totals_row_only", "ten_thousand_columns",
}


def make(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return CASES[name](folder)


__all__ = ["BOMB_LIMIT_BYTES", "CASES", "REFUSED", "make"]

