"""NPS, CSI and complaints resolved within 48 hours, against hand computations."""

from __future__ import annotations

import datetime as dt

from app.services.feedback import records
from app.services.feedback.figures import nps_from_scores, period_feedback
from tests.services.reminders.data import add_customer

D = dt.date(2026, 3, 1)


def test_nps_arithmetic_by_hand():
    # 10, 9, 9 promoters (3); 8, 7 passives (2); 6, 3, 0 detractors (3); 8 answers.
    figures = nps_from_scores([10, 9, 9, 8, 7, 6, 3, 0])
    assert (figures.promoters, figures.passives, figures.detractors) == (3, 2, 3)
    assert figures.nps == 0.0
    # 3 promoters, 1 detractor of 5: (3 - 1) / 5 = 40 %.
    assert nps_from_scores([9, 10, 10, 7, 6]).nps == 40.0
    assert nps_from_scores([0, 0]).nps == -100.0
    # CSI: (9 + 10 + 10 + 7 + 6) / 5 = 8.4
    assert nps_from_scores([9, 10, 10, 7, 6]).csi == 8.4


def test_the_empty_case_has_no_nps_and_no_csi(db):
    figures = period_feedback(db, D, D + dt.timedelta(days=30))
    assert figures.answers == 0
    assert figures.nps is None
    assert figures.csi is None
    assert (figures.complaints, figures.resolved_in_time) == (0, 0)


def test_period_figures_count_only_the_period(db, settings):
    anna, boris = add_customer(db, "Анна"), add_customer(db, "Борис", phone="+79001112233")
    records.record_score(db, settings, anna, 10, D)
    records.record_score(db, settings, boris, 9, D + dt.timedelta(days=3))
    records.record_score(db, settings, anna, 5, D + dt.timedelta(days=10))  # opens a complaint
    records.record_score(db, settings, boris, 8, D + dt.timedelta(days=20))
    records.record_score(db, settings, boris, 0, D - dt.timedelta(days=1))  # before the period
    figures = period_feedback(db, D, D + dt.timedelta(days=29))
    # 4 answers: 2 promoters, 1 passive, 1 detractor -> (2 - 1) / 4 = 25 %; CSI 32 / 4 = 8.
    assert (figures.answers, figures.promoters, figures.passives, figures.detractors) == (
        4, 2, 1, 1)
    assert figures.nps == 25.0
    assert figures.csi == 8.0
    assert figures.complaints == 1


def test_complaints_resolved_within_48_hours(db, settings):
    anna = add_customer(db)
    quick = records.log_complaint(db, settings, anna, "Cold coffee", D)
    slow = records.log_complaint(db, settings, anna, "Wrong tea", D)
    records.log_complaint(db, settings, anna, "Still open", D)
    records.update_complaint(db, quick, status="resolved", resolution="Replaced",
                             compensation="", compensation_minor=None,
                             today=D + dt.timedelta(days=2))
    records.update_complaint(db, slow, status="resolved", resolution="Refund",
                             compensation="Refund", compensation_minor=50_000,
                             today=D + dt.timedelta(days=3))
    figures = period_feedback(db, D, D)
    assert (figures.resolved_in_time, figures.complaints) == (1, 3)
