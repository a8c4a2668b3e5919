"""The estimate below the model's threshold: each customer's own rhythm, shrunk toward the shop's.

Interval: the median gap between her distinct order days, shrunk toward the shop's median gap
(`shop_rhythm`) as if the shop had lent her SHRINK_GAPS typical gaps:

    interval = (k · own median + SHRINK_GAPS · shop median) / (k + SHRINK_GAPS),   k her gaps.

With k >= 2 her own median leads as k grows (k = 2: 40 %, k = 10: 77 %); with one gap it counts
for a quarter; a one-time buyer gets the shop's median. Range (10-90 %): gaps are treated as
log-normal, with the spread of her log-gaps shrunk the same way toward the shop's:
interval · exp(±1.2816 · sd). Overdue: today past the range's upper end.

There is no model of dropping out here, so there is no probability of being active (None). The
90-day orders and 12-month value are run rates of her last 365 days (orders and money in that
year; 90/365 of the orders), which is what "falling back to money spent" means for the value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

SHRINK_GAPS = 3.0
_Z90 = 1.2816  # standard normal 90 % point
_DEFAULT_LOG_SD = 0.5  # a shop with no customer of 3+ orders: a moderate spread


@dataclass(frozen=True)
class ShopRhythm:
    median_gap: float | None  # None: nobody has bought twice
    log_sd: float


def shop_rhythm(history: pd.DataFrame) -> ShopRhythm:
    """The shop's typical gap: the median over customers of their median gaps (each customer
    once, so a few very frequent buyers do not set the shop's pace)."""
    positive = history["interval_median"].dropna().to_numpy()
    positive = positive[positive > 0]
    sds = history["interval_log_sd"].dropna().to_numpy()
    return ShopRhythm(float(np.median(positive)) if len(positive) else None,
                      float(np.median(sds)) if len(sds) else _DEFAULT_LOG_SD)


def estimate(history: pd.DataFrame, shop: ShopRhythm) -> pd.DataFrame:
    """interval, next_day, low_day, high_day (day numbers; NaN when the shop has no rhythm),
    expected_orders_90d, predicted_value_12m_minor, indexed like `history`."""
    k = history["intervals"].fillna(0).to_numpy(dtype=float)
    own = history["interval_median"].to_numpy(dtype=float)
    own_sd = history["interval_log_sd"].to_numpy(dtype=float)
    median = np.nan if shop.median_gap is None else shop.median_gap
    own = np.where(k > 0, own, 0.0)
    interval = (k * own + SHRINK_GAPS * median) / (k + SHRINK_GAPS)
    sd_k = np.where(k >= 2, k, 0.0)  # one gap has no spread
    sd = (sd_k * np.nan_to_num(own_sd) + SHRINK_GAPS * shop.log_sd) / (sd_k + SHRINK_GAPS)
    last = history["last_day"].to_numpy(dtype=float)
    out = pd.DataFrame(index=history.index)
    out["interval"] = interval
    out["next_day"] = last + np.round(interval)
    out["low_day"] = last + np.round(interval * np.exp(-_Z90 * sd))
    out["high_day"] = last + np.round(interval * np.exp(_Z90 * sd))
    out["expected_orders_90d"] = history["orders_year"].to_numpy() * 90 / 365
    out["predicted_value_12m_minor"] = history["spent_year_minor"].to_numpy(dtype=float)
    return out
