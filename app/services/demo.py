"""A realistic demo shop (a coffee and tea shop), generated deterministically from a seed.

Customers follow archetypes an owner recognises: loyal regulars, new buyers, regulars who are
slipping away, one-time buyers and lost customers, so every screen has something to show.

The shop speaks the UI's language: the Russian UI gets «Зерно и лист» (roubles, +7 phones), the
English UI "Bean & Leaf" in the UK (pounds, +44 phones), see services.demo_shops. Each language has
its own demo database file (paths.demo_db_path), so switching the UI language never shows a
Russian shop in English; the language is written into the demo's settings, so the UI opened on it
matches its data.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.services import sql_dialect
from app.services.database import Database
from app.services.demo_shops import DemoShop, demo_shop, latin
from app.services.feedback.demo import add_demo_feedback
from app.services.regions import system_locale_name

ARCHETYPES = [  # (name, share)
    ("loyal", 0.14), ("regular_lapsing", 0.12), ("new", 0.14), ("one_time", 0.34),
    ("lost", 0.12), ("occasional", 0.14),
]
# Regulars of these kinds have a usual coffee or tea and come back as the pack runs out, so the
# demo's Products page has restocking intervals and Today its "time to restock" reminders.
HABITUAL = ("loyal", "regular_lapsing")
# Index in DemoShop.products (both shops list them in the same order) -> days a pack lasts.
PACK_DAYS = {0: 21, 1: 21, 2: 42, 3: 21, 4: 42, 5: 21, 6: 30, 7: 30, 8: 35, 9: 30}
# How often each product is picked for a line that is not her usual: coffee and tea mostly,
# brewing kit and gifts now and then, filters and chocolate rarely on their own.
LINE_WEIGHTS = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.35, 0.15, 0.35, 0.35, 0.2, 0.35)
# What a buyer of one product often comes back for ("goes well with"): a Chemex -> paper
# filters, a gift box -> chocolate.
FOLLOW_UPS = {10: 11, 15: 14}


@dataclass(frozen=True)
class DemoResult:
    customers: int
    purchases: int


def create_demo_shop(db: Database, today: dt.date, seed: int = 2024,
                     customers: int = 360, language: str = "ru") -> DemoResult:
    """Fill an empty database with the demo shop in `language` ("ru" or "en"); deterministic for
    a given seed, date and language."""
    rng = random.Random(seed)
    shop = demo_shop(language)
    customer_rows, purchase_rows = _generate(rng, today, customers, shop)
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
            conn.executemany(
                "INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value_json = excluded.value_json",
                [(key, json.dumps(value, ensure_ascii=False))
                 for key, value in shop.settings.items()],
            )
            sql_dialect.ids_reinserted(conn, "customers")
    finally:
        conn.close()
    return DemoResult(len(customer_rows), len(purchase_rows))


def _generate(rng: random.Random, today: dt.date, count: int,
              shop: DemoShop) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    customers: list[tuple[Any, ...]] = []
    purchases: list[tuple[Any, ...]] = []
    order_no = 1000
    kinds = [k for k, _ in ARCHETYPES]
    weights = [w for _, w in ARCHETYPES]
    used_phones: set[str] = set()
    for cid in range(1, count + 1):
        female = rng.random() < 0.62
        first = rng.choice(shop.first_names_f if female else shop.first_names_m)
        last = rng.choice(shop.last_names)
        last = shop.feminine(last) if female else last
        phone = _unique_phone(rng, used_phones, shop.phone_prefix)
        email = None
        if rng.random() < 0.6:
            login = f"{latin(first)}.{latin(last)}{cid}"
            email = f"{login}@{rng.choice(shop.email_domains)}"
        telegram = f"@{latin(first)}_{cid}" if rng.random() < 0.25 else None
        birthday = (rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.5 else (None, None)
        year = rng.randint(1965, 2003) if birthday[0] and rng.random() < 0.6 else None
        channel = rng.choice(["whatsapp", "whatsapp", "telegram", "email", "sms"])
        if channel == "email" and not email:
            channel = "whatsapp"
        if channel == "telegram" and not telegram:
            channel = "whatsapp"
        dnc = rng.random() < 0.02
        tags = rng.choice(shop.tags)
        customers.append((
            cid, f"{first} {last}", first, shop.display_phone(rng, phone), phone, email, telegram,
            birthday[0], birthday[1], year, channel, "", tags, dnc, f"C{10000 + cid}",
        ))
        kind = rng.choices(kinds, weights)[0]
        usual = rng.choice(list(PACK_DAYS)) if kind in HABITUAL else None
        follow_ups: dict[dt.date, list[int]] = {}
        for day in _order_days(rng, kind, today, PACK_DAYS.get(usual or -1)):
            lines = _order_lines(rng, usual) + follow_ups.pop(day, [])
            for item in lines:
                if item in FOLLOW_UPS and rng.random() < 0.7:  # the pair that goes well with it
                    later = min(today, day + dt.timedelta(days=rng.randint(7, 45)))
                    follow_ups.setdefault(later, []).append(FOLLOW_UPS[item])
            order_no += 1
            with_id = rng.random() < 0.7
            for item in dict.fromkeys(lines):
                product, category, price = shop.products[item]
                qty = rng.choices([1, 2, 3], [0.8, 0.15, 0.05])[0]
                amount = price * qty * 100
                oid = f"#{order_no}" if with_id else None
                purchases.append((cid, day.isoformat(), amount, float(qty), product, category,
                                  oid))
        for day, lines in sorted(follow_ups.items()):  # after her last order: a visit of its own
            order_no += 1
            for item in lines:
                product, category, price = shop.products[item]
                purchases.append((cid, day.isoformat(), price * 100, 1.0, product, category,
                                  f"#{order_no}"))
            if rng.random() < 0.015:  # an occasional refund of part of an order
                product, category, price = rng.choice(shop.products)
                purchases.append((cid, (day + dt.timedelta(days=3)).isoformat(), -price * 100,
                                  1.0, product, category, None))
    return customers, purchases


def _order_lines(rng: random.Random, usual: int | None) -> list[int]:
    """Products of one order (indexes into DemoShop.products): her usual coffee or tea most of
    the time, sometimes something else, now and then an extra line."""
    first = usual if usual is not None and rng.random() < 0.9 else \
        rng.choices(range(len(LINE_WEIGHTS)), LINE_WEIGHTS)[0]
    extra = rng.choices([0, 1, 2], [0.6, 0.3, 0.1])[0]
    return [first, *rng.choices(range(len(LINE_WEIGHTS)), LINE_WEIGHTS, k=extra)]


def _order_days(rng: random.Random, kind: str, today: dt.date,
                pack_days: int | None = None) -> list[dt.date]:
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
    spread = 0.25
    if pack_days is not None:  # a regular with her usual pack: she comes back as it runs out
        gap, spread = round(pack_days * rng.uniform(0.85, 1.15)), 0.15
    days, day = [], first
    while day <= end:
        days.append(day)
        day += dt.timedelta(days=max(3, int(rng.gauss(gap, gap * spread))))
    return days or [first]


def _unique_phone(rng: random.Random, used: set[str], prefix: str) -> str:
    while True:
        phone = prefix + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if phone not in used:
            used.add(phone)
            return phone


def ensure_demo_shop(db: Database, today: dt.date, seed: int = 2024,
                     language: str = "ru") -> DemoResult:
    """Create the demo shop in `db` unless it already has customers; recompute either way."""
    from app.services.segments.recompute import recompute

    conn = db.raw_connection()
    try:
        existing = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
        purchases = conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    finally:
        conn.close()
    if existing:
        result = DemoResult(existing, purchases)
    else:
        result = create_demo_shop(db, today, seed, language=language)
        add_demo_feedback(db, today, language, seed)  # the demo's scores and complaints
    recompute(db, today)
    return result


# Languages whose speakers get the Russian UI (the same set as ui.i18n.choose_language).
_RUSSIAN_SPEAKING = ("ru", "be", "kk", "uk", "russian", "belarusian", "kazakh", "ukrainian")


def demo_language(environ: Mapping[str, str] | None = None) -> str:
    """"ru" or "en": the system's language, read without Qt (the CLI has none) from the locale
    variables, then Python's locale (Windows reports "Russian_Russia")."""
    name = system_locale_name(environ)
    code = name.split(".")[0].replace("-", "_").split("_")[0].lower()
    if not code:
        return "en"
    return "ru" if code in _RUSSIAN_SPEAKING else "en"
