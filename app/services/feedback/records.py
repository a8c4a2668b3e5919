"""Recording scores and complaints, and the Today task a detractor or a complaint gets.

A score of 0-6 is a detractor's: it opens a complaint (its comment as the text), so every
unhappy customer has one record to resolve, with a status, a note and a compensation, and the
48-hour figure counts it. The complaint's Today task is written at once, not at the next start
of the day: the owner who just typed a complaint should see it on the list. It is closed (done)
when the complaint is resolved; one task per complaint (its occasion is the complaint's id).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Complaint, ComplaintStatus, Customer, Score, ScoreSource, Task, TaskStatus
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.reminders import catalog
from app.services.reminders.config import load_config
from app.services.score_scale import DETRACTOR_MAX
from app.services.settings import Settings
from app.services.team import changes, people

COMPLAINT_RULE = "complaint"
# Compensation is at most what an import accepts as an amount (10^10 major units).
MAX_COMPENSATION_MINOR = 10**12
TEXT_IN_REASON = 60


@dataclass(frozen=True)
class ScoreLine:
    id: int
    day: dt.date
    score: int
    comment: str
    source: str


@dataclass(frozen=True)
class ComplaintLine:
    id: int
    customer_id: int
    opened_on: dt.date
    text: str
    status: str
    resolution: str
    compensation: str
    compensation_minor: int | None
    resolved_on: dt.date | None
    score: int | None


@dataclass(frozen=True)
class CustomerFeedback:
    scores: list[ScoreLine]  # newest first
    complaints: list[ComplaintLine]  # newest first


@dataclass(frozen=True)
class Recorded:
    score_id: int
    complaint_id: int | None  # opened because the score was 0-6


def record_score(db: Database, settings: Settings, customer_id: int, score: int, day: dt.date,
                 comment: str = "", source: str = ScoreSource.CARD.value) -> Recorded:
    """Store a score; 0-6 also opens a complaint with its Today task. One transaction."""
    check_score(score)
    if source not in {s.value for s in ScoreSource}:
        raise ValueError(f"unknown score source {source!r}")
    with db.transaction() as session:
        _customer(session, customer_id)
        row = Score(customer_id=customer_id, scored_on=day, score=score,
                    comment=comment.strip(), source=source)
        session.add(row)
        session.flush()
        complaint_id = None
        if score <= DETRACTOR_MAX:
            complaint_id = open_complaint(session, settings, customer_id, day, comment.strip(),
                                           row.id, score)
        return Recorded(row.id, complaint_id)


def log_complaint(db: Database, settings: Settings, customer_id: int, text: str,
                  day: dt.date) -> int:
    """A complaint the owner heard (not a score): open, with its Today task."""
    if not text.strip():
        raise UserFacingError("Write what the customer complained about.")
    with db.transaction() as session:
        _customer(session, customer_id)
        return open_complaint(session, settings, customer_id, day, text.strip(), None, None)


def update_complaint(db: Database, complaint_id: int, *, status: str, resolution: str,
                     compensation: str, compensation_minor: int | None, today: dt.date,
                     now: dt.datetime | None = None) -> None:
    """Change a complaint's status and outcome. Resolving it stamps the day and closes its Today
    task as done; reopening clears the day (the follow-up is then not due)."""
    if status not in {s.value for s in ComplaintStatus}:
        raise ValueError(f"unknown complaint status {status!r}")
    if compensation_minor is not None and not 0 <= compensation_minor <= MAX_COMPENSATION_MINOR:
        raise UserFacingError("The compensation amount is out of range.")
    now = now or dt.datetime.combine(today, dt.time(12))
    with db.transaction() as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise UserFacingError("This complaint no longer exists.")
        was_resolved = complaint.status == ComplaintStatus.RESOLVED.value
        complaint.status = status
        complaint.resolution = resolution.strip()
        complaint.compensation = compensation.strip()
        complaint.compensation_minor = compensation_minor
        if status == ComplaintStatus.RESOLVED.value and not was_resolved:
            complaint.resolved_on = today
        elif status != ComplaintStatus.RESOLVED.value:
            complaint.resolved_on = None
        task = session.scalars(select(Task).where(
            Task.customer_id == complaint.customer_id, Task.rule == COMPLAINT_RULE,
            Task.occasion_key == occasion_key(complaint_id))).first()
        if task is None:
            return
        if status == ComplaintStatus.RESOLVED.value and task.status in (
                TaskStatus.OPEN.value, TaskStatus.SNOOZED.value):
            task.status, task.completed_at = TaskStatus.DONE.value, now
        elif status != ComplaintStatus.RESOLVED.value and task.status == TaskStatus.DONE.value:
            # Reopened: back on the list, as it is not solved after all.
            task.status, task.completed_at, task.due_on = TaskStatus.OPEN.value, None, today


def customer_feedback(db: Database, customer_id: int) -> CustomerFeedback:
    with db.session() as session:
        scores = [ScoreLine(s.id, s.scored_on, s.score, s.comment, s.source)
                  for s in session.scalars(select(Score).where(Score.customer_id == customer_id)
                                           .order_by(Score.scored_on.desc(), Score.id.desc()))]
        by_id = {s.id: s.score for s in scores}
        complaints = [_complaint_line(c, by_id.get(c.score_id) if c.score_id else None)
                      for c in session.scalars(
                          select(Complaint).where(Complaint.customer_id == customer_id)
                          .order_by(Complaint.opened_on.desc(), Complaint.id.desc()))]
    return CustomerFeedback(scores, complaints)


def get_complaint(db: Database, complaint_id: int) -> ComplaintLine | None:
    with db.session() as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            return None
        scored = session.get(Score, c.score_id) if c.score_id else None
        score = scored.score if scored else None
        return _complaint_line(c, score)


def occasion_key(complaint_id: int) -> str:
    return f"complaint:{complaint_id}"


def check_score(score: int) -> None:
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
        raise UserFacingError("A score is a whole number from 0 to 10.")


def _complaint_line(c: Complaint, score: int | None) -> ComplaintLine:
    return ComplaintLine(c.id, c.customer_id, c.opened_on, c.text, c.status, c.resolution,
                         c.compensation, c.compensation_minor, c.resolved_on, score)


def _customer(session: Session, customer_id: int) -> None:
    if session.get(Customer, customer_id) is None:
        raise UserFacingError("This customer no longer exists.")


def open_complaint(session: Session, settings: Settings, customer_id: int, day: dt.date,
                    text: str, score_id: int | None, score: int | None) -> int:
    complaint = Complaint(customer_id=customer_id, score_id=score_id, opened_on=day, text=text,
                          status=ComplaintStatus.OPEN.value, by_person=people.current())
    session.add(complaint)
    session.flush()
    changes.note(session, "complaint")
    cfg = load_config(settings)
    # What they said, shortened, so the reason names the problem.
    said = text if len(text) <= TEXT_IN_REASON else text[:TEXT_IN_REASON - 1] + "…"
    params = {"complaint_id": complaint.id, "opened": day.isoformat(), "score": score,
              "text": said}
    session.add(Task(customer_id=customer_id, rule=COMPLAINT_RULE,
                     occasion_key=occasion_key(complaint.id), due_on=day,
                     status=TaskStatus.OPEN.value,
                     priority=catalog.priority_of(COMPLAINT_RULE),
                     reason_params=json.dumps(params),
                     template_key=str(cfg.value(COMPLAINT_RULE, "template")),
                     created_at=dt.datetime.combine(day, dt.time(9))))
    return complaint.id
