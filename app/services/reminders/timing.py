"""What a stored reminder means on a given day: is it still true, and its numbers for that day.

A task is stored once, on the day its occasion is found, but it is read on later days: the list
carries it over, a snooze brings it back. Two things must then be worked out for the day shown,
never taken as frozen at creation:
- an event's validity: `until` in its parameters (rules.py says per rule how long each event
  stays true); tasks stored before events carried it get the same answer from their rule, their
  due day and the catch-up window;
- the numbers that move with the calendar: "no purchase for 92 days" on the day it was found is
  "138 days" six weeks later, "birthday in 3 days" is "tomorrow" two days later.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

# Event rules whose stored tasks may predate `until`: the catch-up window after their due day.
_WINDOWED = ("sequence_day_", "milestone_", "big_order", "referral")
# State rules that store the purchase day their count starts from ("since") and the count ("days").
_COUNTED = ("not_bought", "rhythm", "segment_", "custom", "restock")


def valid_until(rule: str, params: dict[str, Any], due_on: dt.date,
                catch_up_days: int) -> dt.date | None:
    """The last day the reminder may be listed; None for a state (true until it is retired)."""
    stored = _date(params.get("until"))
    if stored is not None:
        return stored
    if rule == "birthday":
        return _date(params.get("date"))
    if rule == "birthday_soon":
        date = _date(params.get("date"))
        return None if date is None else date - dt.timedelta(days=1)
    if rule.startswith(_WINDOWED):
        return due_on + dt.timedelta(days=catch_up_days)
    return None


def expired(rule: str, params: dict[str, Any], due_on: dt.date, catch_up_days: int,
            today: dt.date) -> bool:
    until = valid_until(rule, params, due_on, catch_up_days)
    return until is not None and until < today


def for_day(rule: str, params: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """`params` with the day-dependent numbers recomputed for `today`."""
    if rule.startswith(_COUNTED) and "days" in params:
        since = _date(params.get("since"))
        if since is not None:
            return {**params, "days": (today - since).days}
    if rule in ("birthday", "birthday_soon"):
        date = _date(params.get("date"))
        if date is not None:
            return {**params, "in_days": (date - today).days}
    return params


def parse_params(text: str | None) -> dict[str, Any]:
    """A task's stored reason parameters; {} for anything that is not a JSON object."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
