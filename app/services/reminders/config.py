"""Reminder rule settings: typed defaults merged with what the owner stored.

Everything lives in the one `reminder_rules` JSON setting, shaped like DEFAULTS below. A stored
value only has to contain what the owner changed; anything missing, of the wrong type or out of
range falls back to the default, so a hand-edited or older setting never breaks task generation.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from app.services.business import (
    SERVICES_SCRIPTS,
    SERVICES_SEQUENCE,
    SHOP,
    is_services,
    suggested_instalment_days,
)
from app.services.settings import BUSINESS_TYPE, INSTALMENT_DAYS, REMINDER_RULES, Settings

DEFAULTS: dict[str, Any] = {
    # Events that fell due longer ago than this are not dug up (a day-3 thank-you is not sent
    # on day 40 because the app was closed for a month); states (not bought, rhythm, segment
    # moves) have no such cutoff: they are true until the customer buys or is contacted.
    "catch_up_days": 7,
    "not_bought": {"enabled": True, "days": 60, "template": "soft_reminder",
                   "levels": [90, 180, 365], "level_template": "winback"},
    "rhythm": {"enabled": True, "min_orders": 3, "factor": 1.5, "template": "soft_reminder"},
    # "Time to restock": on, but only products with a clear replenishment interval (Products)
    # ever make one (restock_rule.py).
    "restock": {"enabled": True, "template": "restock"},
    # "first": the steps count from a customer's first order and stop when they come back (a
    # regular of 38 orders is not thanked "how do you like it" after each one); "every": each
    # order starts the steps again.
    "sequence": {"enabled": True, "after": "first", "steps": [
        {"day": 3, "template": "thank_you_day_3"},
        {"day": 14, "template": "tip_day_14"},
        {"day": 30, "template": "offer_day_30"},
        {"day": 60, "template": "consultation_day_60"},
    ]},
    # The greeting is due on the day itself (congratulating in advance is bad luck in Russia);
    # heads_up_days > 0 adds a "prepare a gift" reminder that many days before, with no script.
    # (The older "days_before", a greeting in advance, is no longer read.)
    "birthday": {"enabled": True, "heads_up_days": 0, "template": "birthday"},
    "milestone_3": {"enabled": True, "template": "vip_welcome"},
    "milestone_5": {"enabled": True, "template": "next_wish_5th"},
    "big_order": {"enabled": True, "factor": 3.0, "template": "big_order_thanks"},
    "referral": {"enabled": True, "delay_days": 7, "every_days": 90, "template": "referral"},
    "segment_at_risk": {"enabled": True, "template": "consultation_day_60"},
    "segment_cant_lose": {"enabled": True, "template": "winback"},
    # Ask for a 0-10 score N days after the first order, then every N months while they buy;
    # a low score or a complaint lists an apology at once; a resolved complaint is checked on
    # N days later (feedback_rules.py, services/feedback).
    "feedback": {"enabled": True, "delay_days": 7, "every_months": 6, "template": "feedback_ask"},
    # Always on (a complaint is never left off the list): only its script is chosen.
    "complaint": {"template": "complaint_apology"},
    "complaint_followup": {"enabled": True, "delay_days": 7, "template": "complaint_followup"},
    # Loyalty points about to lapse (services/points/reminder.py); found only while points are
    # on (Settings → Points), whose days it takes.
    "points_expiring": {"enabled": True, "template": "points_expiring"},
    # Owner-made "not bought in N days", limited to a product category or a customer tag:
    # {"id": "tea", "enabled": true, "days": 45, "category": "Чай", "tag": "", "template": "..."}
    "custom": [],
}
# Every rule (and each after-purchase step) is Manual (on Today) unless the owner turns on
# "Autopilot by e-mail" for it (app/services/autopilot/).
for _section in DEFAULTS.values():
    if isinstance(_section, dict):
        _section["autopilot"] = False

SEQUENCE_AFTER = ("first", "every")

_LIMITS = {"days": (1, 3650), "heads_up_days": (0, 60), "min_orders": (2, 100),
           "delay_days": (0, 365), "every_days": (1, 3650), "catch_up_days": (1, 365),
           "every_months": (1, 60),
           "factor": (1.0, 100.0), "day": (1, 3650)}


@dataclass(frozen=True)
class SequenceStep:
    day: int
    template: str
    autopilot: bool = False


@dataclass(frozen=True)
class CustomRule:
    id: str
    days: int
    template: str
    category: str = ""
    tag: str = ""
    enabled: bool = True
    autopilot: bool = False  # "Autopilot by e-mail", like a built-in rule


@dataclass(frozen=True)
class RuleConfig:
    """The merged, validated configuration every rule function reads."""

    raw: dict[str, Any]
    steps: tuple[SequenceStep, ...] = field(default=())
    custom: tuple[CustomRule, ...] = field(default=())

    def enabled(self, rule: str) -> bool:
        return bool(self.raw[rule]["enabled"])

    def value(self, rule: str, name: str) -> Any:
        return self.raw[rule][name]

    @property
    def catch_up_days(self) -> int:
        return int(self.raw["catch_up_days"])


def defaults_for(business_type: str) -> dict[str, Any]:
    """DEFAULTS with the scripts of this kind of business (a services business gets the
    services' built-ins where the shop's talk about goods)."""
    defaults = copy.deepcopy(DEFAULTS)
    if is_services(business_type):
        for (rule, name), key in SERVICES_SCRIPTS.items():
            defaults[rule][name] = key
        for step in defaults["sequence"]["steps"]:
            step["template"] = SERVICES_SEQUENCE.get(step["day"], step["template"])
    return defaults


def retarget_scripts(stored: Any, old_type: str, new_type: str) -> Any:
    """`stored` rules for a business that changed its type: every script still at the old
    type's default takes the new type's default; a script the owner chose stays."""
    if not isinstance(stored, dict):
        return stored
    old, new = defaults_for(old_type), defaults_for(new_type)
    result = copy.deepcopy(stored)
    for rule, value in result.items():
        if not isinstance(value, dict) or not isinstance(old.get(rule), dict):
            continue
        for name in ("template", "level_template"):
            if name in value and value[name] == old[rule].get(name):
                value[name] = new[rule][name]
    old_steps = {s["day"]: s["template"] for s in old["sequence"]["steps"]}
    new_steps = {s["day"]: s["template"] for s in new["sequence"]["steps"]}
    steps = result.get("sequence", {}).get("steps") if isinstance(
        result.get("sequence"), dict) else None
    for step in steps if isinstance(steps, list) else []:
        day = step.get("day") if isinstance(step, dict) else None
        if day in old_steps and step.get("template") == old_steps[day]:
            step["template"] = new_steps[day]
    return result


def business_type_values(settings: Settings, new_type: str,
                         rules: Any = None) -> dict[str, Any]:
    """The settings to store when the business becomes `new_type`: the type, the rules
    (`rules`, else the stored ones) with their default scripts switched to the new type's, and
    the instalments window when it is still the old type's."""
    stored = settings.get(REMINDER_RULES) if rules is None else rules
    old_type = settings.get(BUSINESS_TYPE)
    values: dict[str, Any] = {BUSINESS_TYPE.key: new_type,
                              REMINDER_RULES.key: retarget_scripts(stored, old_type, new_type)}
    # Joining instalments follows the kind of business too, unless the owner chose a number.
    if settings.get(INSTALMENT_DAYS) == suggested_instalment_days(old_type):
        values[INSTALMENT_DAYS.key] = suggested_instalment_days(new_type)
    return values


def merge(stored: Any, business_type: str = SHOP) -> dict[str, Any]:
    """The defaults of this kind of business overlaid with the valid parts of `stored`
    (anything else is ignored)."""
    defaults_of_type = defaults_for(business_type)
    merged = copy.deepcopy(defaults_of_type)
    if not isinstance(stored, dict):
        return merged
    merged["catch_up_days"] = _typed(stored.get("catch_up_days"), DEFAULTS["catch_up_days"],
                                     "catch_up_days")
    for rule, defaults in defaults_of_type.items():
        if not isinstance(defaults, dict) or not isinstance(stored.get(rule), dict):
            continue
        for name, default in defaults.items():
            if name in stored[rule] and name != "steps":
                merged[rule][name] = _typed(stored[rule][name], default, name)
        if rule == "sequence" and merged[rule]["after"] not in SEQUENCE_AFTER:
            merged[rule]["after"] = defaults["after"]
        steps = _steps(stored[rule].get("steps"))
        if rule == "sequence" and steps is not None:
            merged[rule]["steps"] = steps
    if isinstance(stored.get("custom"), list):
        merged["custom"] = [c for c in (_custom(item) for item in stored["custom"]) if c]
    return merged


def load_config(settings: Settings) -> RuleConfig:
    return from_dict(settings.get(REMINDER_RULES), settings.get(BUSINESS_TYPE))


def from_dict(stored: Any, business_type: str = SHOP) -> RuleConfig:
    raw = merge(stored, business_type)
    steps = tuple(sorted((SequenceStep(int(s["day"]), str(s["template"]),
                                       s.get("autopilot") is True)
                          for s in raw["sequence"]["steps"]), key=lambda s: s.day))
    custom = tuple(CustomRule(**c) for c in raw["custom"])
    return RuleConfig(raw=raw, steps=steps, custom=custom)


def _typed(value: Any, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int | float) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return default
        low, high = _LIMITS.get(name, (None, None))
        if (low is not None and value < low) or (high is not None and value > high):
            return default
        return int(value) if isinstance(default, int) else float(value)
    if isinstance(default, str):
        return value.strip() if isinstance(value, str) and value.strip() else default
    if isinstance(default, list):
        if isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value
        ):
            return sorted(set(value))
        return default
    return default


def _steps(value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        return None
    steps = []
    for item in value:
        if not isinstance(item, dict):
            return None
        day = _typed(item.get("day"), 0, "day")
        template = item.get("template")
        if day < 1 or not isinstance(template, str) or not template:
            return None
        step: dict[str, Any] = {"day": day, "template": template}
        if item.get("autopilot") is True:
            step["autopilot"] = True
        steps.append(step)
    if len({s["day"] for s in steps}) != len(steps):
        return None
    return steps


def _custom(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict) or not str(item.get("id", "")).strip():
        return None
    category = str(item.get("category") or "").strip()
    tag = str(item.get("tag") or "").strip()
    if not category and not tag:
        return None
    return {"id": str(item["id"]).strip(), "days": _typed(item.get("days"), 60, "days"),
            "template": _typed(item.get("template"), "soft_reminder", "template"),
            "category": category, "tag": tag, "enabled": _typed(item.get("enabled"), True, ""),
            "autopilot": item.get("autopilot") is True}
