"""A realistic demo shop (a coffee and tea shop), generated deterministically from a seed.

Customers follow archetypes an owner recognises: loyal regulars, new buyers, regulars who are
slipping away, one-time buyers and lost customers, so every screen has something to show.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from app.services.database import Database

FIRST_NAMES_F = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана",
                 "Екатерина", "Юлия", "Дарья", "Алина", "Ксения", "Виктория", "Полина", "Вера"]
FIRST_NAMES_M = ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Иван",
                 "Михаил", "Николай", "Павел", "Артём", "Егор", "Кирилл", "Владимир", "Олег"]
LAST_NAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
              "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
              "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
              "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов"]
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
PRODUCTS = [  # (product, category, price in roubles)
    ("Эфиопия Иргачефф, 250 г", "Кофе в зёрнах", 890),
    ("Колумбия Супремо, 250 г", "Кофе в зёрнах", 790),
    ("Бразилия Сантос, 1 кг", "Кофе в зёрнах", 2150), ("Кения АА, 250 г", "Кофе в зёрнах", 990),
    ("Эспрессо-смесь «Утро», 1 кг", "Кофе в зёрнах", 1890),
    ("Гватемала Антигуа, 250 г", "Кофе в зёрнах", 860),
    ("Сенча, 100 г", "Чай", 540), ("Молочный улун, 100 г", "Чай", 620),
    ("Пуэр шу, 100 г", "Чай", 710),
    ("Иван-чай, 100 г", "Чай", 390), ("Кемекс на 6 чашек", "Посуда и аксессуары", 5900),
    ("Фильтры для воронки V60, 100 шт", "Посуда и аксессуары", 650),
    ("Ручная кофемолка", "Посуда и аксессуары", 4200),
    ("Турка медная", "Посуда и аксессуары", 2300),
    ("Шоколад 70%", "Сладости", 320), ("Подарочный набор «Кофейный»", "Подарки", 3500),
]
ARCHETYPES = [  # (name, share)
    ("loyal", 0.14), ("regular_lapsing", 0.12), ("new", 0.14), ("one_time", 0.34),
    ("lost", 0.12), ("occasional", 0.14),
]


@dataclass(frozen=True)
class DemoResult:
    customers: int
    purchases: int


def create_demo_shop(db: Database, today: dt.date, seed: int = 2024,
                     customers: int = 360) -> DemoResult:
    """Fill an empty database with the demo shop; deterministic for a given seed and date."""
    rng = random.Random(seed)
    customer_rows, purchase_rows = _generate(rng, today, customers)
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany(
                "INSERT INTO customers (id, display_name, first_name, phone_raw, phone_e164, email,"
                " telegram, birthday_month, birthday_day, birthday_year, preferred_channel, notes,"
                " tags, do_not_contact, external_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                customer_rows,
            )
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, quantity, product,"
                " category, order_id) VALUES (?,?,?,?,?,?,?)",
                purchase_rows,
            )
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value_json) VALUES"
                " ('shop_name', '\"Зерно и лист\"'), ('owner_name', '\"Ольга\"')"
            )
    finally:
        conn.close()
    return DemoResult(len(customer_rows), len(purchase_rows))


def _generate(rng: random.Random, today: dt.date,
              count: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    customers: list[tuple[Any, ...]] = []
    purchases: list[tuple[Any, ...]] = []
    order_no = 1000
    kinds = [k for k, _ in ARCHETYPES]
    weights = [w for _, w in ARCHETYPES]
    used_phones: set[str] = set()
    for cid in range(1, count + 1):
        female = rng.random() < 0.62
        first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
        last = rng.choice(LAST_NAMES) + ("а" if female else "")
        phone = _unique_phone(rng, used_phones)
        email = None
        if rng.random() < 0.6:
            login = f"{first.lower().translate(TRANSLIT)}.{last.lower().translate(TRANSLIT)}{cid}"
            email = f"{login}@{rng.choice(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'])}"
        telegram = f"@{first.lower().translate(TRANSLIT)}_{cid}" if rng.random() < 0.25 else None
        birthday = (rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.5 else (None, None)
        year = rng.randint(1965, 2003) if birthday[0] and rng.random() < 0.6 else None
        channel = rng.choice(["whatsapp", "whatsapp", "telegram", "email", "sms"])
        if channel == "email" and not email:
            channel = "whatsapp"
        if channel == "telegram" and not telegram:
            channel = "whatsapp"
        dnc = rng.random() < 0.02
        tags = rng.choice(["", "", "", "опт", "кофейня", "подарки"])
        customers.append((
            cid, f"{first} {last}", first, _display_phone(rng, phone), phone, email, telegram,
            birthday[0], birthday[1], year, channel, "", tags, int(dnc), f"C{10000 + cid}",
        ))
        kind = rng.choices(kinds, weights)[0]
        for day in _order_days(rng, kind, today):
            order_no += 1
            with_id = rng.random() < 0.7
            for _line in range(rng.choices([1, 2, 3], [0.6, 0.3, 0.1])[0]):
                product, category, price = rng.choice(PRODUCTS)
                qty = rng.choices([1, 2, 3], [0.8, 0.15, 0.05])[0]
                amount = price * qty * 100
                oid = f"#{order_no}" if with_id else None
                purchases.append((cid, day.isoformat(), amount, float(qty), product, category,
                                  oid))
            if rng.random() < 0.015:  # an occasional refund of part of an order
                product, category, price = rng.choice(PRODUCTS)
                purchases.append((cid, (day + dt.timedelta(days=3)).isoformat(), -price * 100,
                                  1.0, product, category, None))
    return customers, purchases


def _order_days(rng: random.Random, kind: str, today: dt.date) -> list[dt.date]:
    start = today - dt.timedelta(days=730)
    if kind == "one_time":
        return [today - dt.timedelta(days=rng.randint(5, 700))]
    if kind == "new":
        first = today - dt.timedelta(days=rng.randint(1, 50))
        days = [first]
        if rng.random() < 0.3:
            days.append(min(today, first + dt.timedelta(days=rng.randint(3, 20))))
        return days
    if kind == "loyal":
        gap, first, end = rng.randint(18, 40), start + dt.timedelta(days=rng.randint(0, 300)), today
    elif kind == "regular_lapsing":
        gap = rng.randint(20, 45)
        first = start + dt.timedelta(days=rng.randint(0, 200))
        end = today - dt.timedelta(days=rng.randint(60, 220))
    elif kind == "lost":
        gap = rng.randint(25, 90)
        first = start + dt.timedelta(days=rng.randint(0, 120))
        end = today - dt.timedelta(days=rng.randint(380, 520))
    else:  # occasional
        gap, end = rng.randint(70, 160), today
        first = start + dt.timedelta(days=rng.randint(0, 400))
    days, day = [], first
    while day <= end:
        days.append(day)
        day += dt.timedelta(days=max(3, int(rng.gauss(gap, gap * 0.25))))
    return days or [first]


def _unique_phone(rng: random.Random, used: set[str]) -> str:
    while True:
        phone = "+79" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if phone not in used:
            used.add(phone)
            return phone


def _display_phone(rng: random.Random, e164: str) -> str:
    d = e164[2:]
    return rng.choice([
        f"8 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"+7 {d[:3]} {d[3:]}", d,
        f"+7 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
    ])


def ensure_demo_shop(db: Database, today: dt.date, seed: int = 2024) -> DemoResult:
    """Create the demo shop in `db` unless it already has customers; recompute either way."""
    from app.services.segments.recompute import recompute

    conn = db.raw_connection()
    try:
        existing = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
        purchases = conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    finally:
        conn.close()
    result = DemoResult(existing, purchases) if existing else create_demo_shop(db, today, seed)
    recompute(db, today)
    return result
