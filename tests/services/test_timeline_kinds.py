"""The timeline kinds other features provide, each on hand-made data through its own service:
scores and complaints, level changes, merges and undos, recommendation bonuses; and the whole
timeline of a customer with thousands of orders reads quickly."""

from __future__ import annotations

import datetime as dt
import time

from app.services import relationship
from app.services.database import Database
from app.services.duplicates import actions
from app.services.duplicates.timeline_events import merges
from app.services.feedback import records
from app.services.feedback.timeline_events import complaints, scores
from app.services.loyalty import levels
from app.services.loyalty.ladder import DEFAULT_LADDER
from app.services.loyalty.timeline_events import level_changes
from app.services.referrals.rewards import record_rewards
from app.services.referrals.timeline_events import bonuses
from app.services.settings import REFERRAL_FRIEND_BONUS, REFERRAL_YOUR_BONUS
from app.services.timeline import Provider, TimelineEvent
from tests.conftest import TODAY
from tests.services.referrals.helpers import add_customer, add_line

D = dt.timedelta(days=1)


def _read(db: Database, provider: Provider, customer_id: int) -> list[TimelineEvent]:
    conn = db.raw_connection()
    try:
        return provider(conn, customer_id)
    finally:
        conn.close()


def test_scores_and_complaints(db, settings) -> None:
    anna = add_customer(db, "Анна")
    vera = add_customer(db, "Вера")
    records.record_score(db, settings, anna, 9, TODAY - 30 * D, "Всё отлично")
    low = records.record_score(db, settings, anna, 4, TODAY - 10 * D, "Долго везли")
    heard = records.log_complaint(db, settings, anna, "Не тот размер", TODAY - 5 * D)
    assert low.complaint_id is not None
    records.update_complaint(db, low.complaint_id, status="resolved", resolution="Извинились",
                             compensation="Скидка", compensation_minor=50_000,
                             today=TODAY - 7 * D)
    records.update_complaint(db, heard, status="in_progress", resolution="",
                             compensation="", compensation_minor=None, today=TODAY)
    records.record_score(db, settings, vera, 10, TODAY)

    assert [(e.day, e.score, e.detail) for e in _read(db, scores, anna)] == [
        (TODAY - 30 * D, 9, "Всё отлично"), (TODAY - 10 * D, 4, "Долго везли")]
    found = _read(db, complaints, anna)
    assert [(e.day, e.kind, e.detail, e.status, e.count, e.money_minor) for e in found] == [
        (TODAY - 10 * D, "complaint", "Долго везли", "resolved", None, None),
        (TODAY - 7 * D, "complaint_resolved", "Извинились — Скидка", "", 3, 50_000),
        (TODAY - 5 * D, "complaint", "Не тот размер", "in_progress", None, None),
    ]
    # Reopened: the resolution day is cleared, so it is no longer shown as resolved.
    records.update_complaint(db, low.complaint_id, status="open", resolution="",
                             compensation="", compensation_minor=None, today=TODAY)
    assert [e.kind for e in _read(db, complaints, anna)] == ["complaint", "complaint"]
    assert [e.score for e in _read(db, scores, vera)] == [10]


def test_level_changes_reached_lowered_by_hand_and_lost(db) -> None:
    anna = add_customer(db, "Анна")
    for n in range(3):
        add_line(db, anna, TODAY - (60 - 10 * n) * D, 100_000, f"#{n}")
    levels.recalculate(db, DEFAULT_LADDER, TODAY - 20 * D)
    # Newest first: the three levels passed, each on the order that reached it.
    assert [(e.day, e.kind, e.level, e.previous_level) for e in _read(db, level_changes, anna)] \
        == [(TODAY - 40 * D, "level_up", "vip", "regular"),
            (TODAY - 50 * D, "level_up", "regular", "new"),
            (TODAY - 60 * D, "level_up", "new", "")]
    levels.set_by_hand(db, anna, "ambassador", TODAY - 15 * D)
    levels.set_by_hand(db, anna, "regular", TODAY - 10 * D)
    top = _read(db, level_changes, anna)[:2]
    assert [(e.day, e.kind, e.level, e.previous_level) for e in top] == [
        (TODAY - 10 * D, "level_hand", "regular", "ambassador"),
        (TODAY - 15 * D, "level_hand", "ambassador", "vip")]
    # Back to the ladder, which (with the ambassador level gone, all orders refunded) lowers.
    levels.set_by_hand(db, anna, None, TODAY - 9 * D)
    conn = db.raw_connection()
    with conn:
        conn.execute("DELETE FROM purchases WHERE customer_id = ? AND order_id != '#0'", (anna,))
    conn.close()
    levels.recalculate(db, DEFAULT_LADDER, TODAY - 5 * D, immediate=True)
    down = _read(db, level_changes, anna)[0]
    assert (down.day, down.kind, down.level, down.previous_level) == (
        TODAY - 5 * D, "level_down", "new", "regular")
    conn = db.raw_connection()
    with conn:
        conn.execute("DELETE FROM purchases WHERE customer_id = ?", (anna,))
    conn.close()
    levels.recalculate(db, DEFAULT_LADDER, TODAY, immediate=True)
    lost = _read(db, level_changes, anna)[0]
    assert (lost.day, lost.kind, lost.level, lost.previous_level) == (
        TODAY, "level_lost", "", "new")
    assert _read(db, level_changes, add_customer(db, "Вера")) == []


def test_merges_and_their_undo_on_both_cards(db) -> None:
    anna = add_customer(db, "Анна Петрова")
    other = add_customer(db, "Аня Петрова")
    add_line(db, anna, TODAY - 20 * D, 100_000)
    for n in range(3):
        add_line(db, other, TODAY - (10 + n) * D, 50_000)
    merge_id = actions.merge(db, anna, other, as_of=TODAY)
    [merged] = _read(db, merges, anna)
    assert (merged.kind, merged.detail, merged.count) == ("merged_in", "Аня Петрова", 3)
    assert merged.at is not None and merged.day == merged.at.date()
    back_at = dt.datetime.combine(TODAY, dt.time(15, 30))
    actions.unmerge(db, merge_id, as_of=TODAY, now=back_at)
    assert [(e.kind, e.detail, e.at) for e in _read(db, merges, anna)] == [
        ("merged_in", "Аня Петрова", merged.at), ("merge_undone", "Аня Петрова", back_at)]
    # The card brought back tells it was merged into Anna and brought back.
    assert [(e.kind, e.detail) for e in _read(db, merges, other)] == [
        ("merged_into", "Анна Петрова"), ("merge_undone", "Анна Петрова")]
    assert _read(db, merges, add_customer(db, "Вера")) == []


def test_recommendation_bonus_on_both_cards(db, settings) -> None:
    settings.set(REFERRAL_FRIEND_BONUS, "−10% на первый заказ")
    settings.set(REFERRAL_YOUR_BONUS, "Подарок")
    anna = add_customer(db, "Анна")
    vera = add_customer(db, "Вера", referred_by=anna)
    add_line(db, vera, TODAY - 3 * D, 120_000, "#1")
    add_line(db, vera, TODAY - 3 * D, 30_000, "#1")
    add_line(db, vera, TODAY - 3 * D, -20_000, "#r")  # a refund is not the first order
    add_line(db, vera, TODAY - 1 * D, 70_000, "#2")
    assert record_rewards(db, settings) == 1
    [for_anna] = _read(db, bonuses, anna)
    assert (for_anna.day, for_anna.kind, for_anna.detail, for_anna.money_minor) == (
        TODAY - 3 * D, "bonus_as_referrer", "Вера — Подарок", 150_000)
    [for_vera] = _read(db, bonuses, vera)
    assert (for_vera.kind, for_vera.detail, for_vera.money_minor) == (
        "bonus_as_friend", "Анна — −10% на первый заказ", 150_000)


def test_whole_timeline_of_a_customer_with_thousands_of_orders(db, settings) -> None:
    anna = add_customer(db, "Анна")
    conn = db.raw_connection()
    with conn:
        conn.executemany(
            "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id)"
            " VALUES (?, ?, ?, ?)",
            [(anna, (TODAY - (n // 3) * D).isoformat(), 1_000 + n, f"#{n}")
             for n in range(6_000)])
    conn.close()
    levels.recalculate(db, DEFAULT_LADDER, TODAY)
    records.record_score(db, settings, anna, 8, TODAY)
    started = time.perf_counter()
    events = relationship.relationship(db, anna)
    took = time.perf_counter() - started
    kinds = [e.kind for e in events]
    assert kinds.count("order") == 6_000 and kinds.count("level_up") == 4
    assert kinds.count("score") == 1
    assert took < 1.0, took
