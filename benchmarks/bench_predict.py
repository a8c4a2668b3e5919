"""Predictions speed: fit and score 100,000 customers (about 700,000 orders); target <= 5 s.

    python benchmarks/bench_predict.py [--customers N] [--model auto|bgnbd|mbgnbd] [--repeat K]

Orders are drawn vectorised from the BG/NBD story with CDNOW-like parameters in days, first
orders over two years (each customer's own rate, her own chance of leaving after each order).
Times the history (orders -> x, t_x, T, spend, gaps) and the prediction (both model fits when
auto, Gamma-Gamma, every customer's figures and confidence) separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import day_numbers
from app.services.predictions.service import predict_history
from app.services.predictions.summary import history

AS_OF = dt.date(2026, 11, 27)


def make_orders(customers: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    today = day_numbers.from_date(AS_OF)
    rate = rng.gamma(0.8, 1 / 25, customers)  # orders a day while active
    leave = rng.beta(0.6, 6.0, customers)
    first = today - rng.integers(0, 730, customers)
    # Orders after the first: geometric count before leaving, each gap exponential.
    repeats = np.minimum(rng.geometric(np.maximum(leave, 1e-3)) - 1, 60)
    owner = np.repeat(np.arange(customers), repeats)
    gaps = rng.exponential(1 / np.maximum(rate[owner], 1e-4))
    starts = np.r_[0, np.cumsum(repeats)[:-1]]
    cum = np.cumsum(gaps) - np.repeat(np.cumsum(gaps)[starts - 1] * (starts > 0), repeats)
    days = first[owner] + np.floor(cum).astype(np.int64)
    keep = days <= today
    customer = np.r_[np.arange(customers), owner[keep]] + 1
    day = np.r_[first, days[keep]]
    amount = rng.integers(300, 9000, len(day)) * 100
    return pd.DataFrame({"customer_id": customer, "day": day, "amount_minor": amount})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--model", default="auto")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    orders = make_orders(args.customers)
    print(f"{args.customers:,} customers, {len(orders):,} orders")
    for _ in range(args.repeat):
        started = time.perf_counter()
        hist = history(orders, AS_OF)
        built = time.perf_counter()
        prediction = predict_history(hist, AS_OF, args.model)
        done = time.perf_counter()
        print(f"history {built - started:.2f} s, fit and score {done - built:.2f} s, "
              f"total {done - started:.2f} s ({prediction.model}, "
              f"LL {prediction.log_likelihood:.1f})")


if __name__ == "__main__":
    main()
