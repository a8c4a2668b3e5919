"""Products page figures: 100,000 customers / 1,000,000 lines / 5,000 products; target <= 3 s.

    python benchmarks/bench_products.py [--customers N] [--purchases N] [--products N] [--db PATH]
                                        [--repeat N]

Generates a shop like bench_rfm's (skewed customers, 70 % of lines with an order id, 1 % refunds)
with Zipf-popular products in 50 categories, then times reading the lines, the product and
category figures and the "goes well with" pairs, then the page's job as it runs (`--repeat`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import day_numbers
from app.services.database import Database, open_database
from app.services.products.figures import figures, sales_of
from app.services.products.lines import load_product_lines
from app.services.products.overview import compute_overview
from app.services.products.pairs import find_pairs

AS_OF = dt.date(2026, 11, 27)


def generate(db: Database, customers: int, purchases: int, products: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, customers + 1) ** 0.9
    owner = rng.choice(np.arange(1, customers + 1), size=purchases, p=weights / weights.sum())
    day = day_numbers.from_date(AS_OF) - rng.integers(0, 3 * 365, size=purchases)
    amount = rng.integers(100, 20_000, size=purchases) * 100
    amount[rng.random(purchases) < 0.01] *= -1
    order_no = (owner.astype("int64") * 10_000 + (day % 10_000)).astype(str)
    with_id = rng.random(purchases) < 0.7
    popularity = 1.0 / np.arange(1, products + 1) ** 0.8
    product = rng.choice(products, size=purchases, p=popularity / popularity.sum())
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany(
                "INSERT INTO customers (id, display_name) VALUES (?,?)",
                ((i, f"Customer {i}") for i in range(1, customers + 1)))
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, order_id,"
                " product, category, quantity) VALUES (?,?,?,?,?,?,1)",
                zip(owner.tolist(), [day_numbers.to_date(d).isoformat() for d in day],
                    amount.tolist(),
                    [f"#{o}" if w else None for o, w in zip(order_no, with_id, strict=True)],
                    [f"Товар {p}" for p in product.tolist()],
                    [f"Категория {p % 50}" for p in product.tolist()], strict=True))
    finally:
        conn.close()


def timed(label: str, func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    took = time.perf_counter() - started
    print(f"  {label:<28} {took:6.3f} s")
    return result, took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    parser.add_argument("--products", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the page's job")
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        timed("generate", generate, db, args.customers, args.purchases, args.products)
    lines, _ = timed("read lines", load_product_lines, db, AS_OF)
    sales, _ = timed("sales (both figures)", sales_of, lines)
    products, _ = timed("product figures", figures, lines, "product", sales)
    timed("category figures", figures, lines, "category", sales)
    pairs, _ = timed("pairs (products)", find_pairs, lines, "product")
    timed("pairs (categories)", find_pairs, lines, "category")
    print(f"{len(lines.frame):,} lines, {len(products):,} products, {len(pairs):,} pairs kept")
    # The page's job as it runs: the read, then figures and pairs on two threads.
    runs = [timed("the page's job", compute_overview, db, AS_OF)[1] for _ in range(args.repeat)]
    print(f"page: best {min(runs):.3f} s, median {statistics.median(runs):.3f} s (target 3 s)")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
