"""Messages that answer reminders: logging them closes the tasks they answer.

Here, not in services.messages, because reminders already log their contacts through messages:
the dependency runs one way only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.models import ContactOutcome
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.contacts import log_contact
from app.services.messages.outgoing import OutgoingMessage
from app.services.reminders import tasks as task_service


def log_exported(db: Database, items: Iterable[OutgoingMessage], now: dt.datetime) -> int:
    """Log each exported message as a contact; a message answering a reminder also closes it."""
    count = 0
    for item in items:
        if item.task_id is not None:
            try:
                task_service.done(db, item.task_id, now, channel=item.channel,
                                  text=item.text,
                                  template_id=item.template_id, template_name=item.template_name,
                                  outcome=ContactOutcome.EXPORTED.value)
            except UserFacingError:  # the reminder was closed meanwhile: log the touch anyway
                log_contact(db, item.contact(ContactOutcome.EXPORTED.value), now)
        else:
            log_contact(db, item.contact(ContactOutcome.EXPORTED.value), now)
        count += 1
    return count


def close_answered_tasks(db: Database, items: Iterable[OutgoingMessage],
                         now: dt.datetime) -> int:
    """After e-mails went out (each already logged as a contact), close their reminders."""
    closed = 0
    for item in items:
        if item.task_id is None:
            continue
        try:
            task_service.done(db, item.task_id, now, channel=item.channel)
        except UserFacingError:
            continue
        closed += 1
    return closed
