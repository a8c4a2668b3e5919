"""The backtest on a simulated shop drawn from the BG/NBD process with known parameters:
what the model fitted six months ago predicts per group must match what then happened."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.predictions import backtest

TODAY = dt.date(2026, 6, 1)


def simulated_orders(customers: int, seed: int = 3) -> pd.DataFrame:
    """BG/NBD: rate λ ~ Gamma(r = 0.6, rate α = 25 days); after each order she drops out with
    p ~ Beta(1, 5); gaps exponential(λ). First orders spread over the two years before the cut."""
    rng = np.random.default_rng(seed)
    end = day_numbers.from_date(TODAY)
    rows = []
    for cid in range(1, customers + 1):
        rate = rng.gamma(0.6, 1 / 25)
        drop = rng.beta(1.0, 5.0)
        day = float(end - 182 - rng.uniform(0, 730))
        while day <= end:
            rows.append((cid, int(day), 10_000))
            if rng.random() < drop:
                break
            day += rng.exponential(1 / rate)
    frame = pd.DataFrame(rows, columns=["customer_id", "day", "amount_minor"])
    return frame.drop_duplicates(["customer_id", "day"]).reset_index(drop=True)


def test_predicted_orders_match_what_happened_per_group() -> None:
    result = backtest.backtest_orders(simulated_orders(3000), TODAY)
    assert result.enough and result.model in ("bgnbd", "mbgnbd")
    groups = result.groups.set_index("group")
    assert list(groups.index) == ["1", "2", "3", "4–6", "7+"]
    assert groups["customers"].sum() == 3000
    total_predicted, total_actual = groups["predicted"].sum(), groups["actual"].sum()
    assert abs(total_predicted - total_actual) <= 0.1 * total_actual
    for label, row in groups.iterrows():
        if row["actual"] >= 200:  # a group big enough to judge
            assert abs(row["predicted"] - row["actual"]) <= 0.2 * row["actual"], label


def test_actual_orders_are_counted_after_the_cut_only() -> None:
    orders = simulated_orders(400, seed=5)
    result = backtest.backtest_orders(orders, TODAY)
    cut = day_numbers.from_date(result.cut)
    before = orders[orders["day"] <= cut]
    after = orders[(orders["day"] > cut) & orders["customer_id"].isin(before["customer_id"])]
    assert result.groups["actual"].sum() == len(after)
    assert result.groups["customers"].sum() == before["customer_id"].nunique()


def test_not_enough_history_says_why() -> None:
    few = backtest.backtest_orders(simulated_orders(150), TODAY)
    assert not few.enough and few.reason is not None
    assert "150" in few.reason.english()
    orders = simulated_orders(400)
    recent = orders[orders["day"] > day_numbers.from_date(TODAY) - 182 - 300]
    short = backtest.backtest_orders(recent, TODAY)
    assert not short.enough and short.reason is not None and "365" in short.reason.english()
