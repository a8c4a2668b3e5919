"""The UI's money text (QLocale): whole units in tables, kopecks for small amounts."""

from __future__ import annotations

import pytest

from app.ui.formatting import money


@pytest.mark.parametrize(("minor", "language", "decimals", "text"), [
    (150000, "ru", False, "1\xa0500\xa0₽"),
    (207050, "ru", False, "2\xa0071\xa0₽"),
    (207050, "ru", True, "2\xa0070,50\xa0₽"),
    (5050, "ru", False, "50,50\xa0₽"),
    (-5050, "en", False, "(₽50.50)"),
    (12345678, "en", False, "₽123,457"),
])
def test_money(qapp, minor: int, language: str, decimals: bool, text: str) -> None:
    assert money(minor, "RUB", language, decimals) == text


def test_no_amount_is_no_text(qapp) -> None:
    assert money(None) == ""
    assert money(100, "USD", "en") == "$1"
