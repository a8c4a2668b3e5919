"""Reasons in plain English and Russian: the fact first, correct plural forms, no gendered verbs."""

from __future__ import annotations

import pytest

from app.services.reminders.reasons import format_reason


@pytest.mark.parametrize(("n", "en", "ru"), [(1, "1 day", "1 день"), (2, "2 days", "2 дня"),
                                             (5, "5 days", "5 дней"), (21, "21 days", "21 день"),
                                             (0, "0 days", "0 дней")])
def test_reasons_count_days_with_the_right_form(n, en, ru):
    assert format_reason("not_bought_90", {"days": n}, "en") == f"no purchases for {en}"
    assert format_reason("not_bought_90", {"days": n}, "ru") == f"нет покупок уже {ru}"


@pytest.mark.parametrize(("n", "en", "ru"), [
    (364, "no purchases for 364 days", "нет покупок уже 364 дня"),
    (365, "over a year without a purchase (365 days)", "больше года без покупок (365 дней)"),
    (371, "over a year without a purchase (371 days)", "больше года без покупок (371 день)"),
])
def test_a_year_without_purchases_says_so_first(n, en, ru):
    assert format_reason("not_bought_365", {"days": n}, "en") == en
    assert format_reason("not_bought_365", {"days": n}, "ru") == ru


def test_rhythm_reason_puts_the_silence_first():
    params = {"interval": 30, "days": 47, "expected": "2026-10-28", "since": "2026-09-28"}
    assert format_reason("rhythm", params, "en") == (
        "47 days without a purchase; usually every 30 days (expected by 28 October)")
    assert format_reason("rhythm", params, "ru") == (
        "47 дней без покупок, а обычно раз в 30 дней (ждали к 28 октября)")
    daily = {"interval": 1, "days": 21, "expected": "2026-10-28"}
    assert format_reason("rhythm", daily, "en").startswith(
        "21 days without a purchase; usually every day (")
    assert format_reason("rhythm", daily, "ru").startswith(
        "21 день без покупок, обычно каждый день (")


@pytest.mark.parametrize(("age", "in_days", "en", "ru"), [
    (21, 0, "birthday today, turning 21", "день рождения сегодня, исполняется 21 год"),
    (22, 1, "birthday on 28 November (tomorrow), turning 22",
     "день рождения 28 ноября (завтра), исполнится 22 года"),
    (59, 5, "birthday on 28 November (in 5 days), turning 59",
     "день рождения 28 ноября (через 5 дней), исполнится 59 лет"),
    (None, 2, "birthday on 28 November (in 2 days)", "день рождения 28 ноября (через 2 дня)"),
])
def test_birthday_says_the_date_first_and_the_age_with_its_word(age, in_days, en, ru):
    params = {"date": "2026-11-28", "in_days": in_days, "age": age}
    assert format_reason("birthday", params, "en") == en
    assert format_reason("birthday", params, "ru") == ru


@pytest.mark.parametrize(("rule", "params", "en", "ru"), [
    ("not_bought_90", {"days": 91}, "no purchases for 91 days", "нет покупок уже 91 день"),
    ("sequence_day_14", {"step": 14, "ordered": "2026-11-13"},
     "day 14 after the purchase (13 November): share a useful tip",
     "14-й день после покупки (13 ноября): поделиться полезным советом"),
    ("sequence_day_30", {"step": 30, "ordered": "2026-11-13"},
     "day 30 after the purchase (13 November): offer the same again or something new",
     "30-й день после покупки (13 ноября): предложить повторить или что-то новое"),
    ("milestone_3", {"orders": 3}, "3rd order — welcome them as a regular",
     "3-й заказ — поприветствовать как постоянного покупателя"),
    ("milestone_5", {"orders": 5}, "5th order — ask what they would like next",
     "5-й заказ — спросить, что хочется попробовать дальше"),
    ("big_order", {"ratio": 3.4}, "an order 3.4× their usual size — thank them personally",
     "заказ в 3,4 раза больше обычного — поблагодарить лично"),
    ("big_order", {"ratio": 3.0}, "an order 3× their usual size — thank them personally",
     "заказ в 3 раза больше обычного — поблагодарить лично"),
    ("referral", {"orders": 22}, "ordered again (22nd order) — ask them to recommend you",
     "повторный заказ (22-й) — попросить порекомендовать вас"),
    ("segment_cant_lose", {"segment": "cant_lose", "previous": "loyal", "days": 121},
     "no purchases for 121 days, though they used to buy often (Loyal → Can't lose them)",
     "121 день без покупок, хотя раньше покупки были частыми («Лояльные» → «Нельзя потерять»)"),
    ("segment_at_risk", {"segment": "at_risk", "previous": "", "days": 122},
     "no purchases for 122 days, though they used to buy regularly (now: At risk)",
     "122 дня без покупок, хотя раньше покупки были регулярными (сейчас: «Под угрозой»)"),
    ("custom", {"days": 31, "category": "", "tag": "опт"},
     "no purchases for 31 days (tag “опт”)", "нет покупок уже 31 день (метка «опт»)"),
    ("custom", {"days": 45, "category": "Tea", "tag": ""},
     "no purchases from the “Tea” category for 45 days",
     "нет покупок в категории «Tea» уже 45 дней"),
])
def test_every_rule_has_words(rule, params, en, ru):
    assert format_reason(rule, params, "en") == en
    assert format_reason(rule, params, "ru") == ru


def test_no_reason_uses_a_gendered_past_tense_or_the_word_client():
    rules = [("referral", {"orders": 2}), ("milestone_3", {"orders": 3}),
             ("segment_cant_lose", {"segment": "cant_lose", "previous": "loyal", "days": 3})]
    for rule, params in rules:
        text = format_reason(rule, params, "ru")
        assert not any(word in text for word in ("купил ", "был:", "клиент")), text
