"""The referral reminder at the other peak moments (a source registered by the feature that owns
them, e.g. a 9-10 score), spaced by the rule's "every N days", walked over many days."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from app.services import day_numbers
from app.services.referrals import peaks
from app.services.reminders.reasons import format_reason
from tests.services.reminders.data import add_customer, add_order, generate, only, tasks

D = dt.timedelta


@pytest.fixture
def scores(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, dt.date]]:
    """A stand-in for the feedback feature's scores of 9-10: (customer, day)."""
    given: list[tuple[int, dt.date]] = []

    def source(_conn: sqlite3.Connection) -> pd.DataFrame:
        return pd.DataFrame({"customer_id": [c for c, _ in given],
                             "day": [day_numbers.from_date(d) for _, d in given],
                             "moment": [peaks.SCORE] * len(given)})

    monkeypatch.setattr(peaks, "PEAK_SOURCES", [source])
    return given


def test_a_top_score_asks_on_its_day_then_not_again_within_n_days(db, settings, clock, scores):
    only(settings, "referral", referral={"every_days": 20})
    anna = add_customer(db, "Анна")
    add_order(db, anna, clock.today() - D(days=100))  # one order: no repeat-purchase ask
    asked_on = []
    for day in range(35):  # walk five weeks, a score every 10 days
        if day % 10 == 0:
            scores.append((anna, clock.today()))
        generate(db, settings, clock.today())
        done = [t for t in tasks(db) if t["status"] == "open"]
        for task in done:
            asked_on.append(task["due_on"])
            conn = db.raw_connection()
            with conn:
                conn.execute("UPDATE tasks SET status = 'done', completed_at = ? WHERE id = ?",
                             (f"{clock.today()} 10:00:00", task["id"]))
            conn.close()
        clock.advance(days=1)
    start = clock.today() - D(days=35)
    assert asked_on == [start, start + D(days=20)]  # days 10 and 30 are too soon after
    task = tasks(db)[0]
    assert task["occasion_key"].startswith("peak:")
    assert format_reason("referral", task["params"], "en") == peaks.MOMENTS[peaks.SCORE][1]


def test_without_sources_nothing_changes(db, settings, clock):
    only(settings, "referral")
    anna = add_customer(db, "Анна")
    add_order(db, anna, clock.today() - D(days=100))
    generate(db, settings, clock.today())
    assert tasks(db) == []


def test_the_feedback_features_records_are_the_peak_moments(db, settings, clock):
    """A real 9 from the card and a real resolved complaint ask for a recommendation; a 7 does
    not (a passive)."""
    from app.services.feedback import records

    only(settings, "referral", referral={"every_days": 20})
    anna, boris, vera = (add_customer(db, n) for n in ("Анна", "Борис", "Вера"))
    for who in (anna, boris, vera):
        add_order(db, who, clock.today() - D(days=100))
    records.record_score(db, settings, anna, 9, clock.today())
    records.record_score(db, settings, vera, 7, clock.today())
    complaint = records.log_complaint(db, settings, boris, "The parcel was late", clock.today())
    records.update_complaint(db, complaint, status="resolved", resolution="Sent a new one",
                             compensation="", compensation_minor=None, today=clock.today())
    generate(db, settings, clock.today())
    asked = {t["customer_id"]: t for t in tasks(db) if t["rule"] == "referral"}
    assert set(asked) == {anna, boris}
    assert format_reason("referral", asked[anna]["params"], "en") == peaks.MOMENTS[peaks.SCORE][1]
    assert format_reason("referral", asked[boris]["params"], "en") == peaks.MOMENTS[
        peaks.COMPLAINT_RESOLVED][1]
