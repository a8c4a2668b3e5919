"""Loyalty levels with 100,000 customers and ~1,000,000 purchase lines: the first
recalculation (everyone placed, with the levels they passed), a quiet day after (nothing moves),
a ladder edit (everyone re-levelled) and the preview of an edit.

    python benchmarks/bench_loyalty.py [--customers 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 27)


def build(path: Path, customers: int) -> None:
    from app.services.database import open_database

    rng = random.Random(3)
    db = open_database(path)
    conn = db.raw_connection()
    with conn:
        conn.executemany("INSERT INTO customers (id, display_name) VALUES (?, ?)",
                         ((i, f"Customer {i}") for i in range(1, customers + 1)))
        lines = []
        key = 0
        for cid in range(1, customers + 1):
            for _ in range(min(int(rng.expovariate(1 / 9)) + 1, 60)):
                key += 1
                day = TODAY - dt.timedelta(days=rng.randrange(900))
                amount = rng.randrange(100, 20_000) * 100 * (-1 if rng.random() < 0.02 else 1)
                lines.append((cid, day.isoformat(), amount, key))
        conn.executemany("INSERT INTO purchases (customer_id, purchased_on, amount_minor,"
                         " dedup_key) VALUES (?, ?, ?, ?)", lines)
    conn.close()
    print(f"{customers} customers, {len(lines)} lines")
    db.dispose()


def main() -> None:
    from app.services.database import open_database
    from app.services.loyalty import levels
    from app.services.loyalty.ladder import DEFAULT_LADDER, Ladder, Level
    from app.services.loyalty.preview import preview
    from app.services.segments import orders as orders_mod

    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        build(path, args.customers)
        db = open_database(path)
        conn = db.raw_connection()
        orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
        conn.close()
        stricter = Ladder((Level("new", orders=1), Level("regular", orders=3),
                           Level("vip", orders=6, money_minor=5_000_000, join="or"),
                           Level("ambassador", orders=12)), window="365")
        for name, run in (
            ("first recalculation", lambda: levels.recalculate(db, DEFAULT_LADDER, TODAY,
                                                               orders=orders)),
            ("next day, nothing moves", lambda: levels.recalculate(
                db, DEFAULT_LADDER, TODAY + dt.timedelta(days=1), orders=orders)),
            ("preview of an edit", lambda: preview(db, stricter, TODAY, DEFAULT_LADDER)),
            ("ladder edit applied", lambda: levels.recalculate(db, stricter, TODAY,
                                                               orders=orders, immediate=True)),
        ):
            started = time.perf_counter()
            result = run()
            print(f"{name}: {time.perf_counter() - started:.2f} s  {result!r:.120}")
        db.dispose()


if __name__ == "__main__":
    main()
