"""Free orders (amount 0) are orders: hand-computed figures, scores and segments for the small
shop of tests/free_shop.py, as of 2026-11-27."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from app.services.database import Database
from app.services.segments import rfm
from app.services.segments.orders import build_orders, customer_summary
from app.services.segments.recompute import recompute
from app.services.segments.reports import WHY_MAP, customer_segments, explain_customer
from tests.free_shop import ANNA, BORIS, DARIA, EVGENY, GRIGORY, VERA, create_free_shop
from tests.services.segments.test_orders import lines

AS_OF = dt.date(2026, 11, 27)

# customer: (orders, days since the last order, money in kopecks, R, F, M, segment)
EXPECTED = {
    # 2 paid orders, last 17 Nov (10 days); 1000 + 2000 ₽. R5 (<= 30 days), F2.
    ANNA: (2, 10, 300_000, 5, 2, 5, "potential_loyalist"),
    # One free sample on 7 Nov: an order of 0 ₽, 20 days ago. Money 0 is M1. R5 F1: new.
    BORIS: (1, 20, 0, 5, 1, 1, "new"),
    # Sample 29 Aug, 1500 ₽ 28 Sep, gift 22 Nov (5 days): three orders, F3.
    VERA: (3, 5, 150_000, 5, 3, 3, "potential_loyalist"),
    # G1 (2000 ₽ line + 500 ₽ refund line) is one order on 30 Jul, 120 days ago: R2.
    # G2 is a refund alone: no order, money down. 2000 - 500 - 300 = 1200 ₽.
    GRIGORY: (1, 120, 120_000, 2, 1, 1, "hibernating"),
    # D1 = a free line and a 400 ₽ refund: a visit 2 days ago; money -400 ₽ clips to 0.
    DARIA: (1, 2, 0, 5, 1, 1, "new"),
}
# M by quintiles among the three paying customers (mid-rank percentiles, n = 3):
# Григорий 1200 ₽: (0 + 1) * 5 // 6 + 1 = 1; Вера 1500 ₽: (1 + 2) * 5 // 6 + 1 = 3;
# Анна 3000 ₽: (2 + 3) * 5 // 6 + 1 = 5. Борис and Дарья paid nothing: M1.


def test_free_lines_make_orders_and_refunds_do_not() -> None:
    purchases = lines((1, "2026-01-01", 0, None), (1, "2026-01-01", 0, None),  # one free order
                      (1, "2026-01-03", 500, "#1"), (1, "2026-01-03", 0, "#1"),  # paid + gift
                      (2, "2026-01-02", 0, "#2"), (2, "2026-01-02", -300, "#2"),
                      (3, "2026-01-04", -100, None))
    orders = build_orders(purchases)
    assert list(zip(orders["customer_id"], orders["amount_minor"], strict=True)) == [
        (1, 0), (1, 500), (2, 0)]
    summary = customer_summary(purchases, orders)
    assert summary["orders_count"].to_dict() == {1: 2, 2: 1, 3: 0}
    assert summary["total_spent_minor"].to_dict() == {1: 500, 2: 0, 3: 0}


def test_recompute_figures_scores_and_segments(db: Database) -> None:
    create_free_shop(db)
    recompute(db, AS_OF)
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT customer_id, orders_count, recency_days, total_spent_minor, r_score,"
            " f_score, m_score, segment FROM customer_stats ORDER BY customer_id").fetchall()
    finally:
        conn.close()
    got = {r[0]: tuple(r[1:]) for r in rows}
    assert {c: got[c] for c in EXPECTED} == EXPECTED
    # Евгений's only line is a refund: no order, no scores, no segment, nothing spent.
    assert got[EVGENY] == (0, None, 0, None, None, None, None)


def test_the_command_frame_agrees_with_the_cache(db: Database) -> None:
    create_free_shop(db)
    frame = customer_segments(db, AS_OF).set_index("customer_id")
    for customer, (orders, recency, money, r, f, m, segment) in EXPECTED.items():
        row = frame.loc[customer]
        assert (row["frequency"], row["recency_days"], row["monetary_minor"]) == (
            orders, recency, money)
        assert (row["r_score"], row["f_score"], row["m_score"], row["segment"]) == (
            r, f, m, segment)
    assert frame.loc[EVGENY, "frequency"] == 0 and pd.isna(frame.loc[EVGENY, "segment"])


def test_a_free_only_customer_is_explained_like_any_other(db: Database) -> None:
    create_free_shop(db)
    recompute(db, AS_OF)
    why = explain_customer(db, BORIS)
    assert (why.orders, why.total_spent_minor, why.segment, why.why) == (1, 0, "new", WHY_MAP)
    assert why.ranges["m"].score == 1


def test_money_zero_is_m1_in_both_modes_and_never_nan() -> None:
    stats = pd.DataFrame({"orders_count": [1, 1, 2, 1], "total_spent_minor": [0, 0, 0, 0],
                          "recency_days": [5.0, 5.0, 40.0, 400.0]}, index=[1, 2, 3, 4])
    for mode in ("quantiles", "bands"):
        scored = rfm.score_frame(stats, rfm.RfmConfig(monetary_mode=mode))
        assert scored["m_score"].tolist() == [1, 1, 1, 1]
    # Free-sample customers do not lift the paying customers' quintiles: four payers keep the
    # scores they would have alone (percentiles 1/8, 3/8, 5/8, 7/8 -> 1, 2, 4, 5).
    payers = pd.DataFrame({"orders_count": [1] * 4, "total_spent_minor": [100, 200, 300, 400],
                           "recency_days": [5.0] * 4}, index=[11, 12, 13, 14])
    alone = rfm.score_frame(payers, rfm.RfmConfig())["m_score"].tolist()
    together = rfm.score_frame(pd.concat([stats, payers]), rfm.RfmConfig())
    assert alone == together.loc[[11, 12, 13, 14], "m_score"].tolist() == [1, 2, 4, 5]


def test_bands_in_force_show_zero_in_the_lowest_money_band(db: Database) -> None:
    create_free_shop(db)
    recompute(db, AS_OF)
    m_bands = {b.score: (b.low, b.high) for b in rfm.bands_in_force(db) if b.dimension == "m"}
    # Observed quintile ranges: M1 holds Борис and Дарья (0) and Григорий (1200 ₽).
    assert m_bands[1] == (0, 120_000) and m_bands[3] == (150_000, 150_000)
    assert m_bands[5] == (300_000, 300_000)
