"""A small coffee shop whose product figures are computed by hand in the tests. Today 2026-11-27.

    1 Анна      1 Jan order A1: Кофе 1000 ₽ + Кружка 500 ₽; Кофе on 29 Jan, 26 Feb, 26 Mar
    2 Борис     Кофе on 1 May, 31 May, 30 Jun
    3 Вера      Кофе on 1 Jul, 27 Jul; a 500 ₽ refund of Кофе on 28 Jul
    4 Григорий  a free Кружка on 1 Aug, nothing else
    5 Дарья     Фильтры 300 ₽ on 1 Sep, Кофе on 1 Oct
    6 Евгений   Кофе on 20 Nov, once
    7 Жанна     a line without a product on 1 Nov
"""

from __future__ import annotations

from app.services.database import Database

COFFEE, MUG, FILTERS = "Кофе в зёрнах", "Кружка", "Фильтры"
CATEGORY = {COFFEE: "Кофе", FILTERS: "Кофе", MUG: "Посуда"}

# customer, day, amount in kopecks, order id, product
LINES: list[tuple[int, str, int, str | None, str | None]] = [
    (1, "2026-01-01", 100_000, "A1", COFFEE), (1, "2026-01-01", 50_000, "A1", MUG),
    (1, "2026-01-29", 100_000, None, COFFEE), (1, "2026-02-26", 100_000, None, COFFEE),
    (1, "2026-03-26", 100_000, None, COFFEE),
    (2, "2026-05-01", 100_000, None, COFFEE), (2, "2026-05-31", 100_000, None, COFFEE),
    (2, "2026-06-30", 100_000, None, COFFEE),
    (3, "2026-07-01", 100_000, None, COFFEE), (3, "2026-07-27", 100_000, None, COFFEE),
    (3, "2026-07-28", -50_000, None, COFFEE),
    (4, "2026-08-01", 0, None, MUG),
    (5, "2026-09-01", 30_000, None, FILTERS), (5, "2026-10-01", 100_000, None, COFFEE),
    (6, "2026-11-20", 100_000, None, COFFEE),
    (7, "2026-11-01", 70_000, None, None),
]
NAMES = ["Анна", "Борис", "Вера", "Григорий", "Дарья", "Евгений", "Жанна"]


def create_coffee_shop(db: Database, lines: list[tuple[int, str, int, str | None, str | None]]
                       | None = None, customers: int = len(NAMES)) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany(
                "INSERT INTO customers (id, display_name, first_name) VALUES (?,?,?)",
                [(i, name, name) for i, name in enumerate(
                    [*NAMES, *(f"Покупатель {n}" for n in range(len(NAMES) + 1, customers + 1))],
                    start=1) if i <= customers])
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id,"
                " product, category, quantity, dedup_key) VALUES (?,?,?,?,?,?,1,?)",
                [(*line, CATEGORY.get(line[4] or "", None if line[4] is None else "Разное"), key)
                 for key, line in enumerate(LINES if lines is None else lines, start=1)])
    finally:
        conn.close()
