"""Today's list as plain rows (for the CLI and exports): reason worded, script filled in."""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import Any

from app.services.database import Database
from app.services.reminders.tasks import TaskItem, today_list
from app.services.settings import LANGUAGE, Settings

COLUMNS = ["customer_id", "name", "rule", "due_date", "priority", "reason", "channel", "message"]


log = logging.getLogger(__name__)
_reported: set[tuple[str, str]] = set()


def message_for(db: Database, settings: Settings, item: TaskItem, language: str,
                today: dt.date) -> str:
    """The task's script filled in for its customer; "" when there is none or it has an error
    (the error is logged as a warning, naming the script, so a broken script is not silent)."""
    if not item.template_key:
        return ""
    from app.services.messages.library import render_for_customer

    rendered = render_for_customer(db, settings, item.customer_id, item.template_key, language,
                                   today)
    if rendered.error is not None:
        problem = (item.template_key, rendered.error.message)
        if problem not in _reported:  # once per script, not once per customer
            _reported.add(problem)
            log.warning("Message script %r cannot be filled in: %s", *problem)
        return ""
    return rendered.body


def today_rows(db: Database, settings: Settings, today: dt.date, language: str,
               message_language: str | None = None, limit: int = 0) -> list[dict[str, Any]]:
    """Every due reminder (one per customer, as the list shows them), or with `limit` the day's
    list: that many people, counted as the app counts its daily capacity (tasks.today_list).
    Reasons in `language`; messages in `message_language` (default: the same)."""
    messages_in = message_language or language
    return [
        {
            "customer_id": item.customer_id,
            "name": item.name,
            "rule": item.rule,
            "due_date": item.due_on.isoformat(),
            "priority": item.priority,
            "reason": item.reason(language),
            "channel": item.channel,
            "message": message_for(db, settings, item, messages_in, today),
        }
        for item in today_list(db, settings, today, capacity=limit).items
    ]


def default_language(settings: Settings) -> str:
    """The `language` setting, with "system" read from the environment (no Qt here)."""
    chosen = settings.get(LANGUAGE)
    if chosen in ("ru", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith(("ru", "be", "kk", "uk")) else "en"
    return "en"
