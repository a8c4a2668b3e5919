"""Dashboard pictures' numbers: 100,000 customers / 1,000,000 lines; target well under 3 s.

    python benchmarks/bench_dashboard_charts.py [--customers N] [--purchases N] [--db PATH]

Uses bench_rfm's shop (skewed customers, multi-line orders, refunds) and times `compute_charts`
end to end (SQLite read included) and its pandas part alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rfm import AS_OF, generate, timed

from app.services.dashboard.charts_data import charts_from_lines, compute_charts
from app.services.database import open_database
from app.services.segments import orders as orders_mod

TARGET_S = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse/create this database file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        started = time.perf_counter()
        generate(db, args.customers, args.purchases)
        print(f"generated {args.customers:,} customers / {args.purchases:,} lines in "
              f"{time.perf_counter() - started:.1f} s -> {path}")
    conn = db.raw_connection()
    lines = timed("load_order_lines (SQLite)", orders_mod.load_order_lines, conn)
    conn.close()
    timed("charts_from_lines (pandas)", charts_from_lines, lines, AS_OF)
    best = float("inf")
    for run in range(args.repeat):
        started = time.perf_counter()
        data = compute_charts(db, AS_OF)
        elapsed = time.perf_counter() - started
        best = min(best, elapsed)
        print(f"compute_charts run {run + 1}: {elapsed:.3f} s wall"
              f" ({int(data.cohorts.sizes.sum()):,} customers in {len(data.cohorts.months)}"
              " cohorts)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    verdict = "OK" if best <= TARGET_S else "TOO SLOW"
    print(f"best compute_charts: {best:.3f} s wall (target <= {TARGET_S} s) {verdict};"
          f" load average {load:.1f} on {os.cpu_count()} cores")
    db.dispose()
    return 0 if best <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
