"""Possible duplicates among 100,000 customers: the search must not compare everyone with
everyone.

    python benchmarks/bench_duplicates.py [--customers 100000] [--planted 500]

Builds a temporary database of customers with common Russian and English names (so many
namesakes), phones and e-mails, plants duplicates (a transliterated name with a phone one digit
off, a swapped pair of digits, an e-mail typo, a mistyped gmail domain), then times the search and
says how many planted pairs it found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна", "Юлия",
         "Ксения", "Дарья", "Полина", "Иван", "Сергей", "Алексей", "Дмитрий", "Павел", "Олег",
         "Emma", "Olivia", "Sophie", "Grace", "Jack", "Harry", "Oliver", "George"]
LAST = ["Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова",
        "Михайлова", "Новикова", "Федорова", "Морозова", "Волкова", "Алексеева", "Лебедева",
        "Семенова", "Егорова", "Павлова", "Козлова", "Степанова", "Николаева", "Орлова",
        "Андреева", "Макарова", "Никитина", "Захарова", "Зайцева", "Соловьева", "Борисова",
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans"]
LATIN = str.maketrans({"А": "A", "н": "n", "а": "a", "М": "M", "р": "r", "и": "i", "я": "ya",
                       "Е": "E", "л": "l", "е": "e", "О": "O", "ь": "", "г": "g", "Н": "N",
                       "т": "t", "ш": "sh", "ы": "y", "С": "S", "в": "v", "Т": "T", "Ю": "Yu",
                       "К": "K", "с": "s", "Д": "D", "П": "P", "о": "o", "Ф": "F", "д": "d",
                       "й": "y", "З": "Z", "х": "kh", "к": "k", "Л": "L", "б": "b", "ц": "ts",
                       "ф": "f", "ю": "yu", "м": "m", "Б": "B", "у": "u", "ч": "ch", "з": "z",
                       "Я": "Ya", "Ш": "Sh", "Х": "Kh", "Ч": "Ch", "В": "V", "Г": "G", "И": "I"})


def build(path: Path, customers: int, planted: int, rng: random.Random) -> set[frozenset[int]]:
    from app.services.database import open_database

    db = open_database(path)
    rows = []
    for n in range(customers):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        phone = f"+79{rng.randrange(10**9):09d}"
        email = f"buyer{n}.{rng.randrange(10**6)}@mail.ru" if rng.random() < 0.6 else None
        rows.append((name, phone, email))
    expected = set()
    for k in range(planted):
        source = rng.randrange(customers)
        name, phone, email = rows[source]
        kind = k % 4
        if kind == 0:
            digit = rng.randrange(3, len(phone))
            phone = phone[:digit] + str((int(phone[digit]) + 1) % 10) + phone[digit + 1:]
            rows.append((name.translate(LATIN), phone, None))
        elif kind == 1:
            i = rng.randrange(3, len(phone) - 1)
            rows.append((" ".join(reversed(name.split())), phone[:i] + phone[i + 1] + phone[i]
                         + phone[i + 2:], None))
        elif kind == 2:
            email = email or f"buyer{source}.{rng.randrange(10**6)}@mail.ru"
            rows[source] = (name, phone, email)
            rows.append((name, None, email.replace("@", "x@")))
        else:
            local = (email or f"b{source}").split("@")[0]
            rows[source] = (name, phone, local + "@gmail.com")
            rows.append((name, None, local + "@gmial.com"))
        expected.add(frozenset((source + 1, len(rows))))
    conn = db.raw_connection()
    with conn:
        conn.executemany("INSERT INTO customers (display_name, phone_e164, email) VALUES (?, ?, ?)",
                         rows)
    conn.close()
    db.dispose()
    return expected


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--planted", type=int, default=500)
    args = parser.parse_args()
    from app.services.database import open_database
    from app.services.duplicates.finding import find_duplicates

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dupes.sqlite3"
        expected = build(path, args.customers, args.planted, random.Random(19))
        db = open_database(path)
        started = time.perf_counter()
        pairs = find_duplicates(db)
        seconds = time.perf_counter() - started
        db.dispose()
    found = {frozenset((p.keep_id, p.other_id)) for p in pairs}
    print(f"{args.customers + args.planted:,} customers: {len(pairs):,} pairs in {seconds:.2f} s; "
          f"planted {len(expected)}, found {len(expected & found)}; "
          f"other pairs {len(found - expected)}")


if __name__ == "__main__":
    main()
