"""The card timeline's merges: another card merged into this one (with how many purchase lines
came with it), this card merged into another and brought back, and each undo.

Merge records have no foreign key (they outlive the card merged away), so both sides are found
by id; the other card's name is the one it had when merged.
"""

from __future__ import annotations

import datetime as dt
import json
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
    # A customer has few merges: the record's JSON is read here, the same way on both engines.
    for keep_id, merged_at, undone_at, snapshot_text, keep_name in conn.execute(
            "SELECT m.keep_id, m.merged_at, m.undone_at, m.snapshot_json, k.display_name"
            " FROM customer_merges m LEFT JOIN customers k ON k.id = m.keep_id"
            " WHERE m.keep_id = ? OR m.other_id = ?", (customer_id, customer_id)):
        snapshot = json.loads(snapshot_text)
        other_name = snapshot.get("other", {}).get("display_name")
        lines = len(snapshot.get("moved", {}).get("purchases.customer_id", []))
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
