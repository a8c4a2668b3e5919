"""The points ledger in the database: earning derived once from purchases (imports, hand sales,
refunds, an undone import, a merge), redemption and adjustment rules, points off."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.duplicates import actions
from app.services.errors import UserFacingError
from app.services.points import store
from app.services.sales.records import HandSale, add_sale
from tests.services.points.helpers import buy, ledger_rows, points_on
from tests.services.reminders.data import add_customer

D0 = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 9)
D = dt.timedelta(days=1)


def _sync(db, settings, day: dt.date, customer_id: int | None = None) -> int:
    return store.sync(db, settings, day, dt.datetime.combine(day, dt.time(9)), customer_id)


def test_nothing_is_earned_while_points_are_off(db, settings) -> None:
    anna = add_customer(db, "Анна")
    buy(db, anna, D0, 100_000, "o1")
    assert _sync(db, settings, D0) == 0
    assert ledger_rows(db) == []


def test_turning_points_on_does_not_pay_out_the_history(db, settings) -> None:
    anna = add_customer(db, "Анна")
    buy(db, anna, D0 - 10 * D, 100_000, "old")
    points_on(settings, since="")
    buy(db, anna, D0, 40_000, "new")
    assert _sync(db, settings, D0) == 1
    assert settings.get("points_since") == D0.isoformat()
    assert ledger_rows(db) == [(anna, "earned", 2_000, "2026-03-02", "2026-03-16", "o:new")]


def test_earning_is_derived_once_from_imports_and_hand_sales(db, settings) -> None:
    points_on(settings, percent=5, delay=14)
    anna = add_customer(db, "Анна")
    buy(db, anna, D0, 100_000, "o1")
    buy(db, anna, D0, 23_456, "o1")          # a second line of the same order: 1,234.56
    buy(db, anna, D0 + D, 5_000)             # no order id: the day is the order
    buy(db, anna, D0 + D, 4_999)
    assert _sync(db, settings, D0 + D) == 2
    # 5 % of 1,234.56 = 61.728 -> 61.72; 5 % of 99.99 = 4.9995 -> 4.99.
    assert ledger_rows(db, anna) == [
        (anna, "earned", 6_172, "2026-03-02", "2026-03-16", "o:o1"),
        (anna, "earned", 499, "2026-03-03", "2026-03-17", "d:2026-03-03")]
    assert _sync(db, settings, D0 + 2 * D) == 0          # again: nothing twice
    add_sale(db, HandSale(anna, D0 + 2 * D, 20_000, "Чай"), today=D0 + 2 * D, region="RU")
    assert _sync(db, settings, D0 + 2 * D) == 1
    assert _sync(db, settings, D0 + 2 * D) == 0
    assert ledger_rows(db, anna)[-1][1:3] == ("earned", 1_000)
    summary = store.summary(db, settings, anna, D0 + 16 * D, within_days=14)
    assert (summary.balance_minor, summary.waiting_minor) == (6_172 + 499 + 1_000, 0)
    assert store.summary(db, settings, anna, D0 + 15 * D, 14).balance_minor == 6_172 + 499


def test_refunds_and_an_undone_import_take_their_points_back(db, settings) -> None:
    points_on(settings, percent=5, delay=14)
    anna = add_customer(db, "Анна")
    first = buy(db, anna, D0, 100_000, "o1")
    buy(db, anna, D0, 50_000, "o2")
    _sync(db, settings, D0)
    buy(db, anna, D0 + 3 * D, -20_000, "o1")          # a refund line of order o1: now 800.00
    buy(db, anna, D0 + 3 * D, -10_000, "r9")          # a refund on its own: takes back 5.00
    assert _sync(db, settings, D0 + 3 * D) == 2
    rows = ledger_rows(db, anna)
    # The correction keeps the order's activation day, so waiting points are cancelled unseen.
    assert rows[2] == (anna, "earned", -1_000, "2026-03-05", "2026-03-16", "o:o1")
    assert rows[3] == (anna, "earned", -500, "2026-03-05", "2026-03-19", "o:r9")
    # The import of order o2 undone: its lines are gone, so are its points.
    conn = db.raw_connection()
    with conn:
        conn.execute("DELETE FROM purchases WHERE order_id = 'o2'")
    conn.close()
    assert _sync(db, settings, D0 + 4 * D) == 1
    assert ledger_rows(db, anna)[-1][1:3] == ("earned", -2_500)
    assert _sync(db, settings, D0 + 4 * D) == 0
    total = sum(r[2] for r in ledger_rows(db, anna))
    assert total == 4_000 - 500                       # 5 % of 800.00, minus the lone refund
    assert first > 0


def test_redemption_is_capped_and_adjustments_need_a_reason(db, settings) -> None:
    points_on(settings, percent=10, delay=0, share=30)
    anna = add_customer(db, "Анна")
    buy(db, anna, D0, 100_000, "o1")                   # 100.00 points at once
    _sync(db, settings, D0)
    with pytest.raises(UserFacingError, match=r"At most 30\.00"):
        store.redeem(db, settings, anna, 3_001, D0, NOW, order_minor=10_000)
    store.redeem(db, settings, anna, 3_000, D0, NOW, order_minor=10_000)
    with pytest.raises(UserFacingError, match=r"At most 70\.00"):
        store.redeem(db, settings, anna, 7_001, D0, NOW)
    with pytest.raises(UserFacingError, match="why"):
        store.adjust(db, anna, 500, "  ", D0, NOW)
    store.adjust(db, anna, -1_500, "ошибка кассира", D0, NOW)
    summary = store.summary(db, settings, anna, D0, 14)
    assert summary.balance_minor == 10_000 - 3_000 - 1_500
    assert [(e.kind, e.points_minor, e.reason) for e in summary.entries] == [
        ("adjusted", -1_500, "ошибка кассира"), ("redeemed", -3_000, ""),
        ("earned", 10_000, "")]


def test_a_merge_of_duplicates_carries_the_ledger(db, settings) -> None:
    points_on(settings, percent=5, delay=0)
    keep, other = add_customer(db, "Анна"), add_customer(db, "Anna", phone=None)
    buy(db, keep, D0, 100_000, "k1")
    buy(db, other, D0, 40_000, "x1")
    _sync(db, settings, D0)
    store.adjust(db, other, 300, "подарок", D0, NOW)
    actions.merge(db, keep, other, as_of=D0)
    assert {r[0] for r in ledger_rows(db)} == {keep}
    assert _sync(db, settings, D0) == 0                 # the moved orders are already earned
    assert store.summary(db, settings, keep, D0, 14).balance_minor == 5_000 + 2_000 + 300
