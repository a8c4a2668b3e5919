"""Which column holds what: automatic mapping from Russian/English headers, and remembered mappings.

A mapping is {header: field}. Fields are fixed keys; their labels are English source strings the
UI translates (context "import"). A mapping the user confirmed is stored in the `import_mappings`
setting under the file's header signature, and wins over the guess next time.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from app.services.errors import UserFacingError
from app.services.settings import QT_TRANSLATE_NOOP as _T

if TYPE_CHECKING:  # pandas is not loaded for this module: `sniffing` runs before it is
    import pandas as pd

IGNORE = "ignore"

# (field, English label); the order is the order of the combo boxes in the mapping dialog.
FIELDS: tuple[tuple[str, str], ...] = (
    (IGNORE, _T("import", "Skip this column")),
    ("customer", _T("import", "Customer name")),
    ("phone", _T("import", "Phone")),
    ("email", _T("import", "E-mail")),
    ("customer_code", _T("import", "Customer code / card")),
    ("date", _T("import", "Date")),
    ("order_id", _T("import", "Order number")),
    ("amount", _T("import", "Amount (line total)")),
    ("price", _T("import", "Unit price")),
    ("quantity", _T("import", "Quantity")),
    ("product", _T("import", "Product")),
    ("category", _T("import", "Category")),
    ("birthday", _T("import", "Birthday")),
    ("status", _T("import", "Order status")),  # cancelled and refunded lines are skipped
    ("notes", _T("import", "Notes")),  # appended to the customer's notes
    ("tags", _T("import", "Tags")),  # merged into the customer's tags
    ("referred_by", _T("import", "Referred by")),  # a customer's name, phone or e-mail
    # yes/no: a "no" gets no automatic e-mails (customer_extras.consent_value)
    ("marketing_consent", _T("import", "Accepts e-mail marketing")),
)
FIELD_KEYS = tuple(key for key, _ in FIELDS)
IDENTITY_FIELDS = ("customer_code", "phone", "email", "customer")
ORDER_LEVEL_FIELDS = ("date", "customer", "phone", "email", "customer_code", "status")

# Normalised header names (see `normalize_header`), best first within each field.
ALIASES: dict[str, tuple[str, ...]] = {
    "customer": ("фио", "покупатель", "клиент", "имя", "имя клиента", "фио клиента",
                 "фио покупателя", "контрагент", "покупатель фио", "customer", "customer name",
                 "billing name", "client", "client name", "buyer", "full name", "name",
                 "ученик", "ученица", "фио ученика", "имя ученика", "student", "student name",
                 "pupil", "pupil name"),
    "phone": ("телефон", "моб тел", "мобильный телефон", "мобильный", "тел", "телефон клиента",
              "контактный телефон", "номер телефона", "phone", "phone number", "mobile",
              "billing phone", "shipping phone", "cell", "tel"),
    "email": ("e mail", "email", "почта", "эл почта", "электронная почта", "e mail клиента",
              "email address", "адрес электронной почты"),
    "customer_code": ("код клиента", "карта", "номер карты", "дисконтная карта", "карта клиента",
                      "код покупателя", "customer id", "customer code", "client id",
                      "loyalty card", "card"),
    "date": ("дата", "дата заказа", "дата покупки", "дата продажи", "дата чека",
             "дата документа", "период", "paid at", "created at", "date", "order date",
             "purchase date", "sale date", "payment date", "date paid", "lesson date",
             "дата оплаты", "дата платежа", "дата занятия"),
    "order_id": ("номер заказа", "заказ", "номер чека", "чек", "номер документа", "документ",
                 "order id", "order", "order number", "order no", "receipt", "receipt number"),
    "amount": ("сумма", "итого", "сумма заказа", "сумма покупки", "сумма продажи", "стоимость",
               "сумма со скидкой", "выручка", "сумма руб", "total", "amount", "line total",
               "sum", "subtotal", "revenue", "order total", "grand total", "net sales",
               "total sales", "paid", "amount paid", "оплачено", "оплата", "сумма оплаты"),
    "price": ("цена", "цена за ед", "цена за единицу", "price", "unit price", "lineitem price"),
    "quantity": ("количество", "кол во", "колво", "шт", "qty", "quantity", "lineitem quantity"),
    "product": ("товар", "наименование", "номенклатура", "наименование товара", "название товара",
                "позиция", "услуга", "lineitem name", "product", "product name", "item",
                "item name", "title", "курс", "абонемент", "занятие", "service", "package",
                "course", "treatment", "lesson", "service name", "package course"),
    "category": ("категория", "группа", "группа товаров", "вид товара", "category",
                 "product type", "product category", "type"),
    "birthday": ("дата рождения", "день рождения", "др", "birthday", "date of birth", "dob",
                 "birth date"),
    "status": ("статус", "статус заказа", "статус оплаты", "статус документа", "состояние",
               "состояние заказа", "financial status", "order status", "payment status",
               "status"),
    "notes": ("примечание", "примечания", "комментарий", "комментарии", "заметки", "заметка",
              "notes", "note", "comment", "comments"),
    "tags": ("теги", "метки", "тэги", "tags", "labels"),
    # A person who recommended the customer. "How did you hear about us" / "Откуда узнал" is a
    # source (Instagram, a friend), not a person: it stays unmapped (the owner may map it to notes).
    # A referral code names its owner (referrals/codes.py), so it is a referrer too; a promo code
    # ("Промокод", "Discount code") is usually a campaign's (SUMMER10), not a person's: unmapped.
    "referred_by": ("кто порекомендовал", "по рекомендации", "рекомендовал", "referred by",
                    "referrer", "recommended by", "referral", "referral code", "реферальный код",
                    "код друга", "код рекомендации", "код приглашения", "invite code"),
    # Shopify's customer export ("Accepts Email Marketing"; "Accepts Marketing" in its orders
    # export and older customer exports) and the Russian wording of a consent column.
    "marketing_consent": ("accepts email marketing", "accepts marketing", "email marketing",
                          "email marketing consent", "согласие на рассылку",
                          "согласие на рассылки", "согласие на email рассылку",
                          "согласие на e mail рассылку", "согласие на получение рассылки",
                          "подписка на рассылку", "подписан на рассылку"),
}
_EXACT = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
# Money columns that are never what the customer paid for the goods, whatever else their name
# says ("Discount Amount", "Сумма НДС", "Price Point Name", "Остаток на счёте")...
_NOT_MONEY = re.compile(
    r"\b(discounts?|coupons?|tax|taxes|vat|gst|hst|shipping|delivery|postage|tips?|gratuity|"
    r"balance|outstanding|compare at|price point|refunds?|refunded|fees?|deposit|commission|"
    r"change due|cost)\b|скидк|налог|ндс|доставк|чаев|остат|баланс|бонус|возврат|комисси|"
    r"себестоим|сдач")
# ...unless the name says the amount includes it ("Сумма со скидкой", "Total incl. tax").
_INCLUDING = re.compile(r"\b(incl|including|with|after|inc|со|с|включая)\b")
MONEY_FIELDS = ("amount", "price")
_OTHER_CHANNEL = re.compile(r"\b(sms|смс|whatsapp|viber|telegram|телеграм)\b")


class ColumnChoiceError(UserFacingError):
    """A column choice given by name (the command line's --map) names no field or no column."""
_ORDER_ID_VALUE = re.compile(r"^#\s*\w+$")
FUZZY_COLUMNS = 500  # the widest file whose headers are also matched with typos


def normalize_header(text: str) -> str:
    text = str(text).lower().replace("ё", "е").replace("№", " номер ")
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


def header_score(header: str, field: str, fuzzy: bool = True) -> float:
    """How well a header names a field: 100 exact, ~80 containing an alias, ~60 fuzzy, else 0."""
    name = normalize_header(header)
    if not name or (field in MONEY_FIELDS and not_money(name)):
        return 0.0
    if field == "marketing_consent" and _OTHER_CHANNEL.search(name):
        return 0.0  # "Accepts SMS Marketing" is consent to texts, not to e-mails
    best = 0.0
    letters = Counter(name)
    for rank, alias in enumerate(ALIASES[field]):
        tie_break = rank * 0.1
        if name == alias:
            best = max(best, 100 - tie_break)
        elif f" {alias} " in f" {name} " and len(alias) >= 3:  # a whole word or words of it
            best = max(best, 80 - tie_break - min(len(name) - len(alias), 20) * 0.5)
        elif fuzzy and _may_be_close(name, letters, alias):
            ratio = difflib.SequenceMatcher(None, name, alias).ratio()
            if ratio >= 0.84:
                best = max(best, ratio * 70 - tie_break)
    return best


def _may_be_close(name: str, letters: Counter[str], alias: str) -> bool:
    """The bounds difflib's real_quick_ratio and quick_ratio put on ratio(), without building a
    matcher: a file with 10,000 columns compares each with every alias, and building one
    matcher per pair took seconds."""
    total = len(name) + len(alias)
    if 2.0 * min(len(name), len(alias)) / total < 0.84:
        return False
    common = letters & _letters(alias)
    return 2.0 * sum(common.values()) / total >= 0.84


@functools.lru_cache(maxsize=1024)
def _letters(text: str) -> Counter[str]:
    return Counter(text)


def not_money(name: str) -> bool:
    """A (normalised) header naming a discount, tax, shipping, tip, balance, compare-at price or
    price point: never the money of a sale."""
    return bool(_NOT_MONEY.search(name)) and not _INCLUDING.search(name)


def with_overrides(columns: dict[str, str], overrides: Mapping[str, str],
                   headers: list[str]) -> dict[str, str]:
    """`columns` with each {field: header} of `overrides` applied (the field leaves any other
    column). A header is found as written, else ignoring case and punctuation."""
    result = dict(columns)
    by_name = {normalize_header(h): h for h in reversed(headers)}
    for field, wanted in overrides.items():
        if field not in FIELD_KEYS:
            raise ColumnChoiceError("There is no field “%1”. The fields are: %2.",
                                    params=(field, ", ".join(FIELD_KEYS)))
        header = wanted if wanted in result else by_name.get(normalize_header(wanted))
        if header is None:
            raise ColumnChoiceError("The file has no column “%1”. Its columns are: %2.",
                                    params=(wanted, ", ".join(headers)))
        if field != IGNORE:
            for other, chosen in result.items():
                if chosen == field:
                    result[other] = IGNORE
        result[header] = field
    return result


def header_field(header: str) -> str | None:
    """The field a header most likely names, or None (used to find the header row)."""
    name = normalize_header(header)
    if name in _EXACT:
        return _EXACT[name]
    if not name or len(name) > 60 or name.replace(" ", "").isdigit():
        return None
    scores = {f: header_score(header, f, fuzzy=False) for f in ALIASES}
    field = max(scores, key=lambda f: scores[f])
    return field if scores[field] >= 70 else None


def guess_mapping(frame: pd.DataFrame, sample_rows: int = 200) -> dict[str, str]:
    """Each column's most likely field; a field goes to one column at most."""
    headers = [str(c) for c in frame.columns]
    names = {normalize_header(h) for h in headers}
    # Order-level totals repeat the lines' prices: use Lineitem price when the file has one.
    shopify = any(n.startswith("lineitem") for n in names) and "lineitem price" in names
    candidates: list[tuple[float, int, str, str]] = []
    # Fuzzy matching compares every column with every alias: past a real export's width (a
    # hostile file has 10,000 columns) it would take seconds, so only exact names count there.
    fuzzy = len(headers) <= FUZZY_COLUMNS
    for position, header in enumerate(headers):
        for field in ALIASES:
            score = header_score(header, field, fuzzy)
            if score <= 0:
                continue
            if field == "amount" and shopify and normalize_header(header) in ("total", "subtotal"):
                continue
            candidates.append((score, -position, header, field))
    head = frame.head(sample_rows)
    for header in headers:  # "Name" holding #1001 is Shopify's order number
        if normalize_header(header) == "name" and _looks_like_order_ids(head[header]):
            candidates.append((101.0, 0, header, "order_id"))
    candidates.sort(reverse=True)
    result = dict.fromkeys(headers, IGNORE)
    used_fields: set[str] = set()
    for _score, _pos, header, field in candidates:
        if field in used_fields or result[header] != IGNORE:
            continue
        result[header] = field
        used_fields.add(field)
    return result


def _looks_like_order_ids(values: pd.Series) -> bool:
    texts = [str(v).strip() for v in values if str(v).strip()]
    return bool(texts) and sum(bool(_ORDER_ID_VALUE.match(t)) for t in texts) >= 0.8 * len(texts)


def header_signature(headers: Iterable[str]) -> str:
    joined = "\x1f".join(normalize_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def remembered_mapping(stored: Mapping[str, object], headers: list[str]) -> dict[str, str] | None:
    entry = stored.get(header_signature(headers))
    if not isinstance(entry, dict):
        return None
    columns = entry.get("columns", {})
    if set(columns) != set(headers) or not set(columns.values()) <= set(FIELD_KEYS):
        return None
    return {h: columns[h] for h in headers}


def remember_mapping(stored: Mapping[str, object], headers: list[str], columns: dict[str, str],
                     keep: int = 50) -> dict[str, object]:
    """A copy of the stored mappings with this one added (newest last; oldest dropped)."""
    updated = {k: v for k, v in stored.items() if k != header_signature(headers)}
    updated[header_signature(headers)] = {"columns": dict(columns)}
    while len(updated) > keep:
        updated.pop(next(iter(updated)))
    return updated


def used_fields(columns: dict[str, str]) -> dict[str, str]:
    """{field: header} for every mapped field (a field mapped twice keeps its first column)."""
    result: dict[str, str] = {}
    for header, field in columns.items():
        if field != IGNORE and field not in result:
            result[field] = header
    return result
