"""The variables a message script can use for one customer, and the language-aware filters.

Every variable is always defined (possibly as an empty string) so a script that works for one
customer works for all; only a misspelt name is an error (StrictUndefined in
services.messages.render).

Month names: Russian needs grammatical cases, so there are two variables:
  * ``last_purchase_month``     - the plain month name: "март" / "March";
  * ``last_purchase_in_month``  - "in <month>" ready to use: "в марте" / "in March".
The filter ``in_month`` does the same for any date (``{{ some_date|in_month }}``).

Plural forms (services.plurals: CLDR rules, so 21 заказ, 22 заказа, 25 заказов are right):
  * ``{{ orders_count|plural("заказ", "заказа", "заказов") }}`` -> "3 заказа";
  * ``{{ orders_count|plural("order", "orders") }}`` -> "2 orders";
  * ``plural_word`` is the same without the number.
Forms are given in the language's CLDR order: Russian one, few, many; English one, other.

Quotes: ``{{ last_product|quoted }}`` -> «Серьги „Луна“» / “Earrings ‘Moon’”: the language's
quotes, with the inner style for quotes the name already has, and nothing at all for an empty
value. A product name in a Russian sentence goes in quotes where its case does not matter
(«Как вам {{ last_product|quoted }}?», «вашей покупки — {{ last_product|quoted }}»).

Names are in normal case (services.names): "КСЕНИЯ" from a till export is greeted as "Ксения".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from babel.dates import format_date, format_skeleton

from app.services import sql_dialect
from app.services.database import Database
from app.services.loyalty.levels import level_names
from app.services.money import format_money
from app.services.names import display_name
from app.services.plurals import plural, plural_word
from app.services.points.facts import balance_on, format_points, point_rows
from app.services.referrals.codes import ensure_codes
from app.services.regions import message_locale
from app.services.segments.catalog import name_in
from app.services.settings import (
    CURRENCY,
    MESSAGE_LANGUAGE,
    OWNER_NAME,
    PHONE_REGION,
    REFERRAL_FRIEND_BONUS,
    SHOP_CONTACTS,
    SHOP_NAME,
    Settings,
)
from app.services.settings import QT_TRANSLATE_NOOP as _T

LANGUAGES = ("ru", "en")

RU_MONTHS_PREPOSITIONAL = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)

# (name, English description marked for Qt's translator, example) for the editor's side panel.
VARIABLES: tuple[tuple[str, str, str], ...] = (
    ("first_name", _T("variables", "Customer's first name"), "Анна"),
    ("name", _T("variables", "Customer's full name"), "Анна Петрова"),
    ("last_product", _T("variables", "Product of the last purchase"), "Композиция в коробке"),
    ("last_category", _T("variables", "Category of the last purchase"), "Подарки"),
    ("last_purchase_date", _T("variables", "Date of the last purchase"), "12 марта 2026"),
    ("last_purchase_month", _T("variables", "Month of the last purchase"), "март"),
    ("last_purchase_in_month", _T("variables", "\"in <month>\" of the last purchase"),
     "в марте"),
    ("days_since", _T("variables", "Days since the last purchase"), "47"),
    ("orders_count", _T("variables", "Number of orders"), "3"),
    ("total_spent", _T("variables", "Money spent in total"), "4 560 ₽"),
    ("favorite_product", _T("variables", "Product bought most often"), "Серьги «Луна»"),
    ("usual_product", _T("variables", "Her usual product (bought most often)"),
     "Серьги «Луна»"),
    ("next_product", _T("variables", "What to offer next (Products: her pairs; empty when "
                                     "none)"), "Цепочка «Луна»"),
    ("segment", _T("variables", "Customer's segment"), "Лояльные"),
    ("level", _T("variables", "Customer's loyalty level"), "VIP"),
    ("birthday", _T("variables", "Birthday (day and month)"), "12 марта"),
    ("shop_name", _T("variables", "Your shop's name (Settings)"), "Зерно и лист"),
    ("owner_name", _T("variables", "Your name (Settings)"), "Ольга"),
    ("signature", _T("variables", "Your name and the shop's, those that are set (Settings)"),
     "Ольга, Зерно и лист"),
    ("shop_contacts", _T("variables", "How to reach the shop: phone, address, site (Settings)"),
     "+7 900 123-45-67, ул. Ленина, 5"),
    ("referral_code", _T("variables", "Customer's code for friends"), "ANNA7"),
    ("friend_bonus", _T("variables", "What a friend with the code gets (Settings)"),
     "скидка 10 % на первый заказ"),
    ("points", _T("variables", "Points she can spend today (when points are on)"), "350"),
)
FILTERS: tuple[tuple[str, str], ...] = (
    ('{{ orders_count|plural("заказ", "заказа", "заказов") }}',
     _T("variables", "Number with the right word form: 3 заказа, 5 заказов")),
    ('{{ orders_count|plural("order", "orders") }}',
     _T("variables", "Number with the right word form: 1 order, 2 orders")),
    ('{{ days_since|plural_word("день", "дня", "дней") }}',
     _T("variables", "Only the word, without the number")),
    ("{{ last_product|quoted }}",
     _T("variables", "In quotes: “Earrings ‘Moon’”; nothing when the value is empty")),
    ("{% if shop_name %}…{% endif %}",
     _T("variables", "Only when the value is known: a message never has a gap")),
    ("{{ last_purchase_date|upper }}", _T("variables", "Standard Jinja filters work too")),
)
VARIABLE_NAMES = tuple(v[0] for v in VARIABLES)


@dataclass(frozen=True)
class CustomerFacts:
    """What a message can say about one customer, independent of language."""

    customer_id: int
    name: str
    first_name: str
    phone_e164: str | None
    email: str | None
    telegram: str | None
    preferred_channel: str | None
    do_not_contact: bool
    birthday_day: int | None
    birthday_month: int | None
    last_product: str
    last_category: str
    last_purchase_on: dt.date | None
    orders_count: int
    total_spent_minor: int
    favorite_product: str
    segment: str | None
    level: tuple[str, str] = ("", "")  # the loyalty level's name in English and Russian
    referral_code: str = ""  # services/referrals/codes.py
    points: tuple[tuple[dt.date, int], ...] = ()  # services/points: (active_on, hundredths)


def load_facts(db: Database, customer_ids: Iterable[int]) -> dict[int, CustomerFacts]:
    """Facts for many customers with a few SQL reads (bulk messages cover whole segments)."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    ensure_codes(db)  # customers added since the codes were last made get theirs
    result: dict[int, CustomerFacts] = {}
    conn = db.raw_connection()
    try:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            purchases: dict[int, list[tuple[Any, ...]]] = {}
            # What they got, refunds left out; a free sample counts (it can be the last product).
            for row in conn.execute(
                "SELECT customer_id, purchased_on, product, category, quantity FROM purchases"
                f" WHERE customer_id IN ({marks}) AND amount_minor >= 0"
                " ORDER BY customer_id, purchased_on, id", chunk,
            ):
                purchases.setdefault(row[0], []).append(row[1:])
            for row in conn.execute(
                "SELECT c.id, c.display_name, c.first_name, c.phone_e164, c.email, c.telegram,"
                " c.preferred_channel, c.do_not_contact, c.birthday_day, c.birthday_month,"
                " COALESCE(s.orders_count, 0), COALESCE(s.total_spent_minor, 0),"
                " s.last_order_on, s.segment, c.referral_code"
                f" FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id"
                f" WHERE c.id IN ({marks})", chunk,
            ):
                result[row[0]] = _facts(row, purchases.get(row[0], []))
            for cid, names in level_names(conn, chunk).items():
                if cid in result:
                    result[cid] = replace(result[cid], level=names)
            for cid, rows in point_rows(conn, chunk).items():
                if cid in result:
                    result[cid] = replace(result[cid], points=rows)
    finally:
        conn.close()
    return result


def _facts(row: tuple[Any, ...], purchases: list[tuple[Any, ...]]) -> CustomerFacts:
    (cid, name, first, phone, email, telegram, channel, dnc, b_day, b_month,
     orders, spent, last_on, segment, code) = row
    last = purchases[-1] if purchases else (None, None, None, 0)
    counts: defaultdict[str, float] = defaultdict(float)  # quantities may be fractional
    for _day, product, _cat, qty in purchases:
        if product:
            counts[product] += max(float(qty or 1), 1.0)
    favorite = max(counts, key=lambda p: (counts[p], p)) if counts else ""
    last_day = dt.date.fromisoformat(last_on) if last_on else (
        dt.date.fromisoformat(last[0]) if last[0] else None)
    first_name = (first or "").strip() or guess_first_name(name or "")
    return CustomerFacts(
        customer_id=cid, name=name or "", first_name=first_name, phone_e164=phone,
        email=email, telegram=telegram, preferred_channel=channel, do_not_contact=bool(dnc),
        birthday_day=b_day, birthday_month=b_month, last_product=last[1] or "",
        last_category=last[2] or "", last_purchase_on=last_day, orders_count=int(orders),
        total_spent_minor=int(spent), favorite_product=favorite, segment=segment,
        referral_code=code or "",
    )


_PATRONYMIC = re.compile(r"(ович|евич|ьич|овна|евна|ична|инична)$")
_SURNAME = re.compile(r"(ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая)$")


def guess_first_name(name: str) -> str:
    """The first name in a full name; Russian "Фамилия Имя [Отчество]" (as in a ФИО column)
    is recognised by the patronymic or by a surname ending, so messages do not greet by surname."""
    words = name.split()
    if not words:
        return ""
    lower = [w.lower() for w in words]
    if len(words) == 3 and _PATRONYMIC.search(lower[2]):
        return words[1]
    if (len(words) == 2 and len(lower[0]) > 4 and _SURNAME.search(lower[0])
            and not _SURNAME.search(lower[1]) and not _PATRONYMIC.search(lower[1])):
        return words[1]
    return words[0]


def build_context(facts: CustomerFacts, language: str, today: dt.date, *, shop_name: str = "",
                  owner_name: str = "", currency: str = "RUB", region: str = "",
                  shop_contacts: str = "", friend_bonus: str = "",
                  next_product: str = "") -> dict[str, Any]:
    """The template variables for one customer, formatted for `language` ("ru" or "en") as the
    shop's country writes it (`region` "GB": "3 April 2025", not "April 3, 2025")."""
    lang = language if language in LANGUAGES else "en"
    where = message_locale(lang, region)
    last = facts.last_purchase_on
    return {
        "first_name": display_name(facts.first_name),
        "name": display_name(facts.name),
        "last_product": facts.last_product,
        "last_category": facts.last_category,
        "last_purchase_date": format_day(last, where) if last else "",
        "last_purchase_month": month_name(last, lang) if last else "",
        "last_purchase_in_month": in_month(last, lang) if last else "",
        "days_since": (today - last).days if last else 0,
        "orders_count": facts.orders_count,
        "total_spent": format_money(facts.total_spent_minor, currency, where),
        "favorite_product": facts.favorite_product,
        "usual_product": facts.favorite_product,
        "next_product": next_product,
        "segment": segment_name(facts.segment, lang),
        "level": facts.level[1] if lang == "ru" else facts.level[0],
        "birthday": _birthday(facts, where),
        "shop_name": shop_name,
        "owner_name": owner_name,
        "signature": ", ".join(part for part in (owner_name.strip(), shop_name.strip()) if part),
        "shop_contacts": shop_contacts.strip(),
        "referral_code": facts.referral_code,
        "friend_bonus": friend_bonus.strip(),
        "points": format_points(balance_on(facts.points, today), lang),
    }


def context_for_customer(db: Database, settings: Settings, customer_id: int, language: str,
                         today: dt.date) -> dict[str, Any] | None:
    facts = load_facts(db, [customer_id]).get(customer_id)
    if facts is None:
        return None
    from app.services.products.suggest import next_products

    return build_context(facts, language, today, **shop_values(settings),
                         next_product=next_products(db, [customer_id], today).get(customer_id, ""))


def shop_values(settings: Settings) -> dict[str, str]:
    return {"shop_name": settings.get(SHOP_NAME), "owner_name": settings.get(OWNER_NAME),
            "currency": settings.get(CURRENCY), "region": settings.get(PHONE_REGION),
            "shop_contacts": settings.get(SHOP_CONTACTS),
            "friend_bonus": settings.get(REFERRAL_FRIEND_BONUS)}


def message_language(settings: Settings, app_language: str) -> str:
    """The language messages are written in: the setting, or else the app's own language (a
    shop in London run by a Russian speaker writes to customers in English)."""
    chosen = settings.get(MESSAGE_LANGUAGE)
    if chosen in LANGUAGES:
        return chosen
    return app_language if app_language in LANGUAGES else "en"


def sample_context(language: str, today: dt.date) -> dict[str, Any]:
    """Example values, so the editor previews something before a customer is chosen."""
    facts = CustomerFacts(
        0, "Анна Петрова" if language == "ru" else "Anna Peterson",
        "Анна" if language == "ru" else "Anna", None, None, None, None, False, 12, 3,
        "Композиция в коробке" if language == "ru" else "Flower box",
        "Подарки" if language == "ru" else "Gifts",
        today - dt.timedelta(days=47), 3, 456000,
        "Серьги «Луна»" if language == "ru" else "Earrings “Moon”", "loyal", ("VIP", "VIP"),
        "ANNA7", ((today, 35_000),),
    )
    return build_context(facts, language, today,
                         shop_name="Зерно и лист" if language == "ru" else "Bean & Leaf",
                         owner_name="Ольга" if language == "ru" else "Olga",
                         shop_contacts=("+7 900 123-45-67, ул. Ленина, 5" if language == "ru"
                                        else "020 7946 0018, 5 High Street"),
                         friend_bonus=("скидка 10 % на первый заказ" if language == "ru"
                                       else "10 % off the first order"),
                         next_product="Цепочка «Луна»" if language == "ru" else "Necklace “Moon”")


# ----------------------------------------------------------------- formatting and filters


def format_day(day: dt.date, language: str) -> str:
    """`language` may name a country too ("en_GB")."""
    russian = language.split("_")[0] == "ru"
    return format_date(day, "d MMMM y" if russian else "long", locale=language)


def month_name(day: dt.date, language: str) -> str:
    return format_date(day, "LLLL", locale=language)


def in_month(day: dt.date | dt.datetime | None, language: str) -> str:
    if day is None:
        return ""
    if language == "ru":
        return f"в {RU_MONTHS_PREPOSITIONAL[day.month - 1]}"
    return f"in {month_name(day, language)}"


def segment_name(key: str | None, language: str) -> str:
    if not key:
        return ""
    return name_in(key, language) or key.replace("_", " ")


def make_filters(language: str) -> dict[str, Any]:
    """Filters bound to the template's language."""

    def number_and_word(count: Any, *forms: str) -> str:
        return plural(count, *forms, language=language)

    def word(count: Any, *forms: str) -> str:
        return plural_word(count, *forms, language=language)

    def month(day: dt.date | None) -> str:
        return in_month(day, language)

    def in_quotes(value: Any) -> str:
        return quoted(value, language)

    return {"plural": number_and_word, "plural_word": word, "in_month": month,
            "quoted": in_quotes}


# Quotes by language: (outer open, outer close, inner open, inner close).
_QUOTES = {"ru": ("«", "»", "„", "“"), "en": ("“", "”", "‘", "’")}
_OPENING = frozenset("«„")
_CLOSING = frozenset("»”")
_EITHER = frozenset('"“')  # "Луна", „Утро“ and “Moon” use these both ways


def quoted(value: Any, language: str) -> str:
    """`value` in the language's quotes; quotes already inside it take the inner style
    (Эспрессо-смесь «Утро» -> «Эспрессо-смесь „Утро“»), a value already wholly in quotes is not
    quoted twice, and an empty value gives an empty string (never «»)."""
    text = " ".join(str(value if value is not None else "").split())
    outer_open, outer_close, inner_open, inner_close = _QUOTES.get(language, _QUOTES["en"])
    marks = _quote_marks(text)
    if len(text) > 1 and marks and marks[0] == (0, True) and marks[-1] == (len(text) - 1, False) \
            and _balanced(marks[1:-1]):
        text, marks = text[1:-1], [(i - 1, opening) for i, opening in marks[1:-1]]
    if not text.strip():
        return ""
    chars = list(text)
    for index, opening in marks:
        chars[index] = inner_open if opening else inner_close
    return outer_open + "".join(chars) + outer_close


def _quote_marks(text: str) -> list[tuple[int, bool]]:
    """(position, is opening) of every double quote mark; a straight or “ mark opens after a
    space or at the start and closes after a letter ("Серьги "Луна"")."""
    marks = []
    for index, char in enumerate(text):
        if char in _OPENING:
            marks.append((index, True))
        elif char in _CLOSING:
            marks.append((index, False))
        elif char in _EITHER:
            marks.append((index, index == 0 or text[index - 1] in " (-—[„«"))
    return marks


def _balanced(marks: list[tuple[int, bool]]) -> bool:
    depth = 0
    for _index, opening in marks:
        depth += 1 if opening else -1
        if depth < 0:
            return False
    return depth == 0


def _birthday(facts: CustomerFacts, language: str) -> str:
    if not facts.birthday_day or not facts.birthday_month:
        return ""
    try:
        day = dt.date(2000, facts.birthday_month, facts.birthday_day)
    except ValueError:
        return ""
    return format_skeleton("MMMMd", day, locale=language)


def pick_customers(db: Database, text: str = "", limit: int = 30) -> list[tuple[int, str]]:
    """Customers to preview a script with: matching `text`, most recent buyers first."""
    pattern = f"%{text.strip().casefold()}%"
    conn = db.raw_connection()
    try:
        name, email = (sql_dialect.casefolded(conn, column)
                       for column in ("c.display_name", "c.email"))
        rows = conn.execute(
            "SELECT c.id, c.display_name FROM customers c"
            " LEFT JOIN customer_stats s ON s.customer_id = c.id"
            f" WHERE ? = '%%' OR {name} LIKE ? OR c.phone_e164 LIKE ? OR {email} LIKE ?"
            " ORDER BY s.last_order_on IS NULL, s.last_order_on DESC, c.id LIMIT ?",
            (pattern, pattern, pattern, pattern, limit),
        ).fetchall()
    finally:
        conn.close()
    return [(int(cid), name) for cid, name in rows]
