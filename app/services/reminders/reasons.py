"""Why a task is on the list, in plain words, in English or Russian.

Tasks store a rule key plus reason parameters (JSON); this module words them. It is the one place in
the services that produces finished Russian text, because reasons must also print in the CLI (where
Qt's translator is not running); the UI calls `format_reason` with the app's language.
Plurals come from services.plurals ("1 день", "3 дня", "5 дней", "21 день").
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from babel.dates import format_date

from app.services.plurals import plural
from app.services.segments.catalog import name_in

# The forms of the words we count, in CLDR order (services.plurals).
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"day": ("день", "дня", "дней")},
    "en": {"day": ("day", "days")},
}

_STEP_PURPOSE = {
    "en": {3: "say thanks and ask how they like it", 14: "share a useful tip or a story",
           30: "make an offer", 60: "offer a personal consultation"},
    "ru": {3: "поблагодарить и спросить, как понравилось", 14: "поделиться полезным советом",
           30: "сделать предложение", 60: "предложить личную консультацию"},
}


def _count(n: int, word: str, language: str) -> str:
    """'5 дней', '21 день', '1 day', '2 days'."""
    return plural(n, *_WORDS[language][word], language=language)


def ordinal(n: int, language: str) -> str:
    if language == "ru":
        return f"{n}-й"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def short_date(iso: str | None, language: str) -> str:
    """'28 October' / '28 октября'."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return format_date(day, "d MMMM", locale="ru" if language == "ru" else "en")


def format_reason(rule: str, params: dict[str, Any] | str, language: str = "en") -> str:
    """The reason in plain words; `language` is "en" or "ru" (anything else means English)."""
    p = json.loads(params) if isinstance(params, str) else dict(params)
    lang = "ru" if language == "ru" else "en"
    ru = lang == "ru"

    def days(n: Any) -> str:
        return _count(int(n), "day", lang)

    if rule.startswith("not_bought"):
        return (f"нет покупок уже {days(p['days'])}" if ru
                else f"no purchase for {days(p['days'])}")
    if rule == "rhythm":
        interval, now = int(p["interval"]), int(p["days"])
        expected = short_date(p.get("expected"), lang)
        if ru:
            return (f"обычно покупает раз в {days(interval)} — сейчас {now};"
                    f" ждали {expected}")
        return f"usually buys every {days(interval)} — now {now}; expected {expected}"
    if rule.startswith("sequence_day_"):
        step = int(p["step"])
        purpose = _STEP_PURPOSE[lang].get(step, "напомнить о себе" if ru else "get in touch")
        ordered = short_date(p.get("ordered"), lang)
        if ru:
            return f"{days(step)} после покупки {ordered}: {purpose}"
        return f"{days(step)} after the purchase on {ordered}: {purpose}"
    if rule == "birthday":
        return _birthday(p, lang)
    if rule == "birthday_soon":  # a heads-up, not the greeting
        return _birthday(p, lang) + (" — приготовить подарок" if ru else " — prepare a gift")
    if rule in ("milestone_3", "milestone_5"):
        n = int(p.get("orders", rule[-1]))
        if n == 3:
            return (f"{ordinal(n, lang)} заказ — поприветствовать как постоянного клиента" if ru
                    else f"{ordinal(n, lang)} order — welcome them as a VIP")
        return (f"{ordinal(n, lang)} заказ — спросить, чего хочется дальше" if ru
                else f"{ordinal(n, lang)} order — ask what they would like next")
    if rule == "big_order":
        ratio = float(p["ratio"])
        shown = f"{ratio:.1f}".replace(".", ",") if ru else f"{ratio:.1f}"
        return (f"заказ в {shown} раза больше обычного — поблагодарить лично" if ru
                else f"an order {shown}× their usual — thank them personally")
    if rule == "referral":
        n = int(p.get("orders", 2))
        return (f"купил снова ({ordinal(n, lang)} заказ) — попросить рекомендацию" if ru
                else f"bought again ({ordinal(n, lang)} order) — ask for a recommendation")
    if rule.startswith("segment_"):
        return _segment(p, lang)
    if rule == "custom":
        return _custom(p, lang)
    return rule


def _birthday(p: dict[str, Any], lang: str) -> str:
    in_days = int(p["in_days"])
    date = short_date(p.get("date"), lang)
    age = p.get("age")
    if lang == "ru":
        when = ("сегодня" if in_days == 0 else "завтра" if in_days == 1
                else f"через {_count(in_days, 'day', lang)}")
        text = f"день рождения {when} ({date})"
        return f"{text}, исполнится {age}" if age else text
    when = ("today" if in_days == 0 else "tomorrow" if in_days == 1
            else f"in {_count(in_days, 'day', lang)}")
    text = f"birthday {when} ({date})"
    return f"{text}, turns {age}" if age else text


def _segment(p: dict[str, Any], lang: str) -> str:
    now = name_in(p.get("segment"), lang) or p.get("segment", "")
    before = name_in(p.get("previous"), lang)
    days = int(p.get("days", 0))
    if lang == "ru":
        text = f"теперь в сегменте «{now}»" + (f" (был: «{before}»)" if before else "")
        return f"{text}, без покупок {_count(days, 'day', lang)}"
    text = f"now in “{now}”" + (f" (was “{before}”)" if before else "")
    return f"{text}, no purchase for {_count(days, 'day', lang)}"


def _custom(p: dict[str, Any], lang: str) -> str:
    days = int(p["days"])
    category, tag = p.get("category") or "", p.get("tag") or ""
    if lang == "ru":
        what = f"в категории «{category}»" if category else ""
        who = f" (метка «{tag}»)" if tag else ""
        return f"нет покупок {what} уже {_count(days, 'day', lang)}{who}".replace("  ", " ")
    what = f" in “{category}”" if category else ""
    who = f" (tag “{tag}”)" if tag else ""
    return f"no purchase{what} for {_count(days, 'day', lang)}{who}"
