"""Dashboard speed: 100,000 customers / 1,000,000 lines; target <= 3 s in the background job.

    python benchmarks/bench_dashboard.py [--customers N] [--purchases N] [--db PATH] [--repeat K]

Uses bench_rfm's generated shop (with some reminders and contacts added), then times what the
Dashboard page's jobs run: the period figures beside the previous period's with the reminder
outcomes (`compare_periods`), and the monthly chart's `compute_dashboard`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rfm import AS_OF, generate, timed

from app.services.dashboard.figures import period_figures
from app.services.dashboard.metrics import compute_dashboard
from app.services.dashboard.overview import FigureSettings, compare_periods, load_shop
from app.services.dashboard.periods import default_period
from app.services.database import Database, open_database

TARGET = 3.0


def add_reminders(db: Database, count: int, seed: int = 2) -> None:
    """`count` reminders over the last year, a third contacted, a third skipped, the rest open."""
    rng = np.random.default_rng(seed)
    customer = rng.integers(1, 50_000, size=count)
    due = [(AS_OF - dt.timedelta(days=int(d))).isoformat() for d in rng.integers(0, 365, count)]
    status = rng.choice(["done", "skipped", "open"], size=count)
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany(
                "INSERT INTO tasks (id, customer_id, rule, occasion_key, due_on, status,"
                " template_key) VALUES (?,?,?,?,?,?,?)",
                [(i + 1, int(c), ("lapse", "birthday", "second_order")[i % 3], f"k{i}", d, s,
                  ("lapse_soft", "birthday", "thanks")[i % 3])
                 for i, (c, d, s) in enumerate(zip(customer, due, status, strict=True))])
            conn.executemany(
                "INSERT INTO contacts (customer_id, contacted_at, outcome, rule, task_id)"
                " VALUES (?,?,?,?,?)",
                [(int(c), f"{d} 10:00:00", "sent", "lapse", i + 1)
                 for i, (c, d, s) in enumerate(zip(customer, due, status, strict=True))
                 if s == "done"])
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--reminders", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="reuse/create this database file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        started = time.perf_counter()
        generate(db, args.customers, args.purchases)
        add_reminders(db, args.reminders)
        print(f"generated {args.customers:,} customers / {args.purchases:,} lines / "
              f"{args.reminders:,} reminders in {time.perf_counter() - started:.1f} s -> {path}")

    config = FigureSettings()
    period = default_period(AS_OF)
    print("parts:")
    shop = timed("load_shop (read + orders)", load_shop, db, AS_OF)
    timed("period_figures (one period)", period_figures, shop, period,
          int((AS_OF - dt.date(1970, 1, 1)).days), 180, 365)

    best = {"compare_periods": float("inf"), "compute_dashboard": float("inf")}
    for run in range(args.repeat):
        for name, work in (("compare_periods", lambda: compare_periods(db, period, AS_OF, config)),
                           ("compute_dashboard", lambda: compute_dashboard(db, AS_OF))):
            started = time.perf_counter()
            work()
            elapsed = time.perf_counter() - started
            best[name] = min(best[name], elapsed)
            print(f"{name} run {run + 1}: {elapsed:.3f} s wall")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    worst = max(best.values())
    verdict = "OK" if worst <= TARGET else "TOO SLOW"
    print(f"best: compare_periods {best['compare_periods']:.3f} s, compute_dashboard "
          f"{best['compute_dashboard']:.3f} s (each a job; target <= {TARGET} s) {verdict}; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    db.dispose()
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
