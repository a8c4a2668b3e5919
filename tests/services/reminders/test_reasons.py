"""Reasons in plain English and Russian, with correct Russian plural forms."""

from __future__ import annotations

import pytest

from app.services.reminders.reasons import format_reason


@pytest.mark.parametrize(("n", "en", "ru"), [(1, "1 day", "1 день"), (2, "2 days", "2 дня"),
                                             (21, "21 days", "21 день"), (0, "0 days", "0 дней")])
def test_reasons_count_days_with_the_right_form(n, en, ru):
    assert format_reason("not_bought_90", {"days": n}, "en") == f"no purchase for {en}"
    assert format_reason("not_bought_90", {"days": n}, "ru") == f"нет покупок уже {ru}"


def test_rhythm_reason_in_both_languages():
    params = {"interval": 30, "days": 47, "expected": "2026-10-28", "since": "2026-09-28"}
    assert format_reason("rhythm", params, "en") == (
        "usually buys every 30 days — now 47; expected 28 October")
    assert format_reason("rhythm", params, "ru") == (
        "обычно покупает раз в 30 дней — сейчас 47; ждали 28 октября")


@pytest.mark.parametrize(("rule", "params", "en", "ru"), [
    ("not_bought_90", {"days": 91}, "no purchase for 91 days", "нет покупок уже 91 день"),
    ("sequence_day_14", {"step": 14, "ordered": "2026-11-13"},
     "14 days after the purchase on 13 November: share a useful tip or a story",
     "14 дней после покупки 13 ноября: поделиться полезным советом"),
    ("birthday", {"date": "2026-11-28", "in_days": 1, "age": None},
     "birthday tomorrow (28 November)", "день рождения завтра (28 ноября)"),
    ("milestone_3", {"orders": 3}, "3rd order — welcome them as a VIP",
     "3-й заказ — поприветствовать как постоянного клиента"),
    ("big_order", {"ratio": 3.4}, "an order 3.4× their usual — thank them personally",
     "заказ в 3,4 раза больше обычного — поблагодарить лично"),
    ("referral", {"orders": 2}, "bought again (2nd order) — ask for a recommendation",
     "купил снова (2-й заказ) — попросить рекомендацию"),
    ("segment_cant_lose", {"segment": "cant_lose", "previous": "", "days": 122},
     "now in “Can't lose them”, no purchase for 122 days",
     "теперь в сегменте «Нельзя потерять», без покупок 122 дня"),
    ("custom", {"days": 31, "category": "", "tag": "опт"},
     "no purchase for 31 days (tag “опт”)", "нет покупок уже 31 день (метка «опт»)"),
])
def test_every_rule_has_words(rule, params, en, ru):
    assert format_reason(rule, params, "en") == en
    assert format_reason(rule, params, "ru") == ru
