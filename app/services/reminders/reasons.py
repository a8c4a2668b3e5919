"""Why a task is on the list, in plain words, in English or Russian.

Tasks store a rule key plus reason parameters (JSON); this module words them. It is the one place in
the services that produces finished Russian text, because reasons must also print in the CLI (where
Qt's translator is not running); the UI calls `format_reason` with the app's language.
Plurals come from services.plurals ("1 день", "3 дня", "5 дней", "21 день").

A services business words the sale its own way (`order` is the vocabulary's word id of
services.business: "lesson" for a tutor, "booking" for a salon): "no lessons for 45 days",
"нет визитов уже 45 дней". The shop's wording (`order="order"`, what the CLI prints) is the
original one.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from babel.dates import format_date

from app.services.plurals import plural
from app.services.points.facts import expiring_reason
from app.services.referrals import peaks as referral_peaks
from app.services.segments.catalog import name_in

# The forms of the words we count, in CLDR order (services.plurals).
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"day": ("день", "дня", "дней"), "year": ("год", "года", "лет")},
    "en": {"day": ("day", "days"), "year": ("year", "years")},
}

# What each after-purchase step is for; the same idea in both languages (the day-30 step offers
# the same again or something new, as its built-in script does).
_STEP_PURPOSE = {
    "en": {3: "say thanks and ask how they like it", 14: "share a useful tip",
           30: "offer the same again or something new", 60: "offer a personal consultation"},
    "ru": {3: "поблагодарить и спросить, как понравилось", 14: "поделиться полезным советом",
           30: "предложить повторить или что-то новое", 60: "предложить личную консультацию"},
}

# A services business's sale: (English plural, singular; Russian genitive plural, genitive
# singular, the ordinal's ending with the noun). "Booking" reads "visit": a salon's client
# thinks of coming in, not of the booking.
_SALE = {
    "lesson": ("lessons", "lesson", "занятий", "занятия", "-е занятие"),
    "booking": ("visits", "visit", "визитов", "визита", "-й визит"),
}
# The after-a-session steps of the services sequence (business.SERVICES_SEQUENCE's scripts).
_SERVICE_STEP_PURPOSE = {
    "en": {3: "say thanks and ask how it went", 14: "ask how they are getting on",
           30: "offer to book again", 60: "ask whether to continue the course"},
    "ru": {3: "поблагодарить и спросить, как всё прошло", 14: "спросить об успехах",
           30: "предложить записаться снова", 60: "спросить, продолжать ли курс"},
}

# From a year on, "370 days" is harder to read than "over a year".
_A_YEAR = 365


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


def format_reason(rule: str, params: dict[str, Any] | str, language: str = "en",
                  order: str = "order", brief: bool = False) -> str:
    """The reason in plain words; `language` is "en" or "ru" (anything else means English);
    `order` is the business's word for a sale ("order", "booking", "lesson").

    The fact the owner acts on comes first: Today's column shows about 40 characters. No gendered
    past tenses ("купил"), so one wording fits every customer. `brief`: the column's wording
    where the full sentence cannot fit it (the detail panel and the tooltip show the sentence).
    """
    p = json.loads(params) if isinstance(params, str) else dict(params)
    lang = "ru" if language == "ru" else "en"
    ru = lang == "ru"

    if rule == "points_expiring":
        return expiring_reason(p, lang)
    if order in _SALE:
        worded = _services_reason(rule, p, lang, _SALE[order])
        if worded is not None:
            return worded
    if rule.startswith("not_bought"):
        return _without_purchases(int(p["days"]), lang)
    if rule == "rhythm":
        return _rhythm(p, lang)
    if rule == "restock":
        return _restock(p, lang, services=order in _SALE, brief=brief)
    if rule.startswith("sequence_day_"):
        step = int(p["step"])
        purpose = _STEP_PURPOSE[lang].get(step, "напомнить о себе" if ru else "get in touch")
        ordered = short_date(p.get("ordered"), lang)
        if ru:
            return f"{ordinal(step, lang)} день после покупки ({ordered}): {purpose}"
        return f"day {step} after the purchase ({ordered}): {purpose}"
    if rule == "birthday":
        return _birthday(p, lang)
    if rule == "birthday_soon":  # a heads-up, not the greeting
        return _birthday(p, lang) + (" — приготовить подарок" if ru else " — prepare a gift")
    if rule in ("milestone_3", "milestone_5"):
        n = int(p.get("orders", rule[-1]))
        if n == 3:
            return (f"{ordinal(n, lang)} заказ — поприветствовать как постоянного покупателя" if ru
                    else f"{ordinal(n, lang)} order — welcome them as a regular")
        return (f"{ordinal(n, lang)} заказ — спросить, что хочется попробовать дальше" if ru
                else f"{ordinal(n, lang)} order — ask what they would like next")
    if rule == "big_order":
        shown = _ratio(float(p["ratio"]), lang)
        return (f"заказ в {shown} раза больше обычного — поблагодарить лично" if ru
                else f"an order {shown}× their usual size — thank them personally")
    if rule == "referral" and (peak := referral_peaks.reason(str(p.get("moment", "")), ru)):
        return peak
    if rule == "referral":
        n = int(p.get("orders", 2))
        return (f"повторный заказ ({ordinal(n, lang)}) — попросить порекомендовать вас" if ru
                else f"ordered again ({ordinal(n, lang)} order) — ask them to recommend you")
    if rule.startswith("segment_"):
        return _segment(rule, p, lang)
    if rule in ("complaint", "complaint_followup", "feedback"):
        return _feedback(rule, p, lang)
    if rule == "custom":
        return _custom(p, lang)
    return rule


def with_offer(reason: str, offer: str, language: str = "en") -> str:
    """The reason naming what the script offers ("… — offer: Шарф"); the reason alone when the
    script offers nothing."""
    if not offer:
        return reason
    return f"{reason} — {'предложить' if language == 'ru' else 'offer'}: {offer}"


def _without_purchases(n: int, lang: str) -> str:
    """'67 дней без покупок'; from a year on 'больше года без покупок (370 дней)'."""
    days = _count(n, "day", lang)
    if n >= _A_YEAR:
        return (f"больше года без покупок ({days})" if lang == "ru"
                else f"over a year without a purchase ({days})")
    return f"нет покупок уже {days}" if lang == "ru" else f"no purchases for {days}"


def _rhythm(p: dict[str, Any], lang: str) -> str:
    interval, now = int(p["interval"]), int(p["days"])
    expected = short_date(p.get("expected"), lang)
    if lang == "ru":
        usual = "обычно каждый день" if interval == 1 else (
            f"а обычно раз в {_count(interval, 'day', lang)}")
        text = f"{_count(now, 'day', lang)} без покупок, {usual}"
        return f"{text} (ждали к {expected})" if expected else text
    usual = "usually every day" if interval == 1 else (
        f"usually every {_count(interval, 'day', lang)}")
    text = f"{_count(now, 'day', lang)} without a purchase; {usual}"
    return f"{text} (expected by {expected})" if expected else text


def _restock(p: dict[str, Any], lang: str, services: bool = False, brief: bool = False) -> str:
    """'time to restock: usually buys Кофе в зёрнах every 28 days, last 30 days ago'; a services
    business's client comes for a service rather than buys it. Brief: 'time to restock Кофе в
    зёрнах: every 28 days' (the product is what the owner acts on)."""
    product, interval, now = str(p["product"]), int(p["interval"]), int(p["days"])
    ago = _count(now, "day", lang)
    if lang == "ru":
        every = "каждый день" if interval == 1 else f"раз в {_count(interval, 'day', lang)}"
        if brief:
            return f"пора {'снова: ' if services else 'пополнить '}«{product}», {every}"
        if services:
            return f"пора снова: обычно «{product}» {every}, последний раз {ago} назад"
        return (f"пора пополнить запас: обычно берёт «{product}» {every}, "
                f"последний раз {ago} назад")
    every = "every day" if interval == 1 else f"every {_count(interval, 'day', lang)}"
    if brief:
        return f"time to {'come again for' if services else 'restock'} {product}, {every}"
    if services:
        return f"time to come again: usually has {product} {every}, last {ago} ago"
    return f"time to restock: usually buys {product} {every}, last {ago} ago"


def _ratio(ratio: float, lang: str) -> str:
    """'3' for 3.0, '3.4' / '3,4' otherwise: a trailing ',0' reads as noise."""
    shown = f"{ratio:.1f}".removesuffix(".0")
    return shown.replace(".", ",") if lang == "ru" else shown


def _birthday(p: dict[str, Any], lang: str) -> str:
    in_days = int(p["in_days"])
    date = short_date(p.get("date"), lang)
    age = int(p["age"]) if p.get("age") else None
    if lang == "ru":
        if in_days == 0:
            text = "день рождения сегодня"
            return f"{text}, исполняется {_count(age, 'year', lang)}" if age else text
        when = "завтра" if in_days == 1 else f"через {_count(in_days, 'day', lang)}"
        text = f"день рождения {date} ({when})"
        return f"{text}, исполнится {_count(age, 'year', lang)}" if age else text
    if in_days == 0:
        return f"birthday today, turning {age}" if age else "birthday today"
    when = "tomorrow" if in_days == 1 else f"in {_count(in_days, 'day', lang)}"
    text = f"birthday on {date} ({when})"
    return f"{text}, turning {age}" if age else text


def _segment(rule: str, p: dict[str, Any], lang: str) -> str:
    """'121 день без покупок, хотя раньше ...': the silence first, the segment names after it."""
    now = name_in(p.get("segment"), lang) or p.get("segment", "")
    before = name_in(p.get("previous"), lang)
    silent = _count(int(p.get("days", 0)), "day", lang)
    often = rule == "segment_cant_lose"
    if lang == "ru":
        used = "частыми" if often else "регулярными"
        moved = f"«{before}» → «{now}»" if before else f"сейчас: «{now}»"
        return f"{silent} без покупок, хотя раньше покупки были {used} ({moved})"
    used = "often" if often else "regularly"
    moved = f"{before} → {now}" if before else f"now: {now}"
    return f"no purchases for {silent}, though they used to buy {used} ({moved})"


def _feedback(rule: str, p: dict[str, Any], lang: str) -> str:
    """A complaint (or a low score) to resolve within 48 hours, the check-back after it, the
    ask for a score."""
    ru = lang == "ru"
    if rule == "complaint":
        score, said = p.get("score"), str(p.get("text") or "")
        if score is not None:
            what = f"оценка {score} из 10" if ru else f"scored {score} out of 10"
        else:
            what = "жалоба" if ru else "a complaint"
        if said:
            what += f": «{said}»" if ru else f": “{said}”"
        return (f"{what} — извиниться и решить за 48 часов" if ru
                else f"{what} — apologise and resolve within 48 hours")
    if rule == "complaint_followup":
        resolved = short_date(p.get("resolved"), lang)
        return (f"жалоба решена {resolved} — спросить, всё ли теперь хорошо" if ru
                else f"complaint resolved on {resolved} — ask if everything is all right now")
    return ("спросить, насколько покупатель доволен (0–10)" if ru
            else "ask how satisfied they are (0–10)")


def _custom(p: dict[str, Any], lang: str) -> str:
    days = int(p["days"])
    category, tag = p.get("category") or "", p.get("tag") or ""
    if lang == "ru":
        what = f"в категории «{category}»" if category else ""
        who = f" (метка «{tag}»)" if tag else ""
        return f"нет покупок {what} уже {_count(days, 'day', lang)}{who}".replace("  ", " ")
    what = f" from the “{category}” category" if category else ""
    who = f" (tag “{tag}”)" if tag else ""
    return f"no purchases{what} for {_count(days, 'day', lang)}{who}"


def _services_reason(rule: str, p: dict[str, Any], lang: str,
                     sale: tuple[str, str, str, str, str]) -> str | None:
    """The reasons that speak of a sale, for a services business; None for the others
    (birthdays), which read the same for everyone."""
    plural_en, one_en, none_ru, one_ru, ordinal_ru = sale
    ru = lang == "ru"
    student = one_en == "lesson"

    def nth(n: int) -> str:
        return f"{n}{ordinal_ru}" if ru else f"{ordinal(n, lang)} {one_en}"

    if rule.startswith("not_bought"):
        n = int(p["days"])
        days = _count(n, "day", lang)
        if n >= _A_YEAR:
            return (f"больше года без {none_ru} ({days})" if ru
                    else f"over a year without a {one_en} ({days})")
        return f"нет {none_ru} уже {days}" if ru else f"no {plural_en} for {days}"
    if rule == "rhythm":
        interval, now = int(p["interval"]), int(p["days"])
        expected = short_date(p.get("expected"), lang)
        if ru:
            usual = "обычно каждый день" if interval == 1 else (
                f"а обычно раз в {_count(interval, 'day', lang)}")
            text = f"{_count(now, 'day', lang)} без {none_ru}, {usual}"
            return f"{text} (ждали к {expected})" if expected else text
        usual = "usually every day" if interval == 1 else (
            f"usually every {_count(interval, 'day', lang)}")
        text = f"{_count(now, 'day', lang)} without a {one_en}; {usual}"
        return f"{text} (expected by {expected})" if expected else text
    if rule.startswith("sequence_day_"):
        step = int(p["step"])
        purpose = _SERVICE_STEP_PURPOSE[lang].get(step, "напомнить о себе" if ru
                                                  else "get in touch")
        ordered = short_date(p.get("ordered"), lang)
        if ru:
            return f"{ordinal(step, lang)} день после {one_ru} ({ordered}): {purpose}"
        return f"day {step} after the {one_en} ({ordered}): {purpose}"
    if rule in ("milestone_3", "milestone_5"):
        n = int(p.get("orders", rule[-1]))
        if n == 3:
            regular = ("постоянного ученика" if student else "постоянного клиента") if ru else ""
            return (f"{nth(n)} — поприветствовать как {regular}" if ru
                    else f"{nth(n)} — welcome them as a regular")
        return (f"{nth(n)} — спросить о результате и что дальше" if ru
                else f"{nth(n)} — ask how it is going and what is next")
    if rule == "big_order":
        shown = _ratio(float(p["ratio"]), lang)
        return (f"оплата в {shown} раза больше обычной — поблагодарить лично" if ru
                else f"a payment {shown}× their usual — thank them personally")
    if rule == "referral" and (peak := referral_peaks.reason(str(p.get("moment", "")), ru)):
        return peak
    if rule == "referral":
        n = int(p.get("orders", 2))
        return (f"снова у вас ({nth(n)}) — попросить отзыв или рекомендацию" if ru
                else f"back again ({nth(n)}) — ask for a review or a recommendation")
    if rule.startswith("segment_"):
        segment = name_in(p.get("segment"), lang) or p.get("segment", "")
        before = name_in(p.get("previous"), lang)
        silent = _count(int(p.get("days", 0)), "day", lang)
        often = rule == "segment_cant_lose"
        if ru:
            moved = f"«{before}» → «{segment}»" if before else f"сейчас: «{segment}»"
            used = "часто" if often else "регулярно"
            return f"{silent} без {none_ru}, хотя раньше приходили {used} ({moved})"
        moved = f"{before} → {segment}" if before else f"now: {segment}"
        used = "often" if often else "regularly"
        return f"no {plural_en} for {silent}, though they used to come {used} ({moved})"
    if rule == "custom":
        days = _count(int(p["days"]), "day", lang)
        category, tag = p.get("category") or "", p.get("tag") or ""
        if ru:
            what = f" в категории «{category}»" if category else ""
            who = f" (метка «{tag}»)" if tag else ""
            return f"нет {none_ru}{what} уже {days}{who}"
        what = f" from the “{category}” category" if category else ""
        who = f" (tag “{tag}”)" if tag else ""
        return f"no {plural_en}{what} for {days}{who}"
    return None
