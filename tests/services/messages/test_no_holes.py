"""A message never has a hole: every built-in script, in both languages, reads naturally whatever
optional value is missing (no "It's  from .", no «», no line starting with a comma); an owner's own
script that would leave a gap is named by `empty_variables` so the UI can warn."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from app.services.database import Database
from app.services.messages.builtins import BUILTINS
from app.services.messages.builtins_v1 import EN_V1, RU_V1
from app.services.messages.builtins_v2 import EN_V2, RU_V2
from app.services.messages.context import LANGUAGES, sample_context
from app.services.messages.library import ensure_builtin_templates, find_template, save_template
from app.services.messages.render import empty_variables, render_message, unguarded_variables

TODAY = dt.date(2026, 11, 27)


def _full(language: str) -> dict[str, Any]:
    return sample_context(language, TODAY)


# Every variable that can be empty for a real customer or shop: the string-valued ones.
OPTIONAL = tuple(name for name, value in _full("ru").items() if isinstance(value, str))

PROBLEMS = {
    "double space": re.compile(r"\S {2,}"),
    "space before punctuation": re.compile(r" [,.!?:;)»”]"),
    "dangling punctuation": re.compile(r"[,—:]\s*[.,!?]|\(\s*\)|^\s*[,.!?:;—]|— —"),
    "empty quotes": re.compile(r"«\s*»|\"\s*\"|“\s*”|„\s*“"),
    "line starting with punctuation": re.compile(r"(?m)^\s*[,.!?:;—)»”]"),
    "space at a line's end": re.compile(r"(?m)[ \t]+$"),
    "empty line": re.compile(r"\n\s*\n"),
    "lower-case sentence start": re.compile(r"(?:^|[.!?]\s)[a-zа-яё]"),
    "unfilled variable": re.compile(r"\{\{|\{%"),
}


def holes(text: str) -> list[str]:
    found = [name for name, pattern in PROBLEMS.items() if pattern.search(text)]
    if text and not (text[0].isupper() or text[0] in "«“"):
        found.append("does not start with a capital letter")
    return found


def _cases() -> list[tuple[str, str, tuple[str, ...]]]:
    cases = []
    for key, language in BUILTINS:
        cases.extend((key, language, (name,)) for name in OPTIONAL)
        cases.append((key, language, OPTIONAL))  # everything missing at once
        cases.append((key, language, ()))  # nothing missing
    return cases


def test_the_optional_variables_include_the_shop_and_the_customer() -> None:
    assert {"first_name", "last_product", "shop_name", "owner_name", "signature",
            "last_purchase_in_month"} <= set(OPTIONAL)


@pytest.mark.parametrize(("key", "language", "missing"), _cases())
def test_builtin_scripts_read_naturally_with_values_missing(key: str, language: str,
                                                           missing: tuple[str, ...]) -> None:
    context = _full(language)
    context.update(dict.fromkeys(missing, ""))
    if {"owner_name", "shop_name"} & set(missing):  # the signature follows the two names
        names = [context["owner_name"], context["shop_name"]]
        context["signature"] = ", ".join(n for n in names if n)
    script = BUILTINS[(key, language)]
    rendered = render_message(script.subject, script.body, context, language)
    assert rendered.ok, rendered.error
    for part, text in (("subject", rendered.subject), ("body", rendered.body)):
        assert text, f"{key}/{language}: empty {part}"
        assert not holes(text), f"{key}/{language} without {missing}: {holes(text)} in {text!r}"
    assert rendered.empty == ()  # a built-in never needs the warning


def test_the_checks_catch_the_holes_of_the_first_shipped_texts() -> None:
    """The texts as first shipped had holes: the checks above would have failed on them."""
    context = _full("en")
    context.update(shop_name="", owner_name="", signature="")
    subject, body = EN_V1["soft_reminder"][1:]
    text = render_message(subject, body, context, "en").body
    assert "It's  from ." in text and "double space" in holes(text)
    context = _full("ru")
    context.update(last_product="", first_name="")
    subject, body = RU_V1["upsell"][1:]
    rendered = render_message(subject, body, context, "ru")
    assert "empty quotes" in holes(rendered.subject)
    assert "line starting with punctuation" in holes(rendered.body)
    assert rendered.empty == ("last_product", "first_name")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_full_context_fills_every_builtin_with_its_values(language: str) -> None:
    context = _full(language)
    for (key, lang), script in BUILTINS.items():
        if lang != language:
            continue
        body = render_message(script.subject, script.body, context, language).body
        assert context["first_name"] in body, key
        assert context["owner_name"] in body, key  # every built-in is signed or introduced


def test_empty_variables_names_what_an_owners_script_leaves_blank() -> None:
    context = _full("en")
    context.update(shop_name="", last_product="")
    subject = "News from {{ shop_name }}"
    body = ("Hi {{ first_name }}! It's {{ owner_name }} from {{ shop_name }}.\n"
            "{% if last_product %}How is {{ last_product }}?{% endif %} "
            "{{ last_category or 'Our shop' }} {{ last_purchase_date|default('lately') }}")
    assert empty_variables(subject, body, context) == ("shop_name",)
    assert render_message(subject, body, context, "en").empty == ("shop_name",)
    context["shop_name"] = "Bean & Leaf"
    assert render_message(subject, body, context, "en").empty == ()
    context["first_name"] = "  "
    assert empty_variables(subject, body, context) == ("first_name",)


def test_a_condition_on_another_variable_does_not_guard() -> None:
    source = ("{% if first_name %}{{ shop_name }}{% else %}{{ owner_name }}{% endif %}"
              "{{ last_product if segment else name }}")
    assert unguarded_variables(source) == ("shop_name", "owner_name", "last_product", "name")
    assert unguarded_variables("{% if x %}") == ()  # a syntax error is reported elsewhere


def test_unedited_copies_of_the_first_texts_take_the_new_ones(db: Database) -> None:
    """A database seeded with the first texts: copies the owner never edited are brought up to
    date, an edited one is left alone."""
    ensure_builtin_templates(db)
    old = find_template(db, "soft_reminder", "ru")
    save_template(db, old.id, *RU_V1["soft_reminder"])
    edited = find_template(db, "winback", "en")
    save_template(db, edited.id, EN_V1["winback"][0], "Hello", EN_V1["winback"][2] + " Bye.")
    assert ensure_builtin_templates(db) == 0
    current = find_template(db, "soft_reminder", "ru")
    assert current.id == old.id and not current.is_modified
    assert current.body == BUILTINS[("soft_reminder", "ru")].body
    kept = find_template(db, "winback", "en")
    assert kept.subject == "Hello" and kept.body.endswith(" Bye.")


def test_unedited_copies_of_either_earlier_version_take_the_current_texts(db: Database) -> None:
    """A database can hold copies of the first texts and of the second ones, side by side: every
    unedited copy takes the current text, every edited one (of either version) is kept."""
    ensure_builtin_templates(db)
    stored = {
        ("soft_reminder", "ru"): RU_V1["soft_reminder"],
        ("thank_you_day_3", "ru"): RU_V2["thank_you_day_3"],
        ("tip_day_14", "en"): EN_V2["tip_day_14"],
        ("upsell", "en"): EN_V1["upsell"],
        ("review_request", "ru"): (*RU_V2["review_request"][:2],
                                   RU_V2["review_request"][2] + " Жду!"),
        ("offer_day_30", "en"): (EN_V1["offer_day_30"][0], "Just for you",
                                 EN_V1["offer_day_30"][2]),
    }
    for (key, lang), texts in stored.items():
        save_template(db, find_template(db, key, lang).id, *texts)
    assert all(find_template(db, key, lang).is_modified for key, lang in stored)
    assert ensure_builtin_templates(db) == 0
    for key, lang in list(stored)[:4]:
        current = find_template(db, key, lang)
        assert not current.is_modified, (key, lang)
        assert (current.subject, current.body) == (BUILTINS[(key, lang)].subject,
                                                    BUILTINS[(key, lang)].body)
    assert find_template(db, "review_request", "ru").body.endswith(" Жду!")
    assert find_template(db, "offer_day_30", "en").subject == "Just for you"
    assert ensure_builtin_templates(db) == 0  # nothing changes the second time
    assert find_template(db, "review_request", "ru").body.endswith(" Жду!")
