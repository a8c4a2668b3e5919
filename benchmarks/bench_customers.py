"""Start-up and customers-table speed with 100,000 customers (foundation issue targets:
usable window <= 1.5 s; search and sort <= 200 ms).

    python benchmarks/bench_customers.py [--customers 100000]

Generates a database (cached in benchmarks/out/), then measures in a fresh interpreter the time
from process start to a shown main window, and in-process the customers table load, search, sort.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"

STARTUP_SCRIPT = r"""
import time, sys
t0 = time.perf_counter()
sys.argv = ["regulars"]
from app.ui.application import create_qt_app, build_context
from app.services.database import open_database
app = create_qt_app()
db = open_database(sys.argv_db)
context = build_context(db, "en")
from app.ui.main_window import MainWindow
window = MainWindow(context)
window.show()
app.processEvents()
shown = time.perf_counter() - t0
page = window.show_page("customers")
while context.jobs.is_busy() or page.model.rowCount() == 0:
    app.processEvents()
    time.sleep(0.002)
print(f"{shown:.3f} {time.perf_counter() - t0:.3f}")
"""


def build_database(path: Path, customers: int) -> None:
    from app.services.database import open_database
    from app.services.predictions import store
    from app.services.segments.recompute import recompute

    rng = random.Random(1)
    db = open_database(path)
    today = dt.date(2026, 11, 27)
    conn = db.raw_connection()
    with conn:
        conn.executemany(
            "INSERT INTO customers (id, display_name, phone_e164, email) VALUES (?,?,?,?)",
            ((i, f"Покупатель {rng.choice('АБВГДЕЖЗИКЛМН')}{i}", f"+79{i:09d}",
              f"buyer{i}@mail.ru" if i % 2 else None) for i in range(1, customers + 1)))
        conn.executemany(
            "INSERT INTO purchases (customer_id, purchased_on, amount_minor) VALUES (?,?,?)",
            ((rng.randint(1, customers),
              (today - dt.timedelta(days=rng.randint(0, 730))).isoformat(),
              rng.randint(300, 9000) * 100) for _ in range(customers * 10)))
    conn.close()
    recompute(db, today)
    store.refresh(db, today)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"customers_{args.customers}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build_database(path, args.customers)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               REGULARS_DATA_DIR=str(OUT / "appdata"))
    script = STARTUP_SCRIPT.replace("sys.argv_db", repr(str(path)))
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout.split()
        runs.append((time.perf_counter() - started, float(out[0]), float(out[1])))
    best = min(runs)
    shown = best[0] - best[2] + best[1]
    print(f"start-up to a shown window (process start incl. interpreter): {shown:.2f} s")
    print(f"  window shown after imports: {best[1]:.2f} s; customers table filled: {best[2]:.2f} s;"
          f" whole process incl. exit: {best[0]:.2f} s")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.services.customers import load_customer_table
    from app.services.database import open_database
    from app.ui.table_models.customers_model import CustomersTableModel

    QApplication([])
    db = open_database(path)
    started = time.perf_counter()
    frame = load_customer_table(db)
    load = time.perf_counter() - started
    headers = {k: k for k in ("name", "phone", "email", "orders", "spent", "last", "days",
                              "segment", "rfm", "dnc_tip", "next", "alive", "value")}
    model = CustomersTableModel(headers, lambda k: k or "")
    started = time.perf_counter()
    model.set_frame(frame)
    set_frame = time.perf_counter() - started
    timings = {}
    for label, action in (
        ("search 'покупатель к'", lambda: model.set_filter("покупатель к")),
        ("search phone digits '9123'", lambda: model.set_filter("9123")),
        ("search e-mail 'buyer77'", lambda: model.set_filter("buyer77")),
        ("clear search", lambda: model.set_filter("")),
        ("sort by spent", lambda: model.sort(4, Qt.SortOrder.DescendingOrder)),
        ("sort by name", lambda: model.sort(0, Qt.SortOrder.AscendingOrder)),
        ("sort by last purchase", lambda: model.sort(5, Qt.SortOrder.DescendingOrder)),
        ("sort by next order", lambda: model.sort(9, Qt.SortOrder.AscendingOrder)),
        ("sort by still active", lambda: model.sort(10, Qt.SortOrder.DescendingOrder)),
        ("sort by value, 12 months", lambda: model.sort(11, Qt.SortOrder.DescendingOrder)),
    ):
        best_time = min(_timed(action) for _ in range(3))
        timings[label] = best_time
    print(f"customers: {len(frame):,}; read from SQLite {load * 1000:.0f} ms;"
          f" model fill {set_frame * 1000:.0f} ms")
    for label, seconds in timings.items():
        print(f"  {label}: {seconds * 1000:.0f} ms")


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
