"""The card timeline's merges: another card merged into this one (with how many purchase lines
came with it), this card merged into another and brought back, and each undo.

Merge records have no foreign key (they outlive the card merged away), so both sides are found
by id; the other card's name is the one it had when merged.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.timeline import TimelineEvent

MERGED_IN, MERGED_INTO, MERGE_UNDONE = "merged_in", "merged_into", "merge_undone"
TITLES = {
    MERGED_IN: _T("timeline", "Duplicate card merged in"),
    MERGED_INTO: _T("timeline", "Merged into another card"),
    MERGE_UNDONE: _T("timeline", "Merge undone"),
}


def _moment(text: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(text))


def merges(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    events = []
    for keep_id, merged_at, undone_at, other_name, keep_name, lines in conn.execute(
            "SELECT m.keep_id, m.merged_at, m.undone_at,"
            " json_extract(m.snapshot_json, '$.other.display_name'), k.display_name,"
            " json_array_length(m.snapshot_json, '$.moved.\"purchases.customer_id\"')"
            " FROM customer_merges m LEFT JOIN customers k ON k.id = m.keep_id"
            " WHERE m.keep_id = ? OR m.other_id = ?", (customer_id, customer_id)):
        kept = keep_id == customer_id
        name = str(other_name or "") if kept else str(keep_name or "")
        at = _moment(merged_at)
        kind = MERGED_IN if kept else MERGED_INTO
        events.append(TimelineEvent(at.date(), kind, TITLES[kind], name, count=int(lines or 0),
                                    at=at))
        if undone_at:
            back = _moment(undone_at)
            events.append(TimelineEvent(back.date(), MERGE_UNDONE, TITLES[MERGE_UNDONE], name,
                                        at=back))
    return events
