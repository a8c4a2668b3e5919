# ruff: noqa: E501 - sample file contents are kept verbatim
"""Small spreadsheet files the import tests write for themselves."""

from __future__ import annotations

from pathlib import Path

CP1251_SALES = """Отчёт о продажах за март 2025;;;;;
Магазин "Зерно и лист";;;;;
;;;;;
Дата;Номер чека;Покупатель;Телефон;Товар;Сумма
05.03.2025;101;Иванова Анна;8 (912) 345-67-89;Кофе Эфиопия;1 234,50 руб.
05.03.2025;101;Иванова Анна;8 (912) 345-67-89;Кофе Эфиопия;1 234,50 руб.
06.03.2025;;Петров Иван;+7 913 111 2233;Чай;540
07.03.2025;;Петров Иван;9131112233;Чай;(100,00)
31.02.2025;;Сидоров;;Чай;100
08.03.2025;;;;Чай;100
09.03.2025;;Сидоров;;Чай;

Итого;;;;;3 008,00
"""

SHOPIFY = """Name,Email,Financial Status,Paid at,Subtotal,Total,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing Phone
#1001,anna@example.com,paid,2025-03-05 14:22:10 +0300,1500.00,1500.00,2,Coffee beans,500.00,Anna Smirnova,+79123456789
#1001,,,,,,1,Mug,500.00,,
#1002,Boris@Example.com,paid,2025-03-06 09:00:00 +0300,700.00,700.00,1,Tea,700.00,Boris Orlov,
"""


def write_cp1251_sales(folder: Path, name: str = "sales.csv") -> Path:
    path = folder / name
    path.write_bytes(CP1251_SALES.encode("cp1251"))
    return path


def write_shopify(folder: Path) -> Path:
    path = folder / "orders_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    return path


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(folder: Path, sheets: dict[str, list[list[object]]], name: str = "book.xlsx") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    workbook.save(path)
    return path


def write_xls(folder: Path, rows: list[list[object]], name: str = "old.xls") -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Лист1")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = folder / name
    book.save(str(path))
    return path


def write_ods(folder: Path, rows: list[list[object]], name: str = "book.ods") -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for row in rows:
        tr = TableRow()
        for value in row:
            if isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    path = folder / name
    doc.save(str(path))
    return path
