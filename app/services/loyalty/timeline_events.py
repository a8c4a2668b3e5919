"""The card timeline's level changes: a level reached, lowered, set by hand, or lost.

Read from the level history (`customer_levels`): each stretch begins with an event, compared
with the stretch before it by its place on the ladder as saved now; a stretch that ended with
none after it is a level lost (every order refunded, or its level taken off the ladder).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.loyalty.levels import HAND, stored_ladder
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.timeline import TimelineEvent

LEVEL_UP, LEVEL_DOWN, LEVEL_HAND, LEVEL_LOST = "level_up", "level_down", "level_hand", "level_lost"
TITLES = {
    LEVEL_UP: _T("timeline", "Level reached"),
    LEVEL_DOWN: _T("timeline", "Level lowered"),
    LEVEL_HAND: _T("timeline", "Level set by hand"),
    LEVEL_LOST: _T("timeline", "Level lost"),
}


def level_changes(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    rows = conn.execute("SELECT level, since, until, how FROM customer_levels"
                        " WHERE customer_id = ? ORDER BY since, id", (customer_id,)).fetchall()
    if not rows:
        return []
    ladder = stored_ladder(conn)
    events = []
    previous: str = ""
    ended: str | None = None  # the day the previous stretch ended
    for level, since, until, how in rows:
        if previous and ended is not None and ended < str(since):
            events.append(_event(ended, LEVEL_LOST, "", previous))
            previous = ""
        if how == HAND:
            kind = LEVEL_HAND
        elif previous and ladder.index_of(str(level)) < ladder.index_of(previous):
            kind = LEVEL_DOWN
        else:
            kind = LEVEL_UP
        events.append(_event(str(since), kind, str(level), previous))
        previous, ended = str(level), until and str(until)
    if ended is not None:
        events.append(_event(ended, LEVEL_LOST, "", previous))
    # Newest first, so levels passed on one day read top down (the timeline's sort is stable).
    return events[::-1]


def _event(day: str, kind: str, level: str, previous: str) -> TimelineEvent:
    return TimelineEvent(dt.date.fromisoformat(day[:10]), kind, TITLES[kind], level=level,
                         previous_level=previous)
