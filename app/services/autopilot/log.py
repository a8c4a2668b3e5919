"""The autopilot log: what happened to each automatic e-mail, newest first (from the outbox).

Each entry's outcome is the outbox state; its reason is an English source sentence (context
"autopilot") for skips and interruptions, or the mail server's own words for a failure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.autopilot import outbox
from app.services.autopilot.sending import R_EXCLUDED
from app.services.database import Database


@dataclass(frozen=True)
class LogEntry:
    at: dt.datetime  # when it was sent, failed or skipped; planned: when it was planned
    customer_id: int
    name: str
    email: str
    rule: str
    subject: str
    outcome: str  # an outbox state; "sending" (being sent right now) shows as planned
    reason: str


def entries(db: Database, limit: int = 5000) -> list[LogEntry]:
    conn = db.raw_connection()
    try:
        found = conn.execute(
            "SELECT COALESCE(o.finished_at, o.sending_at, o.created_at), o.customer_id,"
            " COALESCE(c.display_name, ''), o.email, o.rule, o.subject, o.state, o.reason"
            " FROM autopilot_outbox o LEFT JOIN customers c ON c.id = o.customer_id"
            " ORDER BY 1 DESC, o.id DESC LIMIT ?", (limit,)).fetchall()
    finally:
        conn.close()
    return [LogEntry(dt.datetime.fromisoformat(str(at)), int(cid), str(name), str(email),
                     str(rule), str(subject),
                     outbox.PLANNED if state == outbox.SENDING else str(state),
                     # outbox.exclude writes the short word; the log shows sending's sentence
                     R_EXCLUDED if reason == "excluded" else str(reason))
            for at, cid, name, email, rule, subject, state, reason in found]
