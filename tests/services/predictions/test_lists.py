"""The two prediction lists: exactly who is in each, by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.predictions import lists

TODAY = dt.date(2026, 3, 1)
T = day_numbers.from_date(TODAY)


def _frame(rows: dict[int, tuple[float, float, bool, int]]) -> pd.DataFrame:
    """customer_id -> (next_day offset from today or NaN, p_alive or NaN, overdue, at stake)."""
    frame = pd.DataFrame.from_dict(rows, orient="index",
                                   columns=["next_day", "p_alive", "overdue", "at_stake_minor"])
    frame["next_day"] = frame["next_day"] + T
    frame["overdue"] = frame["overdue"].astype(bool)
    return frame


def test_likely_to_buy_soon_is_within_two_weeks_active_and_not_overdue() -> None:
    chosen = lists.select(_frame({
        1: (3, 0.95, False, 0),    # in 3 days, active: yes
        2: (14, 0.70, False, 0),   # the 14th day, exactly at the bar: yes (listed after 1)
        3: (15, 0.95, False, 0),   # a day too late
        4: (5, 0.69, False, 0),    # not active enough
        5: (-1, 0.95, False, 0),   # expected yesterday: no longer "soon"
        6: (0, np.nan, False, 0),  # today, simple estimate (no P(active)): yes, first
        7: (2, np.nan, True, 0),   # overdue
        8: (np.nan, 0.95, False, 0),
    }), TODAY)
    assert chosen.likely_soon == [6, 1, 2]


def test_valuable_and_slipping_away_is_the_top_fifth_at_stake_that_is_slipping() -> None:
    # Ten customers with something at stake 100..1000: the top fifth is >= the 80th percentile,
    # np.quantile([100..1000], 0.8) = 820, i.e. 900 and 1000; 0 at stake never counts.
    rows = {k: (30.0, 0.9, False, 100 * k) for k in range(1, 11)}
    rows[10] = (30.0, 0.5, False, 1000)   # slipping by P(active): yes
    rows[9] = (30.0, np.nan, True, 900)   # overdue (simple estimate): yes
    rows[8] = (30.0, 0.1, False, 800)     # slipping, but below the top fifth
    rows[11] = (30.0, 0.1, True, 0)
    chosen = lists.select(_frame(rows), TODAY)
    assert chosen.slipping_away == [10, 9]
    rows[9] = (30.0, 0.95, False, 900)    # active and on time: not slipping
    assert lists.select(_frame(rows), TODAY).slipping_away == [10]


def test_empty_predictions_give_empty_lists() -> None:
    assert lists.select(_frame({}), TODAY) == lists.PredictionLists([], [])
