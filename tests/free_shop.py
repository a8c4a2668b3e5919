"""A small shop with free orders, refunds and paid ones, whose figures are computed by hand in the
tests that use it (segments, dashboard, reminders, the `segments` command). Today is 2026-11-27.

    1 Анна      28 Oct 1000 ₽, 17 Nov 2000 ₽                       paid only
    2 Борис     7 Nov a free sample                                 free only
    3 Вера      29 Aug a free sample, 28 Sep 1500 ₽, 22 Nov a gift  free, paid, free
    4 Григорий  30 Jul order G1: 2000 ₽ and a 500 ₽ refund line;   a paid line and a refund in
                15 Aug order G2: a 300 ₽ refund alone               one order; a refund-only order
    5 Дарья     25 Nov order D1: a free line and a 400 ₽ refund     free line + refund
    6 Евгений   1 Nov a 500 ₽ refund                                refund only
"""

from __future__ import annotations

from app.services.database import Database

ANNA, BORIS, VERA, GRIGORY, DARIA, EVGENY = range(1, 7)
NAMES = {ANNA: "Анна", BORIS: "Борис", VERA: "Вера", GRIGORY: "Григорий", DARIA: "Дарья",
         EVGENY: "Евгений"}

# customer, day, amount in kopecks, order id, product
LINES: list[tuple[int, str, int, str | None, str]] = [
    (ANNA, "2026-10-28", 100_000, None, "Кофе"),
    (ANNA, "2026-11-17", 200_000, None, "Кофемолка"),
    (BORIS, "2026-11-07", 0, None, "Пробник кофе"),
    (VERA, "2026-08-29", 0, None, "Пробник чая"),
    (VERA, "2026-09-28", 150_000, None, "Пуэр"),
    (VERA, "2026-11-22", 0, None, "Подарок: шоколад"),
    (GRIGORY, "2026-07-30", 200_000, "G1", "Чайник"),
    (GRIGORY, "2026-07-30", -50_000, "G1", "Возврат: чашка"),
    (GRIGORY, "2026-08-15", -30_000, "G2", "Возврат: блюдце"),
    (DARIA, "2026-11-25", 0, "D1", "Подарок: пробник"),
    (DARIA, "2026-11-25", -40_000, "D1", "Возврат: кружка"),
    (EVGENY, "2026-11-01", -50_000, None, "Возврат: чай"),
]


def create_free_shop(db: Database) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany(
                "INSERT INTO customers (id, display_name, first_name, phone_e164) VALUES (?,?,?,?)",
                [(cid, name, name, f"+7900000000{cid}") for cid, name in NAMES.items()])
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id,"
                " product, quantity, dedup_key) VALUES (?,?,?,?,?,1,?)",
                [(*line, key) for key, line in enumerate(LINES, start=1)])
    finally:
        conn.close()
