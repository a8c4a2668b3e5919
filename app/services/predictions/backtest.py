"""What we predicted six months ago against what happened: the owner's own check of the model.

The model (predictions.service, "auto") is fitted on the purchases up to the cut, today −
CUT_DAYS, exactly as it would have been then; each customer's expected orders in the CUT_DAYS
after the cut are summed per group of customers by their number of orders at the cut (1, 2, 3,
4–6, 7+) and set against the orders they actually placed (the same order rule as everywhere:
segments.orders). Only customers who had bought by the cut are counted; newcomers since are no
part of what was predicted.

Enough history (else no chart, and the reason in words): at least MIN_CUSTOMERS customers had
bought by the cut (the model's own threshold, choose.MIN_CUSTOMERS: below it the simple estimate
is used, whose check says little), and the shop's first order is at least MIN_HISTORY_DAYS
before the cut (a year, so a season is behind the fit and one ahead is not all that is judged).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.predictions import bgnbd, choose, service, summary
from app.services.predictions.choose import Said
from app.services.segments import orders as orders_mod
from app.services.settings import QT_TRANSLATE_NOOP

CUT_DAYS = 182
MIN_CUSTOMERS = choose.MIN_CUSTOMERS
MIN_HISTORY_DAYS = 365
# (label, fewest orders, most orders; None: no upper bound)
GROUPS: list[tuple[str, int, int | None]] = [
    ("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4–6", 4, 6), ("7+", 7, None)]

FEW_CUSTOMERS = QT_TRANSLATE_NOOP(
    "predictions",
    "Customers who had bought six months ago: {customers}. The check needs at least {needed}.")
SHORT_HISTORY = QT_TRANSLATE_NOOP(
    "predictions",
    "The sales history starts {days} days before the check's starting point; it needs at "
    "least {needed}.")


@dataclass(frozen=True)
class Backtest:
    cut: dt.date
    enough: bool
    reason: Said | None  # why there is no check (enough False)
    model: str | None
    groups: pd.DataFrame  # group (label), customers, predicted, actual; one row per GROUPS


def backtest(db: Database, today: dt.date) -> Backtest:
    conn = db.raw_connection()
    try:
        lines = orders_mod.load_order_lines(conn)
    finally:
        conn.close()
    return backtest_orders(orders_mod.build_orders(lines), today)


def backtest_orders(orders: pd.DataFrame, today: dt.date) -> Backtest:
    """`orders`: customer_id, day (day number), amount_minor, one row per order."""
    cut = today - dt.timedelta(days=CUT_DAYS)
    history = summary.history(orders, cut)
    empty = pd.DataFrame({"group": [g[0] for g in GROUPS], "customers": 0, "predicted": 0.0,
                          "actual": 0})
    if len(history) < MIN_CUSTOMERS:
        return Backtest(cut, False, Said(FEW_CUSTOMERS, {"customers": len(history),
                                                         "needed": MIN_CUSTOMERS}), None, empty)
    span = day_numbers.from_date(cut) - int(history["first_day"].min())
    if span < MIN_HISTORY_DAYS:
        return Backtest(cut, False, Said(SHORT_HISTORY, {"days": span,
                                                         "needed": MIN_HISTORY_DAYS}), None, empty)
    prediction = service.predict_history(history, cut)
    predicted = _expected(prediction, history)
    day = orders["day"].to_numpy()
    after = orders[(day > day_numbers.from_date(cut)) & (day <= day_numbers.from_date(today))]
    actual = after.groupby("customer_id").size().reindex(history.index).fillna(0).to_numpy()
    count = history["orders"].to_numpy()
    rows = []
    for label, low, high in GROUPS:
        member = (count >= low) & (count <= (high if high is not None else np.iinfo(int).max))
        rows.append((label, int(member.sum()), float(predicted[member].sum()),
                     int(actual[member].sum())))
    groups = pd.DataFrame(rows, columns=["group", "customers", "predicted", "actual"])
    return Backtest(cut, True, None, prediction.model, groups)


def _expected(prediction: service.Prediction, history: pd.DataFrame) -> np.ndarray:
    """Each customer's expected orders in the CUT_DAYS after the cut."""
    if prediction.params is None:  # the simple estimate: her last year's run rate
        return history["orders_year"].to_numpy(dtype=float) * CUT_DAYS / 365
    p = prediction.params
    params = bgnbd.Params(p["r"], p["alpha"] / service.WEEK, p["a"], p["b"])
    return bgnbd.expected_orders(
        params, CUT_DAYS / service.WEEK, history["x"].to_numpy(dtype=float),
        history["t_x"].to_numpy(dtype=float) / service.WEEK,
        history["T"].to_numpy(dtype=float) / service.WEEK, prediction.model == "mbgnbd")
