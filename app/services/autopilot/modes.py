"""Which reminders go by themselves, and the line every automatic e-mail ends with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.services.reminders.config import RuleConfig

# The customer's language, not the app's: these are part of the e-mail, like the script.
UNSUBSCRIBE_LINES = {
    "en": "If you would rather not get these e-mails, reply STOP and we won't write again.",
    "ru": "Если не хотите получать такие письма, ответьте СТОП, и мы больше не напишем.",
}


def config_section(rule: str) -> str | None:
    """The `reminder_rules` section a task's rule comes from (None: not configurable here)."""
    if rule.startswith("not_bought"):
        return "not_bought"
    if rule.startswith("sequence_day_"):
        return "sequence"
    if rule == "birthday_soon":  # the heads-up has no script (it is a note for the owner)
        return None
    return rule


def is_automatic(config: RuleConfig, rule: str, params: Mapping[str, Any] | None = None) -> bool:
    """The rule (or the after-purchase step, or the owner's own rule named by the task's
    `rule_id` parameter) is set to "Autopilot by e-mail"."""
    if rule == "custom":
        rule_id = (params or {}).get("rule_id")
        return any(c.autopilot and c.enabled and c.id == rule_id for c in config.custom)
    section = config_section(rule)
    if section is None or not isinstance(config.raw.get(section), dict):
        return False
    if section == "sequence":
        day = rule.removeprefix("sequence_day_")
        return any(step.autopilot for step in config.steps if str(step.day) == day)
    return config.raw[section].get("autopilot") is True


def with_unsubscribe(body: str, language: str) -> str:
    line = UNSUBSCRIBE_LINES.get(language, UNSUBSCRIBE_LINES["en"])
    return f"{body.rstrip()}\n\n--\n{line}\n"


def list_unsubscribe(sender: str) -> str:
    """The List-Unsubscribe header: a reply to the sender with the subject STOP."""
    return f"<mailto:{sender}?subject=STOP>"


def any_automatic(config: RuleConfig) -> bool:
    if any(c.autopilot and c.enabled for c in config.custom):
        return True
    return any(step.autopilot for step in config.steps) or any(
        isinstance(value, dict) and value.get("autopilot") is True and name != "sequence"
        for name, value in config.raw.items())
