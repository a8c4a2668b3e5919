"""Built-in scripts are grammatical for any product, customer and shop: a product name is always
in quotes where its case does not matter (never «Вы брали у нас Ручная кофемолка»), nested quotes
are not doubled, nothing is coffee-specific, names are greeted in normal case, Russian dates are
in the genitive and no verb guesses the customer's gender."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from app.services.messages.builtins import BUILTINS
from app.services.messages.builtins_v1 import RU_V1
from app.services.messages.builtins_v2 import RU_V2
from app.services.messages.context import CustomerFacts, build_context, quoted, sample_context
from app.services.messages.render import render_message

TODAY = dt.date(2026, 11, 27)

# The review's products: feminine, plural, neuter, with quotes inside (guillemets and straight).
PRODUCTS = ("Композиция в коробке", "Ручная кофемолка", "Серьги «Луна»",
            "Эспрессо-смесь «Утро», 1 кг", "Курс «Английский с нуля»", 'Серьги "Луна"',
            "Масло для рук, 50 мл")
# A word of each product that shows it was printed (outside its quotes, it is a grammar hole).
_CORE = re.compile(r"[A-Za-zА-Яа-яЁё]{4,}")
# In Russian the product follows a dash, a colon or «Как вам»: positions without a case.
_RU_BEFORE_PRODUCT = re.compile(r"(?:— |: |Как вам )$")
NESTED_QUOTES = {
    "ru": re.compile(r"«[^»]*«|»[^«]*»|„„|““"),
    "en": re.compile(r"“[^”]*“|”[^“]*”|‘‘|’’"),
}
SHOP_ONLY_WORDS = re.compile(r"кофе|\bча[йяюеё]|заваривани|вкус|brew|coffee|\btea\b|delicious",
                             re.IGNORECASE)
# Past-tense verbs in the singular say whether the customer is a man or a woman.
_GENDERED = re.compile(r"\b[а-яё]+(?:[аеиоуыяё]л|[аеиоуыяё]ла)\b", re.IGNORECASE)
_NOT_ABOUT_THE_CUSTOMER = {"прошёл"}  # «Прошёл месяц»: agrees with «месяц»
RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря")


def _render(subject: str, body: str, language: str, **values: Any) -> str:
    context = sample_context(language, TODAY)
    context.update(values)
    rendered = render_message(subject, body, context, language)
    assert rendered.ok, rendered.error
    return rendered.subject + "\n" + rendered.body


def product_holes(text: str, product: str, language: str) -> list[str]:
    """What is wrong with how `product` is printed in `text`."""
    found = []
    inside = quoted(product, language)
    rest = text
    for match in re.finditer(re.escape(inside), text):
        if language == "ru" and not _RU_BEFORE_PRODUCT.search(text[:match.start()]):
            found.append(f"needs a case: …{text[max(0, match.start() - 20):match.end()]}")
        rest = rest.replace(inside, "")
    for word in _CORE.findall(product):
        if word in rest:
            found.append(f"{word!r} outside its quotes")
    if NESTED_QUOTES[language].search(text):
        found.append("doubled quotes")
    return found


def gendered_verbs(text: str) -> list[str]:
    return [w for w in _GENDERED.findall(text) if w.lower() not in _NOT_ABOUT_THE_CUSTOMER]


@pytest.mark.parametrize(("key", "language"), sorted(BUILTINS))
@pytest.mark.parametrize("product", PRODUCTS)
def test_a_product_is_always_quoted_where_its_case_does_not_matter(
        key: str, language: str, product: str) -> None:
    script = BUILTINS[(key, language)]
    text = _render(script.subject, script.body, language, last_product=product,
                   favorite_product=product, shop_name="Лавка «У дома»")
    assert not product_holes(text, product, language), text
    if "last_product" in script.body:
        assert quoted(product, language) in text
    assert not NESTED_QUOTES[language].search(text), text


@pytest.mark.parametrize(("key", "language"), sorted(BUILTINS))
def test_builtins_fit_any_shop(key: str, language: str) -> None:
    script = BUILTINS[(key, language)]
    for part in (script.name, script.subject, script.body):
        assert not SHOP_ONLY_WORDS.search(part), part


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_editors_example_values_fit_any_shop(language: str) -> None:
    values = [v for v in sample_context(language, TODAY).values() if isinstance(v, str)]
    assert not [v for v in values if SHOP_ONLY_WORDS.search(v)]


@pytest.mark.parametrize("key", sorted({key for key, _lang in BUILTINS}))
def test_russian_scripts_never_guess_the_customers_gender(key: str) -> None:
    script = BUILTINS[(key, "ru")]
    for first in ("Анна", "Пётр", "Саша"):
        text = _render(script.subject, script.body, "ru", first_name=first,
                       last_product="Ручная кофемолка")
        assert not gendered_verbs(text.replace("«Ручная кофемолка»", "")), text


@pytest.mark.parametrize(("key", "language"), sorted(BUILTINS))
@pytest.mark.parametrize(("typed", "greeted"), [("КСЕНИЯ ИВАНОВА", "Ксения"),
                                                ("o'neil", "O'Neil"), ("McDonald", "McDonald")])
def test_names_imported_in_capitals_or_lower_case_are_greeted_in_normal_case(
        key: str, language: str, typed: str, greeted: str) -> None:
    facts = CustomerFacts(1, typed, typed.split()[0], None, None, None, None, False, None, None,
                          "Серьги «Луна»", "", TODAY - dt.timedelta(days=30), 5, 100000, "",
                          None)
    context = build_context(facts, language, TODAY, shop_name="Лавка", owner_name="Сергей")
    script = BUILTINS[(key, language)]
    rendered = render_message(script.subject, script.body, context, language)
    assert greeted in rendered.body
    assert typed.split()[0] not in rendered.body.replace(greeted, "") or typed == greeted


@pytest.mark.parametrize("month", range(1, 13))
def test_russian_dates_are_in_the_genitive_and_english_years_have_four_digits(month: int) -> None:
    day = dt.date(2026, month, 9)
    facts = CustomerFacts(1, "Анна", "Анна", None, None, None, None, False, 9, month, "", "",
                          day, 2, 0, "", None)
    ru = build_context(facts, "ru", TODAY)
    assert ru["last_purchase_date"] == f"9 {RU_GENITIVE[month - 1]} 2026"
    assert ru["birthday"] == f"9 {RU_GENITIVE[month - 1]}"
    en = build_context(facts, "en", TODAY)
    assert re.fullmatch(r"[A-Z][a-z]+ 9, 2026", en["last_purchase_date"])


def test_the_checks_catch_the_problems_the_review_found() -> None:
    """The first texts pasted the product into a case slot and guessed no gender but cased it;
    the second put quotes around a name that has its own."""
    subject, body = RU_V1["soft_reminder"][1:]
    text = _render(subject, body, "ru", last_product="Ручная кофемолка")
    assert "Вы брали у нас Ручная кофемолка" in text
    assert product_holes(text, "Ручная кофемолка", "ru")
    subject, body = RU_V1["upsell"][1:]
    text = _render(subject, body, "ru", last_product="Композиция в коробке")
    assert any("outside" in hole for hole in product_holes(text, "Композиция в коробке", "ru"))
    subject, body = RU_V2["thank_you_day_3"][1:]
    text = _render(subject, body, "ru", last_product="Серьги «Луна»")
    assert "«Серьги «Луна»»" in text and "doubled quotes" in product_holes(
        text, "Серьги «Луна»", "ru")
    assert SHOP_ONLY_WORDS.search(RU_V1["tip_day_14"][2])
    assert gendered_verbs("Вы купили? Анна купила снова, Пётр брал") == ["купила", "брал"]


@pytest.mark.parametrize(("value", "ru", "en"), [
    ("Композиция в коробке", "«Композиция в коробке»", "“Композиция в коробке”"),
    ("Эспрессо-смесь «Утро», 1 кг", "«Эспрессо-смесь „Утро“, 1 кг»",
     "“Эспрессо-смесь ‘Утро’, 1 кг”"),
    ('Серьги "Луна"', "«Серьги „Луна“»", "“Серьги ‘Луна’”"),
    ("Earrings “Moon”", "«Earrings „Moon“»", "“Earrings ‘Moon’”"),
    ("«Луна»", "«Луна»", "“Луна”"),  # already in quotes: not quoted twice
    ("«Утро» и «Вечер»", "«„Утро“ и „Вечер“»", "“‘Утро’ и ‘Вечер’”"),  # not one pair
    ("O'Neil's  box ", "«O'Neil's box»", "“O'Neil's box”"),  # apostrophes stay
    ("", "", ""), ("  ", "", ""), ("«»", "", ""),  # never empty quotes
])
def test_quoted_uses_the_inner_style_for_quotes_inside(value: str, ru: str, en: str) -> None:
    assert (quoted(value, "ru"), quoted(value, "en")) == (ru, en)


def test_quoted_is_a_filter_owners_can_use() -> None:
    text = _render("", "Как вам {{ last_product|quoted }}?", "ru",
                   last_product="Набор «Утро»")
    assert text.strip() == "Как вам «Набор „Утро“»?"
