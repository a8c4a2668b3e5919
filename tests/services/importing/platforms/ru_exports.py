# ruff: noqa: E501 - export rows are kept as the platforms write them
"""The Russian-market exports the platform tests import, and what each should give.

The CSV exports are files beside this module (the bytes the platform writes: encoding,
delimiter, line ends); the spreadsheet exports (МойСклад, Эвотор) are rows here, written to
XLSX by `write_xlsx` when a test runs. Where each layout comes from: SOURCES_ru.md.

EXPECTED holds, per export, every customer the import must create with its orders and money
in minor units (kopecks), computed by hand in the comments from the rows; `None` marks a
person in the file who bought nothing (a cancelled or refunded order only, or a request
without an order) and so must have no orders and no money.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

# МойСклад, Розница -> Продажи, list exported to Excel: one row per sale (a retail receipt).
MOYSKLAD_RETAIL: list[list[object]] = [
    ["№", "Время", "Точка продаж", "Смена", "Контрагент", "Организация", "Сумма", "Наличными",
     "Безналичными", "Предоплатой", "НДС", "Статус", "Отправлено", "Напечатано", "Комментарий",
     "Владелец-сотрудник"],
    ["00101", "05.03.2026 10:12", "Магазин на Ленина", "00031", "Розничный покупатель",
     "ИП Соколова М. А.", 350.00, 350.00, 0.00, 0.00, 0.00, "", "Нет", "Нет", "", "Соколова М. А."],
    ["00102", "05.03.2026 11:40", "Магазин на Ленина", "00031", "Кузнецова Елена",
     "ИП Соколова М. А.", 1250.50, 0.00, 1250.50, 0.00, 0.00, "", "Нет", "Нет", "", "Соколова М. А."],
    ["00103", "06.03.2026 09:05", "Магазин на Ленина", "00032", "Розничный покупатель",
     "ИП Соколова М. А.", 780.00, 0.00, 780.00, 0.00, 0.00, "", "Нет", "Нет", "", "Петрова А. И."],
    ["00104", "10.03.2026 18:30", "Магазин на Ленина", "00035", "Кузнецова Елена",
     "ИП Соколова М. А.", 499.50, 499.50, 0.00, 0.00, 0.00, "", "Нет", "Нет", "карта 0457", "Петрова А. И."],
    ["00105", "11.03.2026 12:00", "Магазин на Ленина", "00036", "Морозов Артём",
     "ИП Соколова М. А.", 2000.00, 0.00, 2000.00, 0.00, 0.00, "", "Нет", "Нет", "", "Соколова М. А."],
]

# МойСклад, Продажи -> Отгрузки, list exported to Excel: one row per shipment.
MOYSKLAD_DEMANDS: list[list[object]] = [
    ["№", "Время", "Контрагент", "Организация", "Склад", "Сумма", "Валюта", "Оплачено",
     "Статус", "Сумма НДС", "Договор", "Проект", "Канал продаж", "Заказ покупателя",
     "Отправлено", "Напечатано", "Комментарий", "Владелец-сотрудник"],
    ["00021", "03.03.2026 12:00", 'ООО "Ромашка"', 'ООО "Свечной двор"', "Основной склад",
     15400.00, "руб", 15400.00, "Отгружено", 2566.67, "Д-14/2025", "", "Опт", "00017", "Нет", "Да",
     "", "Лебедева О. Н."],
    ["00022", "12.03.2026 15:30", "ИП Лебедев А. В.", 'ООО "Свечной двор"', "Основной склад",
     8200.00, "руб", 0.00, "Отгружено", 1366.67, "", "", "Опт", "00019", "Нет", "Да",
     "оплата по счёту", "Лебедева О. Н."],
    ["00023", "17.03.2026 10:10", 'ООО "Ромашка"', 'ООО "Свечной двор"', "Основной склад",
     6100.00, "руб", 0.00, "Отменена", 1016.67, "Д-14/2025", "", "Опт", "00020", "Нет", "Нет",
     "клиент отказался", "Лебедева О. Н."],
    ["00024", "25.03.2026 16:45", 'ООО "Ромашка"', 'ООО "Свечной двор"', "Основной склад",
     3300.00, "руб", 3300.00, "Отгружено", 550.00, "Д-14/2025", "", "Опт", "00022", "Нет", "Да",
     "", "Лебедева О. Н."],
]

# Эвотор, личный кабинет -> Отчёты -> Чеки, saved to Excel: title rows, then one row per
# receipt position. A return is its own receipt with «Возврат» and a positive sum.
EVOTOR_RECEIPTS: list[list[object]] = [
    ["Отчёт по чекам"],
    ["Период: 01.03.2026 — 31.03.2026"],
    ["Магазин: Кофейня на Садовой"],
    [],
    ["Дата и время", "Номер смены", "Номер чека", "Тип документа", "Магазин", "Терминал",
     "Сотрудник", "Наименование", "Количество", "Цена", "Скидка", "Сумма", "Тип оплаты",
     "Телефон или e-mail покупателя"],
    ["05.03.2026 10:01:15", 12, 15, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Ким Д.",
     "Латте 0,3", 2, 180.00, 0.00, 360.00, "Банковская карта", "+79161112233"],
    ["05.03.2026 10:01:15", 12, 15, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Ким Д.",
     "Круассан", 1, 150.00, 0.00, 150.00, "Банковская карта", "+79161112233"],
    ["05.03.2026 10:05:40", 12, 16, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Ким Д.",
     "Американо 0,3", 1, 150.00, 0.00, 150.00, "Наличные", ""],
    ["07.03.2026 09:30:02", 14, 3, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Орлова Е.",
     "Капучино 0,4", 1, 200.00, 20.00, 180.00, "Банковская карта", "anna.k@mail.ru"],
    ["07.03.2026 09:45:27", 14, 4, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Орлова Е.",
     "Латте 0,3", 1, 180.00, 0.00, 180.00, "Банковская карта", "+79161112233"],
    ["07.03.2026 09:50:10", 14, 5, "Возврат", "Кофейня на Садовой", "Эвотор 7.2", "Орлова Е.",
     "Латте 0,3", 1, 180.00, 0.00, 180.00, "Банковская карта", "+79161112233"],
    ["09.03.2026 16:12:55", 16, 2, "Продажа", "Кофейня на Садовой", "Эвотор 7.2", "Ким Д.",
     "Чизкейк", 1, 320.00, 0.00, 320.00, "Наличные", "anna.k@mail.ru"],
]

# Per export: {who: (orders, money in kopecks) or None}. `who` is the customer's name, or
# its phone (E.164) or e-mail where the export names nobody.
EXPECTED: dict[str, dict[str, tuple[int, int] | None]] = {
    # order_total per order, PAID orders only: 101 = 1950 + 300 shipping - 195 discount = 2055,
    # 103 = 800 + 300 = 1100; 102 = 600; 106 = 900 + 90 tax = 990. 104 CANCELLED, 105 REFUNDED.
    "ecwid_orders.csv": {
        "Анна Смирнова": (2, 205500 + 110000),
        "Борис Орлов": (1, 60000),
        "Глеб Петров": (1, 99000),
        "Вера Ким": None,
    },
    # «Сумма заказа» per order, each order's fields repeated on its lines: 1001 = 2 x 600 + 50
    # + 350 delivery = 1600; 1005 = 3 x 400 + 350 - 120 discount = 1430; 1002 = 2500 - 250 =
    # 2250. 1003 «Отменен», 1004 «Возвращен».
    "insales_orders.csv": {
        "Иванова Мария": (2, 160000 + 143000),
        "Петров Олег": (1, 225000),
        "Сидорова Ольга": None,
    },
    # «Сумма заказа» per request (after the promo code: 1800 + 4 x 150 = 2400, less 10% =
    # 2160; 6 x 200 + 300 delivery = 1500); the callback request has no order.
    "tilda_leads.csv": {
        "Айгуль Сапарова": (2, 216000 + 150000),
        "Мария Ли": (1, 150000),
        "Дмитрий": None,
    },
    # «Сумма» per sale; «Розничный покупатель» is the walk-in counterparty: no customer.
    "moysklad_retail.xlsx": {
        "Кузнецова Елена": (2, 125050 + 49950),
        "Морозов Артём": (1, 200000),
    },
    # «Сумма» per shipment; 00023 «Отменена».
    "moysklad_demands.xlsx": {
        'ООО "Ромашка"': (2, 1540000 + 330000),
        "ИП Лебедев А. В.": (1, 820000),
    },
    # Receipt 15 = 360 + 150 = 510, receipt 4 = 180, then receipt 5 returns 180: two orders,
    # 510 + 180 - 180 = 510. anna.k: 180 (200 less a 20 discount) + 320 = 500. Receipt 16 has
    # no buyer: no customer.
    "evotor_receipts.xlsx": {
        "+79161112233": (2, 51000 + 18000 - 18000),
        "anna.k@mail.ru": (2, 18000 + 32000),
    },
    # «Сумма продажи» is after the discount. Иванова: receipt 101 = 1200 + 150,50, receipt 118
    # = 1350, then a return of 150,50: 2 orders, 2550,00. Петров: 1215,00. Receipt 102 has no
    # card: walk-in. The «Итого» row is the report's total, not a sale.
    "1c_sales.csv": {
        "Иванова Анна Сергеевна": (2, 120000 + 15050 + 135000 - 15050),
        "Петров Иван Николаевич": (1, 121500),
    },
}

SPREADSHEETS = {
    "moysklad_retail.xlsx": ("Розничные продажи", MOYSKLAD_RETAIL),
    "moysklad_demands.xlsx": ("Отгрузки", MOYSKLAD_DEMANDS),
    "evotor_receipts.xlsx": ("Чеки", EVOTOR_RECEIPTS),
}


def export_path(name: str, folder: Path) -> Path:
    """The export `name` as a file: the stored CSV, or the rows written to XLSX in `folder`."""
    if name not in SPREADSHEETS:
        return HERE / name
    from openpyxl import Workbook

    title, rows = SPREADSHEETS[name]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = folder / name
    workbook.save(path)
    return path
