"""Today's list as plain rows (for the CLI and exports): reason worded, script filled in."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from app.services.database import Database
from app.services.reminders.tasks import TaskItem, list_today
from app.services.settings import Settings

COLUMNS = ["customer_id", "name", "rule", "due_date", "priority", "reason", "channel", "message"]


def message_for(db: Database, settings: Settings, item: TaskItem, language: str,
                today: dt.date) -> str:
    """The task's script filled in for its customer; "" when there is none or it has an error."""
    if not item.template_key:
        return ""
    try:
        from app.services.templates import render_for_customer
    except ImportError:  # the message-scripts work is not installed
        return ""
    rendered = render_for_customer(db, settings, item.customer_id, item.template_key, language,
                                   today)
    return "" if rendered.error is not None else rendered.body


def today_rows(db: Database, settings: Settings, today: dt.date,
               language: str) -> list[dict[str, Any]]:
    return [
        {
            "customer_id": item.customer_id,
            "name": item.name,
            "rule": item.rule,
            "due_date": item.due_on.isoformat(),
            "priority": item.priority,
            "reason": item.reason(language),
            "channel": item.channel,
            "message": message_for(db, settings, item, language, today),
        }
        for item in list_today(db, settings, today)
    ]


def default_language(settings: Settings) -> str:
    """The `language` setting, with "system" read from the environment (no Qt here)."""
    chosen = settings.get("language")
    if chosen in ("ru", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith(("ru", "be", "kk", "uk")) else "en"
    return "en"
