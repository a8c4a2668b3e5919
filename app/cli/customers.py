"""`customers duplicates|merge|unmerge`: possible duplicates on the command line.

`customers duplicates [--format csv|json]` prints the likely pairs, best first, with the columns
keep_id, other_id, score, reasons, keep_name, other_name (reasons joined by "; " in CSV, a list in
JSON). `customers merge KEEP OTHER` moves everything of customer OTHER to KEEP and removes OTHER;
`customers unmerge OTHER` brings OTHER back exactly as she was (her latest merge). Both write, so
they take the window's lock like `import`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from app.cli.common import SubParsers, add_db_options, open_db_for, subparser
from app.services.errors import UserFacingError

COLUMNS = ["keep_id", "other_id", "score", "reasons", "keep_name", "other_name"]


def register_customers(commands: SubParsers) -> None:
    sub = subparser(commands, "customers", "possible duplicates: list them (duplicates), "
                    "merge two customers (merge KEEP OTHER), undo a merge (unmerge OTHER)",
                    cmd_customers)
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("duplicates", help="the likely pairs, best first: "
                                 + ", ".join(COLUMNS))
    listing.add_argument("--format", choices=("csv", "json"), default="csv",
                         help="output format (default: csv)")
    merge = actions.add_parser("merge", help="move everything of customer OTHER to KEEP "
                               "(purchases, messages, reminders, history) and remove OTHER")
    merge.add_argument("keep", type=int, metavar="KEEP", help="the customer number to keep")
    merge.add_argument("other", type=int, metavar="OTHER", help="the customer number to merge")
    unmerge = actions.add_parser("unmerge", help="undo the merge that removed customer OTHER")
    unmerge.add_argument("other", type=int, metavar="OTHER",
                         help="the customer number that was merged away")
    for action in (listing, merge, unmerge):
        add_db_options(action, default=argparse.SUPPRESS)


def cmd_customers(args: argparse.Namespace) -> int:
    if args.action == "duplicates":
        return _duplicates(args)
    from app.services.clock import Clock
    from app.services.duplicates import actions
    from app.services.duplicates.undoing import latest_merge_of

    db = open_db_for(args, writing=True)
    clock = Clock()
    try:
        if args.action == "merge":
            merge_id = actions.merge(db, args.keep, args.other, as_of=clock.today())
            print(f"Merged customer {args.other} into {args.keep} (merge {merge_id}). "
                  f"Undo with: customers unmerge {args.other}")
        else:
            found = latest_merge_of(db, args.other)
            if found is None:
                raise UserFacingError("Customer number %1 was not merged into anyone.",
                                      params=(args.other,))
            info = actions.unmerge(db, found, as_of=clock.today(), now=clock.now())
            print(f"Customer {info.other_id} ({info.other_name}) is back, apart from "
                  f"customer {info.keep_id}.")
    finally:
        db.dispose()
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    from app.services.duplicates.finding import find_duplicates

    db = open_db_for(args)
    try:
        pairs = find_duplicates(db)
    finally:
        db.dispose()
    records: list[dict[str, Any]] = [
        {"keep_id": p.keep_id, "other_id": p.other_id, "score": p.score,
         "reasons": list(p.reasons), "keep_name": p.keep_name, "other_name": p.other_name}
        for p in pairs]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({**record, "reasons": "; ".join(record["reasons"])})
    return 0
