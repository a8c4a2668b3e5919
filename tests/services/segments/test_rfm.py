"""RFM scores and segments: every map cell, ties, refunds, the Lost limit, band editing."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from app.services.database import Database
from app.services.day_numbers import from_date as date_to_day
from app.services.segments import rfm
from app.services.segments.catalog import CATALOG, KEYS, segment_for
from app.services.segments.recompute import recompute
from app.services.segments.reports import (
    customer_segments,
    explain_customer,
    rf_grid,
    segment_customers,
    segment_summary,
)
from app.services.settings import Settings

AS_OF = dt.date(2026, 11, 27)

# The map, rows R5..R1, columns F1..F5, written out again independently.
MAP = {
    5: ["new", "potential_loyalist", "potential_loyalist", "champions", "champions"],
    4: ["promising", "potential_loyalist", "potential_loyalist", "loyal", "loyal"],
    3: ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
    2: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    1: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
}
# Hand-made values landing in each default band: R days, F orders.
RECENCY_FOR = {5: 10, 4: 45, 3: 75, 2: 120, 1: 300}
ORDERS_FOR = {1: 1, 2: 2, 3: 3, 4: 5, 5: 8}


def stats_frame(rows: list[tuple[int, int, int, int | None]]) -> pd.DataFrame:
    """(customer_id, orders_count, total_spent_minor, recency_days) -> recompute's stats shape."""
    frame = pd.DataFrame(rows, columns=["customer_id", "orders_count", "total_spent_minor",
                                        "recency_days"]).set_index("customer_id")
    frame["recency_days"] = frame["recency_days"].astype("float64")
    return frame


@pytest.mark.parametrize("r", [5, 4, 3, 2, 1])
@pytest.mark.parametrize("f", [1, 2, 3, 4, 5])
def test_every_map_cell_from_hand_made_values(r: int, f: int) -> None:
    stats = stats_frame([(1, ORDERS_FOR[f], 100_000, RECENCY_FOR[r])])
    scored = rfm.score_frame(stats, rfm.RfmConfig())
    assert (scored.loc[1, "r_score"], scored.loc[1, "f_score"]) == (r, f)
    assert scored.loc[1, "segment"] == MAP[r][f - 1] == segment_for(r, f)


@pytest.mark.parametrize(("days", "score"), [(0, 5), (30, 5), (31, 4), (60, 4), (61, 3),
                                             (90, 3), (91, 2), (180, 2), (181, 1), (365, 1)])
def test_default_recency_band_edges(days: int, score: int) -> None:
    scored = rfm.score_frame(stats_frame([(1, 1, 100, days)]), rfm.RfmConfig())
    assert scored.loc[1, "r_score"] == score


@pytest.mark.parametrize(("orders", "score"), [(1, 1), (2, 2), (3, 3), (4, 4), (5, 4), (6, 5),
                                               (40, 5)])
def test_default_frequency_bands(orders: int, score: int) -> None:
    scored = rfm.score_frame(stats_frame([(1, orders, 100, 5)]), rfm.RfmConfig())
    assert scored.loc[1, "f_score"] == score


def test_money_quintiles_of_distinct_values_are_even() -> None:
    stats = stats_frame([(i, 1, i * 1000, 5) for i in range(1, 11)])
    scored = rfm.score_frame(stats, rfm.RfmConfig())
    assert scored["m_score"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_ties_get_equal_scores_in_any_row_order() -> None:
    # Mostly one-time buyers with identical spend: the case rank(method="first") gets wrong.
    rows = [(i, 1, 50_000, 200) for i in range(1, 61)]
    rows += [(100 + i, 1 + i % 7, 10_000 * (i % 5 + 1), 10 * i) for i in range(40)]
    quantile = rfm.RfmConfig(recency_mode="quantiles")
    base = rfm.score_frame(stats_frame(rows), quantile).sort_index()
    for seed in range(5):
        shuffled = list(np.random.default_rng(seed).permutation(len(rows)))
        again = rfm.score_frame(stats_frame([rows[i] for i in shuffled]), quantile).sort_index()
        pd.testing.assert_frame_equal(base, again)
    one_timers = base.loc[1:60]
    for column in ("r_score", "f_score", "m_score", "segment"):
        assert one_timers[column].nunique() == 1, column


def test_equal_values_equal_scores_even_when_a_tie_spans_a_quintile_edge() -> None:
    money = [100] * 7 + [200, 300, 400]  # the tie of seven covers the first three quintiles
    scored = rfm.score_frame(stats_frame([(i, 1, m, 5) for i, m in enumerate(money)]),
                             rfm.RfmConfig())
    assert scored["m_score"].iloc[:7].nunique() == 1
    assert scored["m_score"].tolist() == sorted(scored["m_score"].tolist())


def test_lost_after_the_limit_overrides_the_map() -> None:
    stats = stats_frame([(1, 8, 900_000, 365), (2, 8, 900_000, 366), (3, 1, 100, 366)])
    scored = rfm.score_frame(stats, rfm.RfmConfig())
    assert scored["segment"].tolist() == ["cant_lose", "lost", "lost"]
    shorter = rfm.score_frame(stats, rfm.RfmConfig(lost_after_days=200))
    assert shorter.loc[1, "segment"] == "lost"


def test_customer_with_only_refunds_has_no_scores() -> None:
    scored = rfm.score_frame(stats_frame([(1, 0, -500, None), (2, 1, 500, 3)]), rfm.RfmConfig())
    assert pd.isna(scored.loc[1, "r_score"]) and pd.isna(scored.loc[1, "segment"])
    assert scored.loc[2, "segment"] == "new"


def add_purchases(db: Database, rows: list[tuple[int, str, int, str | None]]) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            for cid in sorted({r[0] for r in rows}):
                conn.execute("INSERT INTO customers (id, display_name, email) VALUES (?,?,?)",
                             (cid, f"Customer {cid}", f"c{cid}@example.com"))
            conn.executemany("INSERT INTO purchases (customer_id, purchased_on, amount_minor,"
                             " order_id) VALUES (?,?,?,?)", rows)
    finally:
        conn.close()


def test_refunds_reduce_money_and_can_lower_the_m_score(db: Database) -> None:
    add_purchases(db, [(1, "2026-11-20", 100_000, None), (1, "2026-11-22", -90_000, None),
                       (2, "2026-11-20", 20_000, None)])
    Settings(db).set("rfm_monetary_mode", "bands")
    Settings(db).set("rfm_monetary_bands", [100, 300, 700, 1500])  # roubles
    recompute(db, AS_OF)
    table = segment_customers(db).set_index("customer_id")
    assert table.loc[1, "monetary_minor"] == 10_000
    assert table.loc[1, "frequency"] == 1  # a refund is not an order
    assert table.loc[1, "m_score"] == 1 and table.loc[2, "m_score"] == 2


def test_band_editing_changes_scores_and_segments(db: Database) -> None:
    add_purchases(db, [(1, "2026-10-13", 1_000, None), (1, "2026-11-10", 1_000, None)])
    recompute(db, AS_OF)  # 17 days ago, 2 orders: R5 F2
    assert segment_customers(db).loc[0, "segment"] == "potential_loyalist"
    settings = Settings(db)
    settings.set_many({"rfm_recency_bands": [7, 14, 30, 60], "rfm_frequency_bands": [2, 3, 4, 5]})
    recompute(db, AS_OF)  # 17 days: R3 with the new bands; 2 orders: F1
    row = segment_customers(db).loc[0]
    assert (row["r_score"], row["f_score"], row["segment"]) == (3, 1, "about_to_sleep")
    in_force = rfm.bands_in_force(db)
    assert [(b.score, b.low, b.high) for b in in_force if b.dimension == "r"] == [
        (5, None, 7), (4, 8, 14), (3, 15, 30), (2, 31, 60), (1, 61, None)]


def test_unusable_bands_fall_back_to_defaults(db: Database) -> None:
    Settings(db).set("rfm_recency_bands", [90, 60])
    assert rfm.load_config(Settings(db)).recency_bands == (30, 60, 90, 180)
    assert rfm.band_problems([1, 2, 2, 3]) and not rfm.band_problems([1, 2, 3, 4])


def test_recency_quantile_mode_and_observed_ranges(db: Database) -> None:
    add_purchases(db, [(i, (AS_OF - dt.timedelta(days=i * 10)).isoformat(), 1000, None)
                       for i in range(1, 11)])
    Settings(db).set("rfm_recency_mode", "quantiles")
    recompute(db, AS_OF)
    table = segment_customers(db).set_index("customer_id").sort_index()
    assert table["r_score"].tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    r_ranges = [b for b in rfm.bands_in_force(db) if b.dimension == "r"]
    assert (r_ranges[0].score, r_ranges[0].low, r_ranges[0].high) == (5, 10, 20)


def test_summary_grid_and_explanation_on_the_demo_shop(demo_db: Database) -> None:
    summary = segment_summary(demo_db)
    assert list(summary.index) == list(KEYS)
    assert summary["share"].sum() == pytest.approx(1.0)
    assert summary["revenue_share"].sum() == pytest.approx(1.0)
    grid = rf_grid(demo_db)
    assert grid.counts.sum() + grid.lost == summary["customers"].sum()
    assert grid.lost == summary.loc["lost", "customers"]
    champion = segment_customers(demo_db, "champions").iloc[0]
    why = explain_customer(demo_db, int(champion["customer_id"]))
    assert why.segment == "champions" and why.r_score == 5 and why.f_score >= 4
    sentence = why.why.format(**why.why_params)
    assert "Champions" in sentence and f"R{why.r_score}" in sentence
    assert why.ranges["r"].low is None and why.ranges["r"].high == 30


def test_cli_frame_as_of_a_past_date_ignores_later_purchases(db: Database) -> None:
    add_purchases(db, [(1, "2026-01-10", 1000, None), (1, "2026-06-01", 1000, None),
                       (2, "2026-06-01", 500, None)])
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO customers (id, display_name) VALUES (3, 'No orders')")
    conn.close()
    frame = customer_segments(db, dt.date(2026, 2, 1)).set_index("customer_id")
    assert frame.loc[1, "frequency"] == 1 and frame.loc[1, "recency_days"] == 22
    assert frame.loc[2, "frequency"] == 0 and pd.isna(frame.loc[2, "segment"])
    assert pd.isna(frame.loc[3, "segment"]) and pd.isna(frame.loc[3, "r_score"])
    assert date_to_day(dt.date(2026, 2, 1)) - date_to_day(dt.date(2026, 1, 10)) == 22


def test_catalog_is_complete() -> None:
    assert len(CATALOG) == 11 and len(set(KEYS)) == 11
    assert {k for row in MAP.values() for k in row} | {"lost"} == set(KEYS)
    allowed = {"soft_reminder", "upsell", "referral", "winback", "thank_you_day_3", "tip_day_14",
               "offer_day_30", "consultation_day_60", "birthday", "vip_welcome",
               "big_order_thanks", "review_request", "next_wish_5th"}
    assert all(info.template_key in allowed and info.explanation and info.action
               for info in CATALOG)


def test_default_scripts_agree_with_the_message_scripts_module() -> None:
    from app.services.messages.builtins import BUILTIN_KEYS

    assert {info.template_key for info in CATALOG} <= set(BUILTIN_KEYS)
