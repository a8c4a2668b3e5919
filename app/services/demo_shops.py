"""The demo shop's local colour: a Russian coffee shop for the Russian UI, an English one (in
the UK, prices in pounds) for the English UI. Names, products, e-mail domains, phones, tags and
the shop's settings; services.demo builds the same kinds of customers from either.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


@dataclass(frozen=True)
class DemoShop:
    first_names_f: tuple[str, ...]
    first_names_m: tuple[str, ...]
    last_names: tuple[str, ...]
    feminine: Callable[[str], str]  # a surname's female form ("Иванов" -> "Иванова")
    products: tuple[tuple[str, str, int], ...]  # (product, category, price in whole units)
    email_domains: tuple[str, ...]
    tags: tuple[str, ...]
    phone_prefix: str  # E.164 start of a mobile number, followed by nine random digits
    display_phone: Callable[[random.Random, str], str]  # how a till writes it down
    settings: dict[str, str]  # shop_name, owner_name, currency, phone_region, language


def latin(text: str) -> str:
    """A login made of Latin letters: "Фёдоров" -> "fedorov"."""
    return text.lower().translate(TRANSLIT).replace("'", "")


def _russian_phone(rng: random.Random, e164: str) -> str:
    d = e164[2:]
    return rng.choice([
        f"8 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"+7 {d[:3]} {d[3:]}", d,
        f"+7 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
    ])


def _uk_phone(rng: random.Random, e164: str) -> str:
    d = e164[3:]  # 7xxx xxxxxx
    return rng.choice([f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"0{d}",
                       f"+44 (0){d[:4]} {d[4:]}"])


RUSSIAN = DemoShop(
    first_names_f=("Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана",
                   "Екатерина", "Юлия", "Дарья", "Алина", "Ксения", "Виктория", "Полина", "Вера"),
    first_names_m=("Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Иван",
                   "Михаил", "Николай", "Павел", "Артём", "Егор", "Кирилл", "Владимир", "Олег"),
    last_names=("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
                "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
                "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
                "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов"),
    feminine=lambda last: last + "а",
    products=(
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
    ),
    email_domains=("mail.ru", "yandex.ru", "gmail.com", "bk.ru"),
    tags=("", "", "", "опт", "кофейня", "подарки"),
    phone_prefix="+79",
    display_phone=_russian_phone,
    settings={"shop_name": "Зерно и лист", "owner_name": "Ольга", "currency": "RUB",
              "phone_region": "RU", "language": "ru"},
)

ENGLISH = DemoShop(
    first_names_f=("Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Lucy", "Hannah",
                   "Emily", "Jessica", "Chloe", "Ellie", "Megan", "Rachel", "Isla", "Ruby"),
    first_names_m=("James", "Oliver", "Harry", "George", "Thomas", "William", "Jack", "Daniel",
                   "Samuel", "Joseph", "Matthew", "Edward", "Henry", "Alexander", "Liam"),
    last_names=("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
                "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
                "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "Harris",
                "Martin", "Cooper", "King", "O'Brien"),
    feminine=lambda last: last,
    products=(
        ("Ethiopia Yirgacheffe, 250 g", "Coffee beans", 9),
        ("Colombia Supremo, 250 g", "Coffee beans", 8),
        ("Brazil Santos, 1 kg", "Coffee beans", 24), ("Kenya AA, 250 g", "Coffee beans", 11),
        ("Morning Espresso Blend, 1 kg", "Coffee beans", 22),
        ("Guatemala Antigua, 250 g", "Coffee beans", 9),
        ("Sencha, 100 g", "Tea", 7), ("Milk Oolong, 100 g", "Tea", 8),
        ("English Breakfast, 250 g", "Tea", 6),
        ("Earl Grey, 100 g", "Tea", 5), ("Chemex, 6 cups", "Brewing kit", 48),
        ("V60 paper filters, 100", "Brewing kit", 6),
        ("Hand coffee grinder", "Brewing kit", 45),
        ("Cafetière, 8 cups", "Brewing kit", 28),
        ("Dark chocolate 70%", "Sweets", 4), ("Coffee Lover's Gift Box", "Gifts", 35),
    ),
    email_domains=("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"),
    tags=("", "", "", "wholesale", "café", "gifts"),
    phone_prefix="+447",
    display_phone=_uk_phone,
    settings={"shop_name": "Bean & Leaf", "owner_name": "Olivia", "currency": "GBP",
              "phone_region": "GB", "language": "en"},
)


def demo_shop(language: str) -> DemoShop:
    return RUSSIAN if language == "ru" else ENGLISH
