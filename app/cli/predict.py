"""`predict [--as-of YYYY-MM-DD] [--model auto|bgnbd|mbgnbd|simple] [--format table|json]`.

The JSON is a contract for scripts, with exactly these keys: model ("bgnbd" | "mbgnbd" |
"simple"), time_unit ("days"), params {r, alpha, a, b} (alpha in days), gamma_gamma {p, q, v}
(v in major units), log_likelihood, customers [{customer_id, expected_next_order,
p_alive, expected_orders_90d, predicted_value_12m}]. Under "simple" there is no fitted model, so
params, gamma_gamma and log_likelihood are null, and so is each p_alive; gamma_gamma is also
null when too few repeat orders carry a value. expected_next_order is an ISO date, null when the
next order is not expected (P(active) below one half, or no rhythm yet); money in major units.
The table (default) adds the range, confidence and the reason for the model in words.
Read-only: no instance lock, so it works while the app is open.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from app.cli.common import SubParsers, as_of_date, open_db_for, subparser


def register_predict(commands: SubParsers) -> None:
    sub = subparser(commands, "predict", "predict each customer's next order, chance of still "
                    "being active, orders in 90 days and 12-month value", cmd_predict)
    sub.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD",
                     help="predict as of this day (default: today); later purchases are ignored")
    sub.add_argument("--model", choices=("auto", "bgnbd", "mbgnbd", "simple"), default="auto",
                     help="auto (default) chooses by the data; a named model is fitted anyway")
    sub.add_argument("--format", choices=("table", "json"), default="table",
                     help="output format (default: table)")


def cmd_predict(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.predictions.service import predict

    db = open_db_for(args)
    try:
        prediction = predict(db, args.as_of or Clock().today(), args.model)
    finally:
        db.dispose()
    if args.format == "json":
        json.dump(as_json(prediction), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _table(prediction)
    return 0


def as_json(prediction: Any) -> dict[str, Any]:
    frame = prediction.customers
    return {
        "model": prediction.model,
        "time_unit": "days",
        "params": _numbers(prediction.params),
        "gamma_gamma": _numbers(prediction.gamma_gamma),
        "log_likelihood": _number(prediction.log_likelihood),
        "customers": [
            {"customer_id": int(cid), "expected_next_order": _iso(nxt), "p_alive": _number(alive),
             "expected_orders_90d": _number(orders), "predicted_value_12m": _money(value)}
            for cid, nxt, alive, orders, value in zip(
                frame.index, frame["next_day"], frame["p_alive"], frame["expected_orders_90d"],
                frame["predicted_value_12m_minor"], strict=True)
        ],
    }


def _table(prediction: Any) -> None:
    print(f"model: {prediction.model} ({prediction.reason.english()})")
    for note in prediction.notes:
        print(f"note: {note.english()}")
    if prediction.params:
        print("params (days): " + ", ".join(f"{k}={v:.4g}" for k, v in prediction.params.items()))
    print(f"{'customer':>9} {'next order':>10} {'range':>23} {'active':>6} {'90d':>5} "
          f"{'12m value':>10}  confidence (next/active/orders/value)")
    frame = prediction.customers
    for cid, row in zip(frame.index, frame.itertuples(index=False), strict=True):
        alive = "" if math.isnan(row.p_alive) else f"{row.p_alive:.2f}"
        span = f"{_iso(row.low_day) or ''}..{_iso(row.high_day) or ''}"
        nxt = _iso(row.next_day) or "-"
        if row.overdue:
            nxt += "!"
        value = _money(row.predicted_value_12m_minor)
        print(f"{int(cid):>9} {nxt:>10} {span:>23} {alive:>6} {row.expected_orders_90d:5.2f} "
              f"{value:10.2f}  {row.next_order_confidence}/{row.p_alive_confidence}/"
              f"{row.orders_confidence}/{row.value_confidence}")


def _numbers(values: dict[str, float] | None) -> dict[str, float | None] | None:
    return None if values is None else {k: _number(v) for k, v in values.items()}


def _number(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), 6)


def _money(minor: int) -> float:
    from app.services.money import to_units

    return round(float(to_units(int(minor))), 2)


def _iso(day: float) -> str | None:
    from app.services import day_numbers

    return None if math.isnan(day) else day_numbers.to_date(int(day)).isoformat()
