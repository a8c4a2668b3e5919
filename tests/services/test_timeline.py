"""The customer's timeline: every provider's events, newest first, one query each."""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services import timeline
from app.services.sales import records
from app.services.sales.records import HandSale
from tests.conftest import TODAY
from tests.services.reminders.data import add_contact, add_customer


def _exec(db, sql: str, *params) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def _line(db, customer: int, day: str, amount: int, product: str, order_id: str | None) -> None:
    _exec(db, "INSERT INTO purchases (customer_id, purchased_on, amount_minor, product, order_id,"
              " dedup_key) VALUES (?,?,?,?,?,abs(random()))", customer, day, amount, product,
          order_id)


def test_every_kind_in_order(db) -> None:
    anna = add_customer(db, "Анна")
    vera = add_customer(db, "Вера")
    olga = add_customer(db, "Ольга")
    _exec(db, "UPDATE customers SET referred_by_id = ?, created_at = '2026-01-05 10:00:00'"
              " WHERE id = ?", vera, anna)
    _exec(db, "UPDATE customers SET referred_by_id = ?, created_at = '2026-06-01 12:00:00'"
              " WHERE id = ?", anna, olga)
    # One order of two lines (an order id), a refund alone, a free gift on another day.
    _line(db, anna, "2026-02-01", 120_000, "Кофе", "#1")
    _line(db, anna, "2026-02-01", 30_000, "Чай", "#1")
    _line(db, anna, "2026-03-01", -30_000, "Чай", "#2")
    _line(db, anna, "2026-04-01", 0, "Пробник", None)
    records.add_sale(db, HandSale(anna, dt.date(2026, 5, 1), 45_050, "Кофе", "из чата"),
                     today=TODAY, region="RU")
    add_contact(db, anna, dt.date(2026, 5, 4), outcome="sent", rule="sequence_day_3")
    _exec(db, "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, status, completed_at)"
              " VALUES (?, 'not_bought', 'x', '2026-07-01', 'skipped', '2026-07-02 09:00:00')",
          anna)
    _exec(db, "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, status)"
              " VALUES (?, 'birthday', 'y', '2026-08-01', 'open')", anna)

    events = timeline.timeline(db, anna)
    assert [(e.day.isoformat(), e.kind, e.amount_minor) for e in events] == [
        ("2026-07-02", "reminder_skipped", None),
        ("2026-06-01", "referred", None),
        ("2026-05-04", "contact", None),
        ("2026-05-01", "hand_sale", 45_050),
        ("2026-04-01", "order", 0),
        ("2026-03-01", "refund", -30_000),
        ("2026-02-01", "order", 150_000),
        ("2026-01-05", "referred_by", None),
    ]
    by_kind = {e.kind: e for e in events}
    assert by_kind["order"].detail == "Кофе, Чай"  # the last "order" seen: the oldest
    assert by_kind["hand_sale"].detail == "Кофе — из чата"
    assert by_kind["referred"].detail == "Ольга" and by_kind["referred_by"].detail == "Вера"
    assert (by_kind["contact"].outcome, by_kind["contact"].rule) == ("sent", "sequence_day_3")
    assert by_kind["reminder_skipped"].rule == "not_bought"
    assert timeline.timeline(db, olga)[0].kind == "referred_by"


def test_a_new_kind_plugs_in_as_a_provider(db) -> None:
    anna = add_customer(db, "Анна")

    def scores(conn: sqlite3.Connection, customer_id: int) -> list[timeline.TimelineEvent]:
        assert customer_id == anna
        return [timeline.TimelineEvent(dt.date(2026, 1, 1), "score", "Score", "9")]

    events = timeline.timeline(db, anna, [*timeline.PROVIDERS, scores])
    assert [(e.kind, e.detail) for e in events] == [("score", "9")]
    assert timeline.timeline(db, anna) == []
