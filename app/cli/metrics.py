"""`metrics [--as-of YYYY-MM-DD] [--format json|csv]`: the shop's all-time figures as of a day.

The keys are a contract for scripts: customers (with at least one order), orders, revenue,
repeat_purchase_rate, repeat_revenue_share, mean_days_between_orders,
median_days_between_orders, average_order_value (revenue / orders, free orders included),
historic_clv (revenue / customers), then extra keys. predicted_clv is the fitted model's
predicted money per customer over the next 12 months (predicted_revenue_12m: all customers'),
null when no model is fitted for that day on the current purchases (the start of the day fits
it; a day other than the fit's has none). Rates are fractions 0..1, money in major
units, null (an empty CSV cell) where there is nothing to divide. CSV is a header row and one
row of values, so `csv.DictReader` reads it as one record. Purchases after the day are ignored;
nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from app.cli.common import SubParsers, add_report_options, open_db_for, subparser

KEYS = ["customers", "orders", "revenue", "repeat_purchase_rate", "repeat_revenue_share",
        "mean_days_between_orders", "median_days_between_orders", "average_order_value",
        "historic_clv"]
EXTRA_KEYS = ["as_of", "repeat_customers", "customer_lifetime_days", "predicted_clv",
              "predicted_revenue_12m"]


def register_metrics(commands: SubParsers) -> None:
    sub = subparser(commands, "metrics", "print the shop's all-time figures: customers, orders, "
                    "revenue, repeat purchase rate, days between orders, average order, "
                    "money per customer", cmd_metrics)
    add_report_options(sub, "compute as of this day (default: today); later purchases are ignored")


def cmd_metrics(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.dashboard.overview import FigureSettings, all_time_figures
    from app.services.dashboard.predicted import predicted_clv
    from app.services.settings import Settings

    as_of = args.as_of or Clock().today()
    db = open_db_for(args)
    try:
        figures = all_time_figures(db, as_of, FigureSettings.read(Settings(db)))
        predicted = predicted_clv(db, as_of)
    finally:
        db.dispose()
    record = metrics_record(figures)
    if predicted is not None:
        record["predicted_clv"] = _money(predicted.value.value)
        record["predicted_revenue_12m"] = _money(predicted.total_minor)
    record["as_of"] = as_of.isoformat()
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=KEYS + EXTRA_KEYS, lineterminator="\n")
        writer.writeheader()
        writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return 0


def metrics_record(figures: Any) -> dict[str, Any]:
    """The printed keys from all-time PeriodFigures."""
    money = _money

    def share(value: float | None) -> float | None:
        return None if value is None else round(value, 6)

    def days(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    return {
        "customers": int(figures.repeat_rate.whole),
        "orders": figures.orders,
        "revenue": money(figures.revenue_minor),
        "repeat_purchase_rate": share(figures.repeat_rate.value),
        "repeat_revenue_share": share(figures.repeat_revenue_share.value),
        "mean_days_between_orders": days(figures.mean_days_between),
        "median_days_between_orders": days(figures.median_days_between),
        "average_order_value": money(figures.average_order.value),
        "historic_clv": money(figures.historic_clv.value),
        "as_of": None,
        "repeat_customers": int(figures.repeat_rate.part),
        "customer_lifetime_days": days(figures.lifetime_days),
        "predicted_clv": None,
        "predicted_revenue_12m": None,
    }


def _money(value: float | None) -> float | None:
    """Minor units to major, 2 decimals."""
    from app.services.money import to_units

    return None if value is None else round(float(to_units(round(value))), 2)
