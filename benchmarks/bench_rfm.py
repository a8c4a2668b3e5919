"""Recompute speed: 100,000 customers / 1,000,000 lines; target <= 2 s including SQLite reads.

    python benchmarks/bench_rfm.py [--customers N] [--purchases N] [--db PATH] [--repeat K]
                                   [--engine sqlite|postgresql]

`--engine postgresql` runs the same on a local PostgreSQL 16 server started for the run
(pgserver, team mode's engine); its purchase loader reads through COPY. On a loaded machine
compare the two engines by alternate runs, not by absolute figures.

Generates a shop (70 % of lines with an external order id, multi-line orders, 1 % refunds, most
customers buying once) in a temporary database, then times `recompute` end to end and its parts.
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

from app.services import day_numbers
from app.services.database import Database, open_database, open_shared_database
from app.services.products.lines import load_product_lines
from app.services.segments import orders as orders_mod
from app.services.segments import rfm
from app.services.segments.recompute import compute_stats, recompute
from app.services.settings import Settings

AS_OF = dt.date(2026, 11, 27)
PRODUCTS = [("Эфиопия Иргачефф, 250 г", "Кофе в зёрнах"), ("Пуэр шу, 100 г", "Чай"),
            ("Ручная кофемолка", "Посуда и аксессуары"), ("Шоколад 70%", "Сладости")]


def generate(db: Database, customers: int, purchases: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    # Skewed: most customers have one line, a few have hundreds (Zipf-like).
    weights = 1.0 / np.arange(1, customers + 1) ** 0.9
    owner = rng.choice(np.arange(1, customers + 1), size=purchases, p=weights / weights.sum())
    day = day_numbers.from_date(AS_OF) - rng.integers(0, 3 * 365, size=purchases)
    amount = rng.integers(100, 20_000, size=purchases) * 100
    amount[rng.random(purchases) < 0.01] *= -1
    order_no = (owner.astype("int64") * 10_000 + (day % 10_000)).astype(str)
    with_id = rng.random(purchases) < 0.7
    conn = db.raw_connection()
    if db.dialect == "postgresql":
        _copy_in(conn, customers, owner, day, amount, order_no, with_id, rng)
        return
    try:
        with conn:
            conn.executemany(
                "INSERT INTO customers (id, display_name, phone_e164, email) VALUES (?,?,?,?)",
                ((i, f"Customer {i}", f"+7900{i:07d}", f"c{i}@example.com")
                 for i in range(1, customers + 1)),
            )
            dates = [day_numbers.to_date(d).isoformat() for d in day]
            product = rng.integers(0, len(PRODUCTS), size=purchases).tolist()
            # Realistic row width: product, category and the importer's dedup key are stored too.
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id,"
                " product, category, quantity, batch_id, dedup_key) VALUES (?,?,?,?,?,?,1,NULL,?)",
                zip(owner.tolist(), dates, amount.tolist(),
                    [f"#{o}" if w else None for o, w in zip(order_no, with_id, strict=True)],
                    [PRODUCTS[p][0] for p in product], [PRODUCTS[p][1] for p in product],
                    [f"sha1:{i:040x}" for i in range(purchases)],
                    strict=True),
            )
    finally:
        conn.close()


def _copy_in(conn, customers, owner, day, amount, order_no, with_id, rng) -> None:
    """The same shop written through COPY FROM STDIN (executemany of a million rows is slow on a
    server; the importer has its own COPY path)."""
    dates = [day_numbers.to_date(d) for d in day]
    product = rng.integers(0, len(PRODUCTS), size=len(owner)).tolist()
    raw = conn.raw
    with raw.cursor() as cursor:
        with cursor.copy("COPY customers (id, display_name, phone_e164, email) FROM STDIN") as copy:
            for i in range(1, customers + 1):
                copy.write_row((i, f"Customer {i}", f"+7900{i:07d}", f"c{i}@example.com"))
        with cursor.copy("COPY purchases (customer_id, purchased_on, amount_minor, order_id,"
                         " product, category, quantity, dedup_key) FROM STDIN") as copy:
            for i, (who, when, money, number, has_id, code) in enumerate(zip(
                    owner.tolist(), dates, amount.tolist(), order_no, with_id, product,
                    strict=True)):
                copy.write_row((who, when, money, f"#{number}" if has_id else None,
                                PRODUCTS[code][0], PRODUCTS[code][1], 1, i))
        cursor.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'), %s)",
                       (customers,))
        cursor.execute("ANALYZE purchases")
    raw.commit()
    conn.close()


def _start_server(folder: Path):
    import warnings

    from app.services.team.address import SharedAddress

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(folder, cleanup_mode="stop")
    admin = SharedAddress.parse(server.get_uri())
    db = open_shared_database(SharedAddress(admin.host, admin.port, admin.database, admin.user),
                              None)
    return server, db


def timed(label: str, func, *args):
    started, cpu = time.perf_counter(), time.process_time()
    result = func(*args)
    print(f"  {label:<32} {time.perf_counter() - started:6.3f} s wall"
          f" {time.process_time() - cpu:6.3f} s cpu")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse/create this database file")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()

    server = None
    if args.engine == "postgresql":
        path = Path(tempfile.mkdtemp()) / "pg"
        server, db = _start_server(path)
        fresh = True
    else:
        path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
        fresh = not path.exists()
        db = open_database(path)
    if fresh:
        started = time.perf_counter()
        generate(db, args.customers, args.purchases)
        print(f"generated {args.customers:,} customers / {args.purchases:,} lines in "
              f"{time.perf_counter() - started:.1f} s -> {path}")

    print("parts:")
    conn = db.raw_connection()
    for _ in range(2):  # the second read is the one with warm caches
        purchases = timed(f"load_order_lines ({db.dialect})", orders_mod.load_order_lines, conn)
    conn.close()
    for _ in range(2):
        timed(f"load_product_lines ({db.dialect})", load_product_lines, db)
    orders = timed("build_orders", orders_mod.build_orders, purchases)
    timed("customer_summary", orders_mod.customer_summary, purchases, orders)
    stats = timed("compute_stats (orders+summary)", compute_stats, purchases, AS_OF)
    config = rfm.load_config(Settings(db))
    timed("rfm.score_frame", rfm.score_frame, stats, config)

    best = best_cpu = float("inf")
    for run in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        result = recompute(db, AS_OF)
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        best, best_cpu = min(best, elapsed), min(best_cpu, used)
        print(f"recompute run {run + 1}: {elapsed:.3f} s wall, {used:.3f} s cpu"
              f" ({result.customers:,} customers)")
    verdict = "OK" if best <= 2.0 else "TOO SLOW"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"best recompute: {best:.3f} s wall, {best_cpu:.3f} s cpu (target <= 2.0 s) {verdict}"
          f"; load average {load:.1f} on {os.cpu_count()} cores (wall time is only meaningful"
          " on an idle machine)")
    db.dispose()
    if server is not None:
        server.cleanup()
    return 0 if best <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
