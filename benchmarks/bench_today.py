"""Reminder generation speed: 100,000 customers, target <= 2 s for `generate_tasks` end to end.

    python benchmarks/bench_today.py [--customers N] [--purchases N] [--db PATH]

Builds the same skewed shop as bench_rfm.py (plus birthdays, tags, contacts and a segment snapshot
from a month ago), recomputes segments, then times the first generation (which inserts the tasks),
a second one (nothing new: the idempotent path run at every start) and today's list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rfm import AS_OF, generate

from app.services.database import open_database
from app.services.reminders.generate import generate_tasks
from app.services.reminders.tasks import today_list
from app.services.segments import orders as orders_mod
from app.services.segments.recompute import recompute
from app.services.settings import Settings


def prepare(db, customers: int, purchases: int) -> None:
    generate(db, customers, purchases)
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("UPDATE customers SET birthday_month = 1 + id % 12,"
                         " birthday_day = 1 + id % 28, tags = CASE WHEN id % 7 = 0 THEN 'опт'"
                         " ELSE '' END, do_not_contact = (id % 50 = 0)")
            conn.execute(
                "INSERT INTO contacts (customer_id, contacted_at, outcome, rule)"
                " SELECT id, datetime(?, '-' || (id % 120) || ' days'), 'sent', 'not_bought'"
                " FROM customers WHERE id % 5 = 0", (AS_OF.isoformat(),))
    finally:
        conn.close()
    month_ago = AS_OF - dt.timedelta(days=30)
    recompute(db, month_ago)
    from app.services.segments.snapshots import take_snapshot

    take_snapshot(db, month_ago)
    recompute(db, AS_OF)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--restock", choices=["on", "off"], default="on",
                        help="the \"time to restock\" rule (on by default in the app)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench_today.sqlite3"
    reuse = path.exists()
    db = open_database(path)
    if reuse:  # a database from an earlier run: start again from no tasks
        conn = db.raw_connection()
        with conn:
            conn.execute("DELETE FROM tasks")
        conn.close()
    else:
        started = time.perf_counter()
        prepare(db, args.customers, args.purchases)
        print(f"prepared {args.customers:,} customers / {args.purchases:,} lines "
              f"in {time.perf_counter() - started:.1f} s")
    settings = Settings(db)
    settings.set("reminder_rules", {"custom": [{"id": "opt", "days": 45, "tag": "опт"}],
                                    "restock": {"enabled": args.restock == "on"}})
    first = generate_tasks(db, settings, AS_OF)
    print(f"first generation:  {first.seconds:.2f} s  ({first.candidates:,} occasions, "
          f"{first.created:,} tasks created)")
    again = generate_tasks(db, settings, AS_OF)
    print(f"second generation: {again.seconds:.2f} s  ({again.created} created — idempotent)")
    started = time.perf_counter()
    listed = today_list(db, settings, AS_OF)
    print(f"today's list:      {time.perf_counter() - started:.2f} s  "
          f"({len(listed.items):,} shown, {listed.waiting:,} waiting)")
    conn = db.raw_connection()
    started = time.perf_counter()
    orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
    conn.close()
    print(f"  of which reading purchases + building orders (services.segments.orders): "
          f"{time.perf_counter() - started:.2f} s")
    # The app's own path: generation follows a recompute, which hands over the orders it built.
    conn = db.raw_connection()
    with conn:
        conn.execute("DELETE FROM tasks")
    conn.close()
    app_first = generate_tasks(db, settings, AS_OF, orders=orders)
    app_again = generate_tasks(db, settings, AS_OF, orders=orders)
    print(f"in the app (orders from the recompute): first {app_first.seconds:.2f} s "
          f"({app_first.created:,} created), second {app_again.seconds:.2f} s")
    standalone = max(first.seconds, again.seconds)
    in_app = max(app_first.seconds, app_again.seconds)
    print(f"target <= 2 s: in the app {'OK' if in_app <= 2.0 else 'SLOWER THAN 2 s'}"
          f" ({in_app:.2f} s); standalone incl. reading purchases {standalone:.2f} s")


if __name__ == "__main__":
    main()
