"""Schema v10: loyalty points, a ledger (one row per movement; the balance is a sum, never stored).

Rows follow their customer through a foreign key, so a merge of duplicates moves them and a
deletion removes them. No rows are written here: points are off until the owner turns them on,
and then services.points derives the earned rows from the purchases.
"""

from __future__ import annotations

import sqlite3

from app.services.sql_dialect import dialect_of


def run(conn: sqlite3.Connection) -> None:
    # PostgreSQL (team mode): 64-bit integers like SQLite's, and a generated id.
    pg = dialect_of(conn) == "postgresql"
    integer, datetime = ("BIGINT", "TIMESTAMP") if pg else ("INTEGER", "DATETIME")
    conn.execute(
        "CREATE TABLE points_ledger ("
        f" id {'BIGSERIAL' if pg else 'INTEGER'} NOT NULL,"
        f" customer_id {integer} NOT NULL,"
        " kind TEXT NOT NULL,"
        f" points_minor {integer} NOT NULL,"
        " day DATE NOT NULL,"
        " active_on DATE NOT NULL,"
        " order_key TEXT,"
        f" order_minor {integer},"
        f" lot_id {integer},"
        " reason TEXT DEFAULT '' NOT NULL,"
        f" created_at {datetime} NOT NULL,"
        " CONSTRAINT pk_points_ledger PRIMARY KEY (id),"
        " CONSTRAINT fk_points_ledger_customer_id_customers FOREIGN KEY(customer_id)"
        " REFERENCES customers (id) ON DELETE CASCADE)")
    conn.execute("CREATE INDEX ix_points_ledger_customer ON points_ledger (customer_id, active_on)")
    conn.execute("CREATE INDEX ix_points_ledger_order_key ON points_ledger (order_key)")
