"""Dashboard page open: its figures, monthly-chart and pictures jobs together, 1,000,000 lines.

    python benchmarks/bench_dashboard_open.py [--db PATH] [--repeat K]

Runs the three jobs at once on two threads, as the page's job pool does, in two ways taken in
turn (the machine may be shared: alternating spreads its load over both): "separate" (each job
reads the purchases itself, as before SharedOrders) and "shared" (one SharedOrders for the
three). Prints each run and the medians; the target is the page's figures within 3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard import add_reminders
from bench_rfm import AS_OF, generate

from app.services.dashboard.charts_data import compute_charts
from app.services.dashboard.metrics import compute_dashboard
from app.services.dashboard.overview import FigureSettings, compare_periods
from app.services.dashboard.periods import default_period
from app.services.dashboard.shared import SharedOrders
from app.services.database import Database, open_database

TARGET = 3.0


def page_open(db: Database, shared: bool) -> tuple[float, float]:
    """(seconds until the figures arrived, seconds until all three did)."""
    source = SharedOrders(db, AS_OF) if shared else None
    period, config = default_period(AS_OF), FigureSettings()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        figures = pool.submit(lambda: (compare_periods(db, period, AS_OF, config, source=source),
                                       time.perf_counter())[1])
        pool.submit(compute_dashboard, db, AS_OF, source=source)
        pool.submit(compute_charts, db, AS_OF, source=source)
        figures_done = figures.result() - started
    return figures_done, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse/create this database file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        generate(db, 100_000, 1_000_000)
        add_reminders(db, 20_000)
    runs: dict[str, list[tuple[float, float]]] = {"separate": [], "shared": []}
    for run in range(args.repeat):
        for mode in ("separate", "shared") if run % 2 == 0 else ("shared", "separate"):
            figures, total = page_open(db, mode == "shared")
            runs[mode].append((figures, total))
            print(f"run {run + 1} {mode:8}: figures {figures:.3f} s, all three {total:.3f} s")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for mode, found in runs.items():
        print(f"median {mode:8}: figures {statistics.median(f for f, _ in found):.3f} s, "
              f"all three {statistics.median(t for _, t in found):.3f} s")
    worst = statistics.median(t for _, t in runs["shared"])
    print(f"target <= {TARGET} s for all three: {'OK' if worst <= TARGET else 'TOO SLOW'}; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    db.dispose()
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
