"""Peak moments to ask for a recommendation, beside the repeat purchase the referral rule already
watches: a score of 9-10, a complaint resolved to the customer's satisfaction.

Those records belong to the feedback feature (tables `scores`, `complaints`). Each source reads
one connection into a frame of customer_id, day (day number) and moment (a key of MOMENTS); the
referral rule (reminders.rules.referral) asks on the latest moment per customer, spaced by the
rule's "every N days" like the purchase asks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pandas as pd

from app.services import sql_dialect
from app.services.score_scale import PROMOTER_MIN

PeakSource = Callable[[sqlite3.Connection], pd.DataFrame]

SCORE, COMPLAINT_RESOLVED = "score", "complaint_resolved"

# Today's reason per moment: (Russian, English), worded like reminders.reasons.
MOMENTS = {
    SCORE: ("оценка 9–10 — попросить порекомендовать вас",
            "scored you 9–10 — ask them to recommend you"),
    COMPLAINT_RESOLVED: ("жалоба решена — попросить порекомендовать вас",
                         "a complaint was put right — ask them to recommend you"),
}

COLUMNS = ("customer_id", "day", "moment")


def _promoter_scores(conn: sqlite3.Connection) -> pd.DataFrame:
    day = sql_dialect.day_number(conn, "scored_on")
    return _moments(conn, f"SELECT customer_id, {day} FROM scores WHERE score >= {PROMOTER_MIN}",
                    SCORE)


def _resolved_complaints(conn: sqlite3.Connection) -> pd.DataFrame:
    return _moments(conn, f"SELECT customer_id, {sql_dialect.day_number(conn, 'resolved_on')}"
                          " FROM complaints WHERE status = 'resolved' AND resolved_on IS NOT NULL",
                    COMPLAINT_RESOLVED)


def _moments(conn: sqlite3.Connection, query: str, moment: str) -> pd.DataFrame:
    rows = conn.execute(query).fetchall()
    if not rows:
        return empty()
    frame = pd.DataFrame(rows, columns=["customer_id", "day"])
    frame["moment"] = moment
    return frame


PEAK_SOURCES: list[PeakSource] = [_promoter_scores, _resolved_complaints]


def empty() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": pd.Series(dtype="int64"),
                         "day": pd.Series(dtype="int64"), "moment": pd.Series(dtype="object")})


def load(conn: sqlite3.Connection, sources: list[PeakSource] | None = None) -> pd.DataFrame:
    """Every source's moments, the latest per customer."""
    frames = [source(conn)[list(COLUMNS)] for source in (PEAK_SOURCES if sources is None
                                                          else sources)]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return empty()
    moments = pd.concat(frames, ignore_index=True).astype({"customer_id": "int64",
                                                           "day": "int64"})
    return moments.sort_values(["customer_id", "day"]).drop_duplicates("customer_id",
                                                                        keep="last")


def reason(moment: str, russian: bool) -> str | None:
    texts = MOMENTS.get(moment)
    return None if texts is None else texts[0 if russian else 1]
