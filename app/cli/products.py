"""`products [--as-of YYYY-MM-DD] [--format csv|json]`: every product's figures, and
`suggest CUSTOMER_ID`: what to offer her next, with the evidence, and what she is due to
restock. Both only read.

The `products` columns are a contract for scripts: product, buyers, orders, revenue (major units,
two decimals), came_back_rate (fraction 0..1 of the customers whose first order held the product
who ordered again; empty when nobody's first order held it), replenish_days (median days between
one customer's purchases of it; empty when there is no clear interval). Rows: revenue, highest
first. Computed afresh as of the date.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from app.cli.common import SubParsers, add_report_options, as_of_date, open_db_for, subparser

COLUMNS = ["product", "buyers", "orders", "revenue", "came_back_rate", "replenish_days"]


def register_products(commands: SubParsers) -> None:
    sub = subparser(commands, "products", "print every product's buyers, orders, revenue, "
                    "came-back rate and replenishment interval", cmd_products)
    add_report_options(sub, "compute as of this day (default: today); later purchases are ignored")
    suggest = subparser(commands, "suggest", "print what to offer a customer next, with the "
                        "evidence", cmd_suggest)
    suggest.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    suggest.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD",
                         help="as of this day (default: today)")


def cmd_products(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.products.overview import product_figures

    db = open_db_for(args)
    try:
        frame = product_figures(db, args.as_of or Clock().today())
    finally:
        db.dispose()
    frame = frame.sort_values(["revenue_minor", "name"], ascending=[False, True], kind="stable")
    records = [_record({str(k): v for k, v in row.items()}) for row in frame.to_dict("records")]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            record["revenue"] = f"{record['revenue']:.2f}"
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return 0


def _record(row: dict[str, Any]) -> dict[str, Any]:
    import math

    from app.services.money import to_units

    rate, days = row["came_back_rate"], row["replenish_days"]
    return {
        "product": row["name"],
        "buyers": int(row["buyers"]),
        "orders": int(row["orders"]),
        "revenue": round(to_units(int(row["revenue_minor"])), 2),
        "came_back_rate": None if math.isnan(rate) else round(float(rate), 4),
        "replenish_days": None if math.isnan(days) else (
            int(days) if float(days).is_integer() else round(float(days), 1)),
    }


def cmd_suggest(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.products.restock import reason, restock_due
    from app.services.products.suggest import customer_suggestions, evidence_sentence

    db = open_db_for(args)
    day = args.as_of or Clock().today()
    try:
        found = customer_suggestions(db, args.customer_id, day)
        due = restock_due(db, day)
    finally:
        db.dispose()
    for _, row in due[due["customer_id"] == args.customer_id].iterrows():
        print(reason(row))
    if found.usual_product:
        print(f"usual product: {found.usual_product}")
    if not found.suggestions:
        print("no suggestion: her purchases match no pair the shop's history supports")
    for suggestion in found.suggestions:
        print(f"{suggestion.product}\t{evidence_sentence(suggestion)}")
    return 0
