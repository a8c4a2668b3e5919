"""The owner's kind of business (the `business_type` setting): a shop selling goods, or a services
business (a tutor, a beauty salon, a coach, a studio). One home for what depends on it:

- the words the app uses: who the people are (customers, clients, students), what they buy
  (products, services, lessons or packages) and what one sale is (an order, a booking, a lesson);
  the UI turns these word ids into translated phrases (app/ui/business_words.py);
- which built-in script each reminder rule uses by default (`SERVICES_SCRIPTS`, applied by
  reminders.config.defaults_for): "how do you like your purchase?" is not for a student.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.settings import BUSINESS_TYPE, Settings

SHOP = "shop"
BUSINESS_TYPES: tuple[str, ...] = tuple(code for code, _label in BUSINESS_TYPE.choices)


@dataclass(frozen=True)
class Vocabulary:
    """Word ids: person "customer" | "client" | "student"; product "product" | "service" |
    "lesson"; order "order" | "booking" | "lesson"."""

    person: str
    product: str
    order: str


_VOCABULARY = {
    "shop": Vocabulary("customer", "product", "order"),
    "tutor": Vocabulary("student", "lesson", "lesson"),
    "salon": Vocabulary("client", "service", "booking"),
    "coach": Vocabulary("client", "service", "booking"),
    "studio": Vocabulary("client", "service", "booking"),
}


def normalized(business_type: str) -> str:
    """A known type, or the shop (a value from a newer version, or a hand-edited file)."""
    return business_type if business_type in BUSINESS_TYPES else SHOP


def vocabulary(business_type: str) -> Vocabulary:
    return _VOCABULARY[normalized(business_type)]


def is_services(business_type: str) -> bool:
    return normalized(business_type) != SHOP


def current_type(settings: Settings) -> str:
    return normalized(settings.get(BUSINESS_TYPE))


# Lesson packages and courses are often paid in parts a week or two apart; a shop's two
# purchases of one product a few days apart are two sales.
SERVICES_INSTALMENT_DAYS = 14


def suggested_instalment_days(business_type: str) -> int:
    """The `instalment_days` a new business of this kind starts with."""
    return SERVICES_INSTALMENT_DAYS if is_services(business_type) else 0


# The script of each (rule, field) for a services business, where the shop's talks about goods;
# the sequence's steps by day. Every key is a built-in (messages.builtins_services).
SERVICES_SCRIPTS: dict[tuple[str, str], str] = {
    ("not_bought", "template"): "rebook",
    ("not_bought", "level_template"): "service_winback",
    ("rhythm", "template"): "rebook",
    ("restock", "template"): "rebook",
    ("milestone_3", "template"): "service_welcome_regular",
    ("milestone_5", "template"): "result_follow_up",
    ("big_order", "template"): "service_big_thanks",
    ("referral", "template"): "service_review",
    ("segment_at_risk", "template"): "rebook",
    ("segment_cant_lose", "template"): "service_winback",
}
SERVICES_SEQUENCE: dict[int, str] = {
    3: "service_thank_you_day_3",
    14: "progress_check_in",
    30: "rebook",
    60: "course_ending",
}
