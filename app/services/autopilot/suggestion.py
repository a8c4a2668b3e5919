"""The first-run suggestion: everything starts manual; once e-mail is set up, the app suggests
autopilot for the two messages that need no personal touch (the day-3 thank-you and the
birthday greeting), once, with one click to turn both on.
"""

from __future__ import annotations

import copy
from typing import Any

from app.services.autopilot.modes import any_automatic
from app.services.messages.sending import SmtpConfig
from app.services.reminders.config import load_config
from app.services.settings import AUTOPILOT_HINT_DONE, REMINDER_RULES, Settings

THANK_YOU_DAY = 3


def should_suggest(settings: Settings) -> bool:
    """E-mail works, nothing is automatic yet, and the owner has not answered the hint."""
    return (not settings.get(AUTOPILOT_HINT_DONE)
            and not SmtpConfig.from_settings(settings).problem()
            and not any_automatic(load_config(settings)))


def dismiss(settings: Settings) -> None:
    settings.set(AUTOPILOT_HINT_DONE, True)


def turn_on_suggested(settings: Settings) -> None:
    """The day-3 thank-you step and the birthday greeting go by autopilot; everything else the
    owner set stays as it was. One write, with the hint marked as answered."""
    stored: dict[str, Any] = copy.deepcopy(settings.get(REMINDER_RULES))
    merged = load_config(settings).raw
    sequence = stored.setdefault("sequence", {})
    if not isinstance(sequence.get("steps"), list):
        sequence["steps"] = copy.deepcopy(merged["sequence"]["steps"])
    for step in sequence["steps"]:
        if isinstance(step, dict) and step.get("day") == THANK_YOU_DAY:
            step["autopilot"] = True
    stored.setdefault("birthday", {})["autopilot"] = True
    settings.set_many({REMINDER_RULES.key: stored, AUTOPILOT_HINT_DONE.key: True})
