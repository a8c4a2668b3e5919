"""The one plural helper: CLDR forms for Russian and English, and odd counts."""

from __future__ import annotations

import pytest

from app.services.plurals import plural, plural_word

RU_DAY = ("день", "дня", "дней")


@pytest.mark.parametrize(("n", "text"), [
    (1, "1 день"), (2, "2 дня"), (5, "5 дней"), (11, "11 дней"), (12, "12 дней"),
    (14, "14 дней"), (21, "21 день"), (22, "22 дня"), (25, "25 дней"), (111, "111 дней"),
    (0, "0 дней"),
])
def test_russian(n: int, text: str) -> None:
    assert plural(n, *RU_DAY, language="ru") == text


@pytest.mark.parametrize(("n", "text"), [
    (1, "1 day"), (2, "2 days"), (5, "5 days"), (11, "11 days"), (12, "12 days"),
    (14, "14 days"), (21, "21 days"), (22, "22 days"), (25, "25 days"), (111, "111 days"),
    (0, "0 days"),
])
def test_english(n: int, text: str) -> None:
    assert plural(n, "day", "days", language="en") == text


def test_word_only_fractions_and_text() -> None:
    assert plural_word(4, *RU_DAY, language="ru") == "дня"
    assert plural_word(-21, *RU_DAY, language="ru") == "день"
    assert plural_word("3", *RU_DAY, language="ru") == "дня"
    assert plural_word(1.5, "заказ", "заказа", "заказов", "заказа", language="ru") == "заказа"
    assert plural_word("many", *RU_DAY, language="ru") == "дней"
    assert plural_word(float("inf"), *RU_DAY, language="ru") == "дней"
    assert plural_word(3) == ""
    assert plural_word(1, "order", "orders") == "order"
