"""The card timeline's scores and complaints: each score, each complaint opened (with its
status now), and each complaint resolved (how many days it took, the note and compensation).

Status changes other than resolving are not stored with a date, so only the current status is
shown, on the day the complaint was opened.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.timeline import TimelineEvent

SCORE, COMPLAINT, COMPLAINT_RESOLVED = "score", "complaint", "complaint_resolved"
TITLES = {
    SCORE: _T("timeline", "Satisfaction score"),
    COMPLAINT: _T("timeline", "Complaint"),
    COMPLAINT_RESOLVED: _T("timeline", "Complaint resolved"),
}


def _day(text: object) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


def scores(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    return [TimelineEvent(_day(day), SCORE, TITLES[SCORE], str(comment), score=int(score))
            for day, score, comment in conn.execute(
                "SELECT scored_on, score, comment FROM scores WHERE customer_id = ?"
                " ORDER BY scored_on, id", (customer_id,))]


def complaints(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    events = []
    for opened, text, status, resolution, compensation, money, resolved in conn.execute(
            "SELECT opened_on, text, status, resolution, compensation, compensation_minor,"
            " resolved_on FROM complaints WHERE customer_id = ? ORDER BY opened_on, id",
            (customer_id,)):
        opened_on = _day(opened)
        events.append(TimelineEvent(opened_on, COMPLAINT, TITLES[COMPLAINT], str(text),
                                    status=str(status)))
        if resolved:
            resolved_on = _day(resolved)
            detail = " — ".join(str(part) for part in (resolution, compensation) if part)
            events.append(TimelineEvent(
                resolved_on, COMPLAINT_RESOLVED, TITLES[COMPLAINT_RESOLVED], detail,
                count=(resolved_on - opened_on).days,
                money_minor=None if money is None else int(money)))
    return events
