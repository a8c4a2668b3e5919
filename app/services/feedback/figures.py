"""NPS, CSI and complaints resolved within 48 hours, for a period of days (both ends included).

- **NPS** (Net Promoter Score): of the answers given in the period, the share of promoters
  (9-10) minus the share of detractors (0-6), in percent, from -100 to 100; 7-8 are passives
  and count only in the total. Every answer counts (a customer who answered twice in a period
  counts twice, as survey tools count responses). No answers: no NPS (shown "—").
- **CSI** (customer satisfaction index): the average of the same answers, 0-10.
- **Complaints resolved within 48 hours**: of the complaints opened in the period (a 0-6 score
  opens one), those resolved at most 2 days after the day they were opened: k of n. Days, not
  hours, are stored, so a complaint opened on Monday and resolved on Wednesday counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.database import Database
from app.services.score_scale import DETRACTOR_MAX, PROMOTER_MIN
from app.services.sql_dialect import day_number

RESOLVE_WITHIN_DAYS = 2


@dataclass(frozen=True)
class FeedbackFigures:
    answers: int
    promoters: int
    passives: int
    detractors: int
    score_sum: int
    complaints: int
    resolved_in_time: int

    @property
    def nps(self) -> float | None:
        if not self.answers:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.answers

    @property
    def csi(self) -> float | None:
        return self.score_sum / self.answers if self.answers else None


def nps_from_scores(scores: list[int]) -> FeedbackFigures:
    """The figures of a list of answers (no complaints): for a hand check and the import's
    summary."""
    return FeedbackFigures(
        answers=len(scores), promoters=sum(s >= PROMOTER_MIN for s in scores),
        passives=sum(DETRACTOR_MAX < s < PROMOTER_MIN for s in scores),
        detractors=sum(s <= DETRACTOR_MAX for s in scores), score_sum=sum(scores),
        complaints=0, resolved_in_time=0)


def period_feedback(db: Database, start: dt.date, end: dt.date) -> FeedbackFigures:
    conn = db.raw_connection()
    try:
        answers, promoters, detractors, total = conn.execute(
            "SELECT COUNT(*), COUNT(CASE WHEN score >= ? THEN 1 END),"
            " COUNT(CASE WHEN score <= ? THEN 1 END),"
            " CAST(COALESCE(SUM(score), 0) AS BIGINT) FROM scores WHERE scored_on BETWEEN ? AND ?",
            (PROMOTER_MIN, DETRACTOR_MAX, start.isoformat(), end.isoformat())).fetchone()
        complaints, in_time = conn.execute(
            "SELECT COUNT(*), COUNT(CASE WHEN status = 'resolved' AND resolved_on IS NOT NULL"
            f" AND {day_number(conn, 'resolved_on')} - {day_number(conn, 'opened_on')} <= ?"
            " THEN 1 END) FROM complaints WHERE opened_on BETWEEN ? AND ?",
            (RESOLVE_WITHIN_DAYS, start.isoformat(), end.isoformat())).fetchone()
    finally:
        conn.close()
    return FeedbackFigures(
        answers=int(answers), promoters=int(promoters),
        passives=int(answers) - int(promoters) - int(detractors), detractors=int(detractors),
        score_sum=int(total), complaints=int(complaints), resolved_in_time=int(in_time))
