"""RFM scores (1-5) and segments per customer: deterministic and tie-aware.

Plain quintiles break on small shops: most customers bought once, so frequency quintile edges
collapse (1, 1, 1, 2, 4) and `rank(method="first")` gives identical one-time buyers different scores
depending on row order. Here equal values always get equal scores:

* bands mode: a value's score is decided by fixed upper limits (searchsorted, no ranking at all);
* quantile mode: a value's score is decided by its mid-rank percentile, (strictly lower + lower or
  equal) / 2n, so every member of a tie group gets the same percentile whatever the row order.

Defaults: R by days bands (<= 30 / 31-60 / 61-90 / 91-180 / > 180), F by order-count bands
(1 / 2 / 3 / 4-5 / 6+), M by quintiles of the shop's own customers. Lost overrides the map when the
last order is older than `lost_after_days`.

A customer whose orders were all free (or all refunded) has money 0 and M1 in either mode. The
quintiles rank only the customers who paid something: a shop handing out many free samples does
not lift its paying customers' M scores.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services.database import Database
from app.services.segments.catalog import segment_for
from app.services.settings import (
    LOST_AFTER_DAYS,
    RFM_FREQUENCY_BANDS,
    RFM_MONETARY_BANDS,
    RFM_MONETARY_MODE,
    RFM_RECENCY_BANDS,
    RFM_RECENCY_MODE,
    Settings,
    SettingSpec,
)

log = logging.getLogger(__name__)

MINOR_PER_MAJOR = 100


@dataclass(frozen=True)
class RfmConfig:
    """Scoring rules in force. Bands are four upper limits; money bands are in minor units."""

    recency_mode: str = "bands"
    recency_bands: tuple[int, ...] = (30, 60, 90, 180)
    frequency_bands: tuple[int, ...] = (1, 2, 3, 5)
    monetary_mode: str = "quantiles"
    monetary_bands_minor: tuple[int, ...] = (100_000, 300_000, 700_000, 1_500_000)
    lost_after_days: int = 365


def band_problems(values: object) -> list[str]:
    """Why a band list cannot be used, as English source sentences (empty when it is fine)."""
    if not isinstance(values, list | tuple) or len(values) != 4:
        return ["Enter exactly four limits."]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return ["Limits must be whole numbers."]
    if values[0] < 0 or any(b <= a for a, b in itertools.pairwise(values)):
        return ["Each limit must be larger than the one before it."]
    return []


def load_config(settings: Settings) -> RfmConfig:
    """The rules from Settings; an unusable band list falls back to its default (and is logged)."""

    def bands(spec: SettingSpec[list[int]]) -> tuple[int, ...]:
        value = settings.get(spec)
        if band_problems(value):
            log.warning("Setting %s=%r is not usable; using the default", spec.key, value)
            value = spec.default
        return tuple(int(v) for v in value)

    return RfmConfig(
        recency_mode=str(settings.get(RFM_RECENCY_MODE)),
        recency_bands=bands(RFM_RECENCY_BANDS),
        frequency_bands=bands(RFM_FREQUENCY_BANDS),
        monetary_mode=str(settings.get(RFM_MONETARY_MODE)),
        monetary_bands_minor=tuple(v * MINOR_PER_MAJOR for v in bands(RFM_MONETARY_BANDS)),
        lost_after_days=int(settings.get(LOST_AFTER_DAYS)),
    )


def score_for_stats(stats: pd.DataFrame, as_of: dt.date, db: Database) -> pd.DataFrame:
    """Scores and segment per customer (index customer_id), with the rules in the settings.

    `stats` is recompute's frame: orders_count, total_spent_minor, recency_days (NaN for a customer
    whose only lines are refunds: no order, so no scores and no segment).
    """
    del as_of  # recency_days already counts from it
    return score_frame(stats, load_config(Settings(db)))


def score_frame(stats: pd.DataFrame, config: RfmConfig) -> pd.DataFrame:
    """The pure part of `score_for_stats`: same inputs in any row order give the same scores."""
    n = len(stats)
    recency = stats["recency_days"].to_numpy(dtype="float64", na_value=np.nan)
    valid = ~np.isnan(recency) & (stats["orders_count"].to_numpy() > 0)
    rec = recency[valid].astype("int64")
    freq = stats["orders_count"].to_numpy()[valid].astype("int64")
    money = stats["total_spent_minor"].to_numpy()[valid].astype("int64")

    if config.recency_mode == "quantiles":
        r = quantile_scores(-rec)
    else:
        r = 5 - np.searchsorted(np.asarray(config.recency_bands), rec, side="left")
    f = 1 + np.searchsorted(np.asarray(config.frequency_bands), freq, side="left")
    if config.monetary_mode == "bands":
        m = 1 + np.searchsorted(np.asarray(config.monetary_bands_minor), money, side="left")
    else:
        m = np.ones(len(money), dtype="int64")
        paid = money > 0
        m[paid] = quantile_scores(money[paid])
    segments = np.where(rec > config.lost_after_days, "lost", SEGMENT_GRID[r - 1, f - 1])

    def spread(values: np.ndarray) -> pd.arrays.IntegerArray:
        full = np.zeros(n, dtype="int64")
        full[valid] = values
        return pd.arrays.IntegerArray(full, ~valid)

    segment = np.full(n, None, dtype=object)
    segment[valid] = segments
    return pd.DataFrame(
        {"r_score": spread(r), "f_score": spread(f), "m_score": spread(m),
         "segment": pd.Series(segment, index=stats.index, dtype=object)},
        index=stats.index,
    )


def quantile_scores(values: np.ndarray) -> np.ndarray:
    """Quintile scores 1..5 (higher value, higher score) from mid-rank percentiles.

    Integer arithmetic only, so the result cannot depend on floating-point rounding or order.
    """
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype="int64")
    ordered = np.sort(values, kind="stable")
    below = np.searchsorted(ordered, values, side="left").astype("int64")
    up_to = np.searchsorted(ordered, values, side="right").astype("int64")
    scores: np.ndarray = np.minimum((5 * (below + up_to)) // (2 * n) + 1, 5)
    return scores


# SEGMENT_GRID[r - 1, f - 1] is the map's segment key.
SEGMENT_GRID = np.array(
    [[segment_for(r, f) for f in range(1, 6)] for r in range(1, 6)], dtype=object
)


@dataclass(frozen=True)
class BandRange:
    """One score's range of values: `low`..`high` inclusive, None for open-ended."""

    dimension: str  # "r" days since last order | "f" orders | "m" money, minor units
    score: int
    low: int | None
    high: int | None
    mode: str  # "bands" | "quantiles"


def bands_in_force(db: Database, config: RfmConfig | None = None) -> list[BandRange]:
    """What each score means right now, for the UI: configured bands, or the value ranges that the
    current quintiles produced (read from the customer_stats cache)."""
    config = config or load_config(Settings(db))
    ranges: list[BandRange] = []
    if config.recency_mode == "bands":
        ranges += _fixed("r", config.recency_bands, descending=True)
    else:
        ranges += _observed(db, "r", "recency_days", "r_score")
    ranges += _fixed("f", config.frequency_bands, descending=False)
    if config.monetary_mode == "bands":
        ranges += _fixed("m", config.monetary_bands_minor, descending=False)
    else:
        ranges += _observed(db, "m", "total_spent_minor", "m_score")
    return ranges


def _fixed(dim: str, bands: tuple[int, ...], *, descending: bool) -> list[BandRange]:
    lows = [None, *[b + 1 for b in bands]]
    highs = [*bands, None]
    scores = range(5, 0, -1) if descending else range(1, 6)
    return [
        BandRange(dim, s, lo, hi, "bands")
        for s, lo, hi in zip(scores, lows, highs, strict=True)
    ]


def _observed(db: Database, dim: str, value_col: str, score_col: str) -> list[BandRange]:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            f"SELECT {score_col}, MIN({value_col}), MAX({value_col}) FROM customer_stats"
            f" WHERE {score_col} IS NOT NULL GROUP BY {score_col} ORDER BY {score_col}"
        ).fetchall()
    finally:
        conn.close()
    found = {int(s): (lo, hi) for s, lo, hi in rows}
    order = range(5, 0, -1) if dim == "r" else range(1, 6)
    return [
        BandRange(dim, s, *(found.get(s, (None, None))), "quantiles") for s in order
    ]
