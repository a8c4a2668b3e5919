"""Importing a platform's export through the command line, and what it left in the database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.cli import main

FIXTURES = Path(__file__).parent


def import_fixture(name: str, tmp_path: Path, *extra: str) -> tuple[int, Path]:
    """`main.py import FIXTURE --yes` into a new database: (exit code, database path)."""
    source = tmp_path / name
    shutil.copyfile(FIXTURES / name, source)
    db_path = tmp_path / "regulars.sqlite3"
    return main(["import", str(source), "--db", str(db_path), "--yes", *extra]), db_path


def per_customer(db_path: Path) -> dict[str, tuple[int, int]]:
    """{customer's name (else e-mail, else phone): (orders, money in minor units)} as the app
    counts them after the import."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT COALESCE(c.display_name, c.email, c.phone_e164), s.orders_count,"
            " s.total_spent_minor FROM customers c JOIN customer_stats s"
            " ON s.customer_id = c.id").fetchall()
    finally:
        conn.close()
    return {name: (orders, money) for name, orders, money in rows}


def lines(db_path: Path) -> list[tuple[str, str, int]]:
    """(order number, product, money in minor units) of every stored purchase line."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT order_id, product, amount_minor FROM purchases"
                            " ORDER BY order_id, id").fetchall()
    finally:
        conn.close()
