"""The Segments page's two prediction lists, from the predictions cache (store).

Likely to buy soon: the next order expected within SOON_DAYS from today (the expected day, not
the range: today <= next_day <= today + SOON_DAYS), not overdue, and, where the model gives one,
P(active) >= ACTIVE_HIGH. The soonest first. A good moment for a reminder of a favourite product.

Valuable and slipping away: what is at stake (predicted 12-month value × P(losing her); money
spent without a model) is among the top SLIPPING_SHARE of customers with something at stake,
and she is slipping: overdue, or P(active) < ACTIVE_HIGH where the model gives one (the simple
estimate has no P(active), so there only the overdue count). Most at stake first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.predictions import store

SOON_DAYS = 14
ACTIVE_HIGH = 0.7
SLIPPING_SHARE = 0.2


@dataclass(frozen=True)
class PredictionLists:
    likely_soon: list[int]
    slipping_away: list[int]


def select(frame: pd.DataFrame, today: dt.date) -> PredictionLists:
    """`frame`: stored predictions (store.read_frame), indexed by customer_id."""
    if frame.empty:
        return PredictionLists([], [])
    day = day_numbers.from_date(today)
    next_day = frame["next_day"].to_numpy(dtype="float64")
    p_alive = frame["p_alive"].to_numpy(dtype="float64")
    overdue = frame["overdue"].to_numpy(dtype=bool)
    known = ~np.isnan(p_alive)
    active = ~known | (p_alive >= ACTIVE_HIGH)
    with np.errstate(invalid="ignore"):
        soon = (next_day >= day) & (next_day <= day + SOON_DAYS) & ~overdue & active
    stake = frame["at_stake_minor"].to_numpy(dtype="float64")
    positive = stake[stake > 0]
    slipping = np.zeros(len(frame), dtype=bool)
    if len(positive):
        threshold = np.quantile(positive, 1 - SLIPPING_SHARE)
        slipping = (stake > 0) & (stake >= threshold) & (overdue | (known & ~active))
    soon_ids = frame.index[soon][np.argsort(next_day[soon], kind="stable")]
    slip_ids = frame.index[slipping][np.argsort(-stake[slipping], kind="stable")]
    return PredictionLists([int(i) for i in soon_ids], [int(i) for i in slip_ids])


def prediction_lists(db: Database, today: dt.date) -> PredictionLists:
    """Both lists from the stored predictions; empty until the first fit."""
    loaded = store.load(db)
    if loaded is None:
        return PredictionLists([], [])
    return select(loaded[1], today)
