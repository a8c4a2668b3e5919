"""The kind of business: its words, its rules' default scripts, asked at first run, changed later
without losing the owner's own choice of script; the built-ins carry no coffee-shop wording."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.services.business import (
    BUSINESS_TYPES,
    SERVICES_SCRIPTS,
    SERVICES_SEQUENCE,
    current_type,
    is_services,
    vocabulary,
)
from app.services.database import Database
from app.services.first_run import ShopBasics, save_basics
from app.services.messages.builtins import BUILTINS
from app.services.messages.builtins_services import EN_SERVICES, RU_SERVICES
from app.services.messages.context import sample_context
from app.services.messages.render import render_message
from app.services.reminders.config import (
    DEFAULTS,
    business_type_values,
    defaults_for,
    load_config,
)
from app.services.settings import BUSINESS_TYPE, REMINDER_RULES, Settings

# Every (rule, field) whose value names a script, and the sequence's steps.
SCRIPT_SLOTS = [(rule, name) for rule, value in DEFAULTS.items() if isinstance(value, dict)
                for name in ("template", "level_template") if name in value]
# Words of the demo coffee shop that once leaked into the built-ins.
COFFEE_WORDS = re.compile(
    r"dry and dark|fresh batch|delicious|roast|beans?\b|обжарк|свеж\w* парти|сухом|тёмном|"
    r"вкусн\w* год|зёрн|зерн", re.IGNORECASE)


def _scripts(defaults: dict[str, object]) -> list[str]:
    raw = dict(defaults)
    keys = [raw[rule][name] for rule, name in SCRIPT_SLOTS]  # type: ignore[index]
    keys += [step["template"] for step in raw["sequence"]["steps"]]  # type: ignore[index]
    return keys


def test_the_words_of_each_kind_of_business() -> None:
    assert [tuple(vars(vocabulary(t)).values()) for t in BUSINESS_TYPES] == [
        ("customer", "product", "order"), ("student", "lesson", "lesson"),
        ("client", "service", "booking"), ("client", "service", "booking"),
        ("client", "service", "booking")]
    assert BUSINESS_TYPES == ("shop", "tutor", "salon", "coach", "studio")
    assert vocabulary("florist from the future") == vocabulary("shop")  # unknown: the shop
    assert [is_services(t) for t in BUSINESS_TYPES] == [False, True, True, True, True]


def test_a_shop_keeps_its_scripts_and_a_services_business_gets_its_own() -> None:
    assert defaults_for("shop") == DEFAULTS
    tutor = defaults_for("tutor")
    assert [tutor[rule][name] for rule, name in SCRIPT_SLOTS] == [
        SERVICES_SCRIPTS.get((rule, name), DEFAULTS[rule][name]) for rule, name in SCRIPT_SLOTS]
    assert tutor["not_bought"]["template"] == "rebook"
    assert tutor["sequence"]["steps"] == [
        {"day": 3, "template": "service_thank_you_day_3"},
        {"day": 14, "template": "progress_check_in"},
        {"day": 30, "template": "rebook"}, {"day": 60, "template": "course_ending"}]
    # Every default names a shipped script in both languages; a services business is never
    # asked "how do you like your purchase?".
    goods = {"soft_reminder", "thank_you_day_3", "tip_day_14", "offer_day_30",
             "consultation_day_60", "vip_welcome", "next_wish_5th", "big_order_thanks", "winback",
             "restock"}
    for business in BUSINESS_TYPES:
        keys = _scripts(defaults_for(business))
        assert all((k, lang) in BUILTINS for k in keys for lang in ("ru", "en"))
        # The feedback scripts speak of "us", not of goods: a shop and a services business alike.
        assert not (set(keys) & goods) if is_services(business) else set(keys) <= goods | {
            "birthday", "referral", "feedback_ask", "complaint_apology", "complaint_followup",
            "points_expiring"}
    assert set(SERVICES_SCRIPTS.values()) | set(SERVICES_SEQUENCE.values()) | {
        "service_review"} == set(RU_SERVICES) == set(EN_SERVICES)


def test_the_rules_read_the_business_type(db: Database, settings: Settings) -> None:
    assert load_config(settings).value("rhythm", "template") == "soft_reminder"
    settings.set(BUSINESS_TYPE, "salon")
    assert load_config(settings).value("rhythm", "template") == "rebook"
    assert [s.template for s in load_config(settings).steps][:2] == [
        "service_thank_you_day_3", "progress_check_in"]


def test_first_run_saves_the_type_with_its_scripts(db: Database, settings: Settings) -> None:
    save_basics(settings, ShopBasics("Maths with Emma", "Emma", "GBP", "en", "GB", "tutor"))
    fresh = Settings(db)
    assert current_type(fresh) == "tutor"
    assert load_config(fresh).value("referral", "template") == "service_review"
    save_basics(settings, ShopBasics("Bean & Leaf", "Olga", "GBP", "en"))  # the default: a shop
    assert current_type(Settings(db)) == "shop"
    assert load_config(Settings(db)).value("referral", "template") == "referral"


def test_changing_the_type_keeps_the_scripts_the_owner_chose(db: Database,
                                                            settings: Settings) -> None:
    stored = {"rhythm": {"template": "upsell"},  # her choice
              "not_bought": {"template": "soft_reminder", "days": 45},  # the shop's default
              "sequence": {"steps": [{"day": 3, "template": "thank_you_day_3"},
                                     {"day": 10, "template": "tip_day_14"}]}}
    settings.set(REMINDER_RULES, stored)
    settings.set_many(business_type_values(settings, "coach"))
    config = load_config(settings)
    assert config.value("rhythm", "template") == "upsell"
    assert (config.value("not_bought", "template"), config.value("not_bought", "days")) == (
        "rebook", 45)
    assert [(s.day, s.template) for s in config.steps] == [
        (3, "service_thank_you_day_3"), (10, "tip_day_14")]  # day 10 is hers: not a default
    settings.set_many(business_type_values(settings, "shop"))  # and back
    assert settings.get(REMINDER_RULES) == stored


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("key", sorted(RU_SERVICES))
def test_services_scripts_are_filled_with_no_holes(key: str, language: str) -> None:
    """A tutor's student with nothing known but the phone: no hole, no goods."""
    script = BUILTINS[(key, language)]
    context = sample_context(language, dt.date(2026, 11, 27))
    context.update({name: "" for name, value in context.items() if isinstance(value, str)})
    for values in (context, sample_context(language, dt.date(2026, 11, 27))):
        rendered = render_message(script.subject, script.body, values, language)
        assert rendered.ok and not rendered.empty, rendered.error
        text = rendered.subject + "\n" + rendered.body
        assert "  " not in text and "{" not in text and " ," not in text and " ." not in text
        assert not re.search(r"покупк|товар|purchase|order\b", text, re.IGNORECASE), text


def test_no_built_in_has_coffee_shop_wording() -> None:
    assert COFFEE_WORDS.search("Keep it somewhere dry and dark; свежая обжарка")  # the check
    found = [(key, lang) for (key, lang), script in BUILTINS.items()
             if COFFEE_WORDS.search(" ".join((script.name, script.subject, script.body)))]
    assert found == []
