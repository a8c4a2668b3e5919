"""An outbox with one e-mail in each outcome, at known times (for the log's tests)."""

from __future__ import annotations

import datetime as dt

from app.services.autopilot import outbox
from app.services.autopilot.planning import plan_due
from app.services.database import Database
from app.services.settings import Settings
from tests.services.autopilot.helpers import shop


def outbox_of_each_kind(db: Database, settings: Settings, today: dt.date) -> list[int]:
    """Покупатель 0 sent at 10:00, 1 failed at 10:05, 2 excluded (planned 09:00), 3 possibly
    sent at 10:10, 4 waiting (planned 09:00). Returns the customer ids in that order."""
    ids = shop(db, settings, today, people=5)
    at = dt.datetime.combine(today, dt.time(9, 0))
    plan_due(db, settings, today, at, "ru")
    row = {r.customer_id: r.id for r in outbox.rows(db)}
    outbox.set_state(db, row[ids[0]], outbox.SENT, at.replace(hour=10))
    outbox.set_state(db, row[ids[1]], outbox.FAILED, at.replace(hour=10, minute=5),
                     "The server refused the address c1@example.com: 550 no such user")
    outbox.exclude(db, outbox.PERSON, ids[2])
    outbox.set_state(db, row[ids[3]], outbox.UNCERTAIN, at.replace(hour=10, minute=10),
                     "Possibly sent: the app stopped while sending. Check your Sent folder; "
                     "it is back on Today.")
    return ids
