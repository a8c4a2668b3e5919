"""What the Segments page, the CLI and the customer card read: per-segment summary, the R x F grid,
a segment's customers, and "why is this customer in this segment".

Everything here reads the customer_stats cache (instant), except `customer_segments`, which
computes afresh as of any date for the CLI's `--as-of`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.segments import orders as orders_mod
from app.services.segments import rfm
from app.services.segments.catalog import KEYS, name_of
from app.services.segments.recompute import compute_stats
from app.services.settings import QT_TRANSLATE_NOOP, Settings

SUMMARY_COLUMNS = [
    "customers", "share", "revenue_minor", "revenue_share", "avg_recency_days", "avg_orders",
]
CUSTOMER_COLUMNS = [
    "customer_id", "name", "phone", "email", "recency_days", "frequency", "monetary_minor",
    "r_score", "f_score", "m_score", "segment",
]

_SELECT_CUSTOMERS = (
    "SELECT c.id, c.display_name, COALESCE(c.phone_e164, c.phone_raw, ''), COALESCE(c.email, ''),"
    " s.recency_days, COALESCE(s.orders_count, 0), COALESCE(s.total_spent_minor, 0),"
    " s.r_score, s.f_score, s.m_score, s.segment"
    " FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id"
)


def segment_summary(db: Database) -> pd.DataFrame:
    """One row per segment (all eleven, catalog order, index = key), zero rows included."""
    rows = _query(
        db,
        "SELECT segment, COUNT(*), SUM(total_spent_minor), AVG(recency_days), AVG(orders_count)"
        " FROM customer_stats WHERE segment IS NOT NULL GROUP BY segment",
    )
    found = pd.DataFrame.from_records(
        rows, columns=["segment", "customers", "revenue_minor", "avg_recency_days", "avg_orders"]
    ).set_index("segment")
    summary = found.reindex(list(KEYS))
    summary["customers"] = summary["customers"].fillna(0).astype("int64")
    summary["revenue_minor"] = summary["revenue_minor"].fillna(0).astype("int64")
    total_customers = int(summary["customers"].sum())
    total_revenue = int(summary["revenue_minor"].clip(lower=0).sum())
    summary["share"] = summary["customers"] / total_customers if total_customers else 0.0
    summary["revenue_share"] = (
        summary["revenue_minor"].clip(lower=0) / total_revenue if total_revenue else 0.0
    )
    summary.index.name = "segment"
    return summary[SUMMARY_COLUMNS]


@dataclass(frozen=True)
class RfGrid:
    """Customer counts per R x F cell (counts[r - 1][f - 1]) not counting Lost, plus Lost."""

    counts: np.ndarray
    lost: int


def rf_grid(db: Database) -> RfGrid:
    counts = np.zeros((5, 5), dtype="int64")
    lost = 0
    rows = _query(
        db,
        "SELECT r_score, f_score, segment = 'lost', COUNT(*) FROM customer_stats"
        " WHERE segment IS NOT NULL GROUP BY 1, 2, 3",
    )
    for r, f, is_lost, n in rows:
        if is_lost:
            lost += n
        else:
            counts[r - 1, f - 1] += n
    return RfGrid(counts, lost)


def segment_customers(
    db: Database, segment: str | None = None, customer_ids: list[int] | None = None
) -> pd.DataFrame:
    """Customers (CUSTOMER_COLUMNS) of one segment, or with the given ids, or all; best first."""
    sql, params = _SELECT_CUSTOMERS, []
    if segment is not None:
        sql += " WHERE s.segment = ?"
        params.append(segment)
    rows = _query(db, sql, params)
    frame = _customer_frame(rows)
    if customer_ids is not None:
        frame = frame[frame["customer_id"].isin(customer_ids)]
    return frame.sort_values(
        ["monetary_minor", "customer_id"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def customer_segments(db: Database, as_of: dt.date) -> pd.DataFrame:
    """Every customer's figures, scores and segment computed afresh as of `as_of` (purchases after
    that day ignored), ordered by customer id. Does not touch the cache."""
    conn = db.raw_connection()
    try:
        purchases = orders_mod.load_order_lines(conn)
        people = conn.execute(
            "SELECT id, display_name, COALESCE(phone_e164, phone_raw, ''), COALESCE(email, '')"
            " FROM customers ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    purchases = purchases[purchases["day"] <= day_numbers.from_date(as_of)]
    stats = compute_stats(purchases, as_of)
    scores = rfm.score_frame(stats, rfm.load_config(Settings(db)))
    base = pd.DataFrame.from_records(people, columns=["customer_id", "name", "phone", "email"])
    joined = stats.join(scores).reindex(base["customer_id"].to_numpy())
    rows = [
        (*person, rec, orders, money, r, f, m, seg)
        for person, rec, orders, money, r, f, m, seg in zip(
            people, joined["recency_days"], joined["orders_count"].fillna(0),
            joined["total_spent_minor"].fillna(0), joined["r_score"], joined["f_score"],
            joined["m_score"], joined["segment"], strict=True,
        )
    ]
    return _customer_frame(rows)


def _customer_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=CUSTOMER_COLUMNS)
    for col in ("recency_days", "r_score", "f_score", "m_score"):
        frame[col] = pd.array(
            [None if pd.isna(v) else int(v) for v in frame[col]], dtype="Int64"
        )
    frame["frequency"] = frame["frequency"].astype("int64")
    frame["monetary_minor"] = frame["monetary_minor"].astype("int64")
    frame["segment"] = frame["segment"].where(frame["segment"].notna(), None).astype(object)
    return frame


_T = QT_TRANSLATE_NOOP
WHY_NO_ORDERS = _T("segments", "No orders yet, so no segment.")
WHY_LOST = _T(
    "segments",
    "Days since the last order: {recency_days}, more than the limit of {lost_after_days} — "
    "so the segment is “{segment}”.",
)
WHY_MAP = _T(
    "segments",
    # Counts are written "label: number" so the sentence reads right for 1 as for 5, in both
    # languages, without plural forms.
    "Days since the last order: {recency_days} (R{r_score}); orders: {orders} (F{f_score}) — "
    "so the segment is “{segment}”.",
)


@dataclass(frozen=True)
class CustomerExplanation:
    """Values, scores, segment and why, for the customer card.

    `why` is an English source sentence (context "segments") with `{name}` fields filled from
    `why_params`; the UI translates the sentence, and the segment name in `why_params["segment"]`,
    before formatting.
    """

    customer_id: int
    recency_days: int | None
    orders: int
    total_spent_minor: int
    r_score: int | None
    f_score: int | None
    m_score: int | None
    segment: str | None
    lost_after_days: int
    ranges: dict[str, rfm.BandRange] = field(default_factory=dict)
    why: str = WHY_NO_ORDERS
    why_params: dict[str, object] = field(default_factory=dict)


def explain_customer(db: Database, customer_id: int) -> CustomerExplanation:
    config = rfm.load_config(Settings(db))
    rows = _query(
        db,
        "SELECT recency_days, orders_count, total_spent_minor, r_score, f_score, m_score, segment"
        " FROM customer_stats WHERE customer_id = ?",
        [customer_id],
    )
    if not rows or rows[0][6] is None:
        orders = int(rows[0][1]) if rows else 0
        spent = int(rows[0][2]) if rows else 0
        return CustomerExplanation(customer_id, None, orders, spent, None, None, None, None,
                                   config.lost_after_days)
    rec, orders, spent, r, f, m, segment = rows[0]
    in_force = rfm.bands_in_force(db, config)
    ranges = {
        dim: next(b for b in in_force if b.dimension == dim and b.score == score)
        for dim, score in (("r", r), ("f", f), ("m", m))
    }
    params: dict[str, object] = {
        "recency_days": rec, "orders": orders, "r_score": r, "f_score": f,
        "lost_after_days": config.lost_after_days, "segment": name_of(segment),
    }
    return CustomerExplanation(
        customer_id, rec, orders, spent, r, f, m, segment, config.lost_after_days, ranges,
        WHY_LOST if segment == "lost" else WHY_MAP, params,
    )


def _query(db: Database, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    conn = db.raw_connection()
    try:
        return conn.execute(sql, params or []).fetchall()
    finally:
        conn.close()
