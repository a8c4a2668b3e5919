"""Complaint tasks and the check-back after a resolved complaint, over simulated days."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import TaskStatus
from app.services.errors import UserFacingError
from app.services.feedback import records
from app.services.reminders.reasons import format_reason
from app.services.reminders.tasks import list_today
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks

D = dt.date(2026, 3, 2)


def _day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def test_a_low_score_opens_a_complaint_with_a_top_priority_task(db, settings):
    anna = add_customer(db)
    high = records.record_score(db, settings, anna, 7, D, comment="ok")
    assert high.complaint_id is None
    assert tasks(db) == []
    low = records.record_score(db, settings, anna, 6, D, comment="Кофе был холодный")
    assert low.complaint_id is not None
    [task] = tasks(db)
    assert (task["rule"], task["status"], task["due_on"], task["template"]) == (
        "complaint", "open", D, "complaint_apology")
    assert task["params"]["score"] == 6
    assert format_reason("complaint", task["params"], "ru") == (
        "оценка 6 из 10: «Кофе был холодный» — извиниться и решить за 48 часов")
    assert format_reason("complaint", {"score": None, "text": ""}, "en") == (
        "a complaint — apologise and resolve within 48 hours")
    complaint = records.get_complaint(db, low.complaint_id)
    assert complaint is not None
    assert (complaint.text, complaint.status, complaint.score) == ("Кофе был холодный", "open", 6)


def test_the_complaint_task_comes_before_everything_on_today(db, settings):
    only(settings, "not_bought")
    anna, boris = add_customer(db), add_customer(db, "Борис", phone="+79001112233")
    add_order(db, anna, _day(-200))
    records.log_complaint(db, settings, boris, "Порвался пакет", D)
    generate(db, settings, D)
    listed = list_today(db, settings, D)
    assert [t.rule for t in listed][:1] == ["complaint"]
    assert "48" in listed[0].reason("en")


def test_scores_out_of_range_and_empty_complaints_are_refused(db, settings):
    anna = add_customer(db)
    for bad in (-1, 11):
        with pytest.raises(UserFacingError):
            records.record_score(db, settings, anna, bad, D)
    with pytest.raises(UserFacingError):
        records.log_complaint(db, settings, anna, "   ", D)
    with pytest.raises(UserFacingError):
        records.record_score(db, settings, 9999, 5, D)
    assert tasks(db) == []


def test_resolving_closes_the_task_and_the_follow_up_comes_once_then_expires(db, settings):
    only(settings, "complaint_followup")
    anna = add_customer(db)
    complaint = records.log_complaint(db, settings, anna, "Не тот размер", D)
    records.update_complaint(db, complaint, status="in_progress", resolution="",
                             compensation="", compensation_minor=None, today=_day(1))
    assert [t["status"] for t in tasks(db)] == ["open"]
    records.update_complaint(db, complaint, status="resolved", resolution="Обменяли",
                             compensation="Скидка 10 %", compensation_minor=None, today=_day(1))
    assert [t["status"] for t in tasks(db)] == ["done"]
    seen = {}
    for n in range(40):  # walk the days: the follow-up is due 7 days after resolving
        generate(db, settings, _day(n))
        follow = [t for t in tasks(db) if t["rule"] == "complaint_followup"]
        seen[n] = [(t["due_on"], t["status"]) for t in follow]
    assert seen[7] == []
    assert seen[8] == [(_day(8), "open")]
    assert seen[8 + 7] == [(_day(8), "open")]  # the catch-up window (7 days)
    assert seen[8 + 8] == [(_day(8), "missed")]  # expired, never listed again
    assert seen[39] == seen[16]
    assert len([t for t in tasks(db) if t["rule"] == "complaint"]) == 1


def test_reopening_puts_the_task_back_and_cancels_the_follow_up(db, settings):
    only(settings, "complaint_followup")
    anna = add_customer(db)
    complaint = records.log_complaint(db, settings, anna, "Сломалось", D)
    records.update_complaint(db, complaint, status="resolved", resolution="", compensation="",
                             compensation_minor=None, today=D)
    records.update_complaint(db, complaint, status="open", resolution="", compensation="",
                             compensation_minor=None, today=_day(2))
    [task] = tasks(db)
    assert (task["status"], task["due_on"]) == ("open", _day(2))
    generate(db, settings, _day(7))
    assert [t["rule"] for t in tasks(db)] == ["complaint"]


def test_switching_every_rule_off_still_lists_complaints(db, settings):
    """A complaint is never left off the list: the rule has no switch, only its script."""
    only(settings)
    anna = add_customer(db)
    records.record_score(db, settings, anna, 2, D)
    assert [t["rule"] for t in tasks(db)] == ["complaint"]
    assert records.customer_feedback(db, anna).complaints[0].status == "open"


def test_statuses_are_checked(db, settings):
    anna = add_customer(db)
    complaint = records.log_complaint(db, settings, anna, "x", D)
    with pytest.raises(ValueError):
        records.update_complaint(db, complaint, status="closed", resolution="",
                                 compensation="", compensation_minor=None, today=D)
    with pytest.raises(UserFacingError):
        records.update_complaint(db, complaint + 100, status="resolved", resolution="",
                                 compensation="", compensation_minor=None, today=D)
    assert TaskStatus.OPEN.value == tasks(db)[0]["status"]
