"""Rendering scripts: both languages, month cases, plurals, errors, the sandbox, the library."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Customer, Purchase
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.builtins import BUILTIN_KEYS, BUILTINS
from app.services.messages.context import (
    build_context,
    load_facts,
    sample_context,
)
from app.services.messages.library import (
    create_template,
    delete_template,
    duplicate_template,
    ensure_builtin_templates,
    find_template,
    list_templates,
    rename_template,
    render_for_customer,
    reset_template,
    save_template,
)
from app.services.messages.render import render_text
from app.services.money import format_money
from app.services.plurals import plural_word
from app.services.segments.recompute import recompute
from app.services.settings import Settings

TODAY = dt.date(2026, 11, 27)

REQUIRED_KEYS = {"soft_reminder", "upsell", "referral", "winback", "thank_you_day_3",
                 "tip_day_14", "offer_day_30", "consultation_day_60", "birthday", "vip_welcome",
                 "big_order_thanks", "review_request", "next_wish_5th"}
# Ideas of the repeat-sales method that had no script: a day-1 offer of help, a win-back for
# regulars with their usual product, a follow-up after a problem, a reply to a thank-you.
ADDED_KEYS = {"howto_day_1", "winback_favorite", "after_issue", "thanks_reply",
              "feedback_ask", "complaint_apology", "complaint_followup", "points_expiring",
              "referral_kit", "restock"}
# A services business's set (a tutor, a salon, a coach, a studio), seeded for every business.
SERVICES_KEYS = {"service_thank_you_day_3", "progress_check_in", "rebook", "course_ending",
                 "result_follow_up", "service_review", "service_winback",
                 "service_welcome_regular", "service_big_thanks"}


@pytest.fixture
def shop(db: Database, settings: Settings) -> int:
    """One customer with three orders, the last in March; returns the customer id."""
    settings.set_many({"shop_name": "Зерно и лист", "owner_name": "Ольга"})
    with db.transaction() as s:
        anna = Customer(display_name="Анна Петрова", first_name="Анна", email="anna@example.com",
                        phone_e164="+79123456789", birthday_day=12, birthday_month=3)
        s.add(anna)
        s.flush()
        for day, product, amount in [(dt.date(2026, 1, 10), "Сенча, 100 г", 54000),
                                     (dt.date(2026, 2, 10), "Сенча, 100 г", 54000),
                                     (dt.date(2026, 3, 12), "Кения АА, 250 г", 99050)]:
            s.add(Purchase(customer_id=anna.id, purchased_on=day, amount_minor=amount,
                           product=product, category="Чай" if "Сенча" in product else "Кофе"))
        cid = anna.id
    recompute(db, TODAY)
    return cid


def ctx(db: Database, cid: int, language: str) -> dict:
    return build_context(load_facts(db, [cid])[cid], language, TODAY, shop_name="Зерно и лист",
                         owner_name="Ольга")


def test_russian_context_has_cases_money_and_dates(db: Database, shop: int) -> None:
    c = ctx(db, shop, "ru")
    assert c["first_name"] == "Анна"
    assert c["last_product"] == "Кения АА, 250 г"
    assert c["last_category"] == "Кофе"
    assert c["last_purchase_date"] == "12 марта 2026"
    assert c["last_purchase_month"] == "март"
    assert c["last_purchase_in_month"] == "в марте"
    assert c["days_since"] == (TODAY - dt.date(2026, 3, 12)).days
    assert c["orders_count"] == 3
    assert c["total_spent"] == "2\xa0070,50\xa0₽"
    assert c["favorite_product"] == "Сенча, 100 г"
    assert c["birthday"] == "12 марта"


def test_english_context(db: Database, shop: int) -> None:
    c = ctx(db, shop, "en")
    assert c["last_purchase_date"] == "March 12, 2026"
    assert c["last_purchase_in_month"] == "in March"
    assert c["birthday"] == "March 12"


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 заказ"), (2, "2 заказа"), (3, "3 заказа"), (5, "5 заказов"), (11, "11 заказов"),
    (21, "21 заказ"), (22, "22 заказа"), (25, "25 заказов"), (111, "111 заказов")])
def test_russian_plural_filter(count: int, expected: str) -> None:
    result = render_text('{{ n|plural("заказ", "заказа", "заказов") }}', {"n": count}, "ru")
    assert result.ok and result.text == expected


@pytest.mark.parametrize(("count", "expected"), [(1, "1 order"), (2, "2 orders"), (0, "0 orders")])
def test_english_plural_filter(count: int, expected: str) -> None:
    assert render_text('{{ n|plural("order", "orders") }}', {"n": count}, "en").text == expected


def test_plural_word_and_in_month_filters() -> None:
    assert plural_word(4, "день", "дня", "дней", language="ru") == "дня"
    out = render_text("{{ d|in_month }}", {"d": dt.date(2026, 5, 1)}, "ru")
    assert out.text == "в мае"
    assert format_money(150000, "RUB", "ru") == "1\xa0500\xa0₽"


def test_unknown_variable_reports_line_and_suggestion() -> None:
    result = render_text("Привет!\n\n{{ frst_name }}", sample_context("ru", TODAY), "ru")
    assert not result.ok and result.text == ""
    assert result.problem.kind == "unknown_variable"
    assert result.problem.line == 3
    assert "first_name" in result.problem.message


def test_syntax_error_reports_line() -> None:
    result = render_text("one\ntwo\n{{ first_name }\nfour", {}, "en")
    assert result.problem.kind == "syntax"
    assert result.problem.line == 3
    assert result.problem.message.startswith("Line 3:")
    unclosed = render_text("one\n{% if x %}\nthree", {"x": 1}, "en")
    assert unclosed.problem.kind == "syntax" and "endif" in unclosed.problem.message


@pytest.mark.parametrize("source", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ first_name.__init__.__globals__ }}",
    "{{ range.__globals__ }}",
    "{% set l = [1] %}{{ l.append(2) }}",
])
def test_sandbox_escapes_are_refused(source: str) -> None:
    result = render_text(source, sample_context("en", TODAY), "en")
    assert not result.ok
    assert result.problem.kind in {"refused", "unknown_variable"}
    assert "class" not in result.text


@pytest.mark.parametrize("source", ["{% for i in range(10**6) %}x{% endfor %}",
                                    "{{ 'x' * 100000000 }}"])
def test_oversized_ranges_and_repeats_are_too_big(source: str) -> None:
    result = render_text(source, {}, "en")
    assert not result.ok and result.problem.kind == "too_big" and result.problem.line == 1


def test_runaway_output_is_cut_off() -> None:
    result = render_text("{% for i in range(999) %}{% for j in range(999) %}xx{% endfor %}"
                         "{% endfor %}", {}, "en")
    assert result.problem.kind == "too_long"


@pytest.mark.parametrize(("name", "first"), [
    ("Иванов Иван Иванович", "Иван"), ("Петрова Анна", "Анна"), ("Анна Петрова", "Анна"),
    ("Лев Толстой", "Лев"), ("Екатерина Сидоренко", "Екатерина"), ("John Smith", "John"),
    ("Мария Ивановна", "Мария"), ("", ""),
])
def test_first_name_from_a_surname_first_full_name(name: str, first: str) -> None:
    from app.services.messages.context import guess_first_name

    assert guess_first_name(name) == first


def test_signature_line_is_dropped_when_shop_and_owner_names_are_empty() -> None:
    source = "Happy birthday!\n{{ owner_name }}, {{ shop_name }}\n«{{ shop_name }}»\n--\n..."
    empty = render_text(source, {"owner_name": "", "shop_name": ""}, "en").text
    assert empty == "Happy birthday!\n--\n..."  # the owner's own punctuation lines stay
    named = render_text(source, {"owner_name": "Olga", "shop_name": "Bean"}, "en").text
    assert named == "Happy birthday!\nOlga, Bean\n«Bean»\n--\n..."


def test_every_builtin_renders_in_both_languages() -> None:
    assert set(BUILTIN_KEYS) == REQUIRED_KEYS | ADDED_KEYS | SERVICES_KEYS
    for (key, lang), tpl in BUILTINS.items():
        context = sample_context(lang, TODAY)
        for part in (tpl.subject, tpl.body):
            result = render_text(part, context, lang)
            assert result.ok, (key, lang, result.problem)
        text = render_text(tpl.body, context, lang).text
        assert len(text) < 400, key  # short, not a newsletter
        assert "{{" not in text and "{%" not in text


def test_seeding_is_idempotent_and_respects_deletions(db: Database) -> None:
    assert ensure_builtin_templates(db) == 2 * len(REQUIRED_KEYS | ADDED_KEYS | SERVICES_KEYS)
    assert ensure_builtin_templates(db) == 0
    winback_ru = find_template(db, "winback", "ru")
    delete_template(db, winback_ru.id)
    assert ensure_builtin_templates(db) == 0
    # A reminder naming the deleted built-in still gets the shipped words.
    fallback = find_template(db, "winback", "ru")
    assert fallback.id is None and "давно не виделись" in fallback.name.lower()
    new_id = reset_template(db, "winback", "ru")
    assert find_template(db, "winback", "ru").id == new_id


def test_edit_duplicate_rename_reset(db: Database) -> None:
    ensure_builtin_templates(db)
    tpl = find_template(db, "birthday", "en")
    save_template(db, tpl.id, tpl.name, "Hi", "Hello {{ first_name }}")
    edited = find_template(db, "birthday", "en")
    assert edited.is_modified and edited.body == "Hello {{ first_name }}"
    copy_id = duplicate_template(db, tpl.id)
    copy = find_template(db, copy_id, "en")
    assert copy.builtin_key is None and copy.name == "Birthday (copy)"
    assert find_template(db, duplicate_template(db, tpl.id), "en").name == "Birthday (copy) 2"
    rename_template(db, copy_id, "Mine")
    assert find_template(db, copy_id, "en").name == "Mine"
    reset_template(db, "birthday", "en")
    assert not find_template(db, "birthday", "en").is_modified
    names = [t.name for t in list_templates(db, "en")]
    assert names[0] == "Soft reminder" and "Mine" in names


def test_save_refuses_syntax_errors_and_empty_names(db: Database) -> None:
    tid = create_template(db, "Mine", "ru", "", "Привет")
    with pytest.raises(UserFacingError):
        save_template(db, tid, "Mine", "", "{% if %}")
    with pytest.raises(UserFacingError):
        rename_template(db, tid, "  ")


def test_render_for_customer(db: Database, settings: Settings, shop: int) -> None:
    ensure_builtin_templates(db)
    msg = render_for_customer(db, settings, shop, "vip_welcome", "ru", TODAY)
    assert msg.ok, msg.error
    assert msg.body.startswith("Анна, это уже 3 заказа — спасибо")
    assert msg.body.endswith("\nОльга, Зерно и лист")
    assert msg.subject and msg.template_id is not None and msg.template_name
    en = render_for_customer(db, settings, shop, "soft_reminder", "en", TODAY)
    assert "from your March order" in en.body and "Ольга" in en.body


def test_render_for_customer_reports_errors_instead_of_raising(
        db: Database, settings: Settings, shop: int) -> None:
    tid = create_template(db, "Broken", "ru", "", "Привет, {{ nam }}")
    msg = render_for_customer(db, settings, shop, tid, "ru", TODAY)
    assert not msg.ok and msg.error.kind == "unknown_variable" and msg.body == ""
    assert render_for_customer(db, settings, shop, "no_such_key", "ru", TODAY).error.kind == \
        "missing"
    assert render_for_customer(db, settings, 999, "winback", "ru", TODAY).error.kind == "missing"


def test_an_english_message_from_a_uk_shop_writes_dates_the_british_way(
        db: Database, shop: int) -> None:
    c = build_context(load_facts(db, [shop])[shop], "en", TODAY, currency="GBP", region="GB")
    assert c["last_purchase_date"] == "12 March 2026"
    assert c["birthday"] == "12 March"
    assert c["total_spent"] == "£2,070.50"
    russian_shop = build_context(load_facts(db, [shop])[shop], "en", TODAY, region="RU")
    assert russian_shop["last_purchase_date"] == "March 12, 2026"  # no en_RU: plain English
