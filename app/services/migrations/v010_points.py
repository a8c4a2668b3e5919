"""Schema v10: loyalty points, a ledger (one row per movement; the balance is a sum, never stored).

Rows follow their customer through a foreign key, so a merge of duplicates moves them and a
deletion removes them. No rows are written here: points are off until the owner turns them on,
and then services.points derives the earned rows from the purchases.
"""

from __future__ import annotations

import sqlite3


def run(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE points_ledger ("
        " id INTEGER NOT NULL,"
        " customer_id INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " points_minor INTEGER NOT NULL,"
        " day DATE NOT NULL,"
        " active_on DATE NOT NULL,"
        " order_key TEXT,"
        " order_minor INTEGER,"
        " lot_id INTEGER,"
        " reason TEXT DEFAULT '' NOT NULL,"
        " created_at DATETIME NOT NULL,"
        " CONSTRAINT pk_points_ledger PRIMARY KEY (id),"
        " CONSTRAINT fk_points_ledger_customer_id_customers FOREIGN KEY(customer_id)"
        " REFERENCES customers (id) ON DELETE CASCADE)")
    conn.execute("CREATE INDEX ix_points_ledger_customer ON points_ledger (customer_id, active_on)")
    conn.execute("CREATE INDEX ix_points_ledger_order_key ON points_ledger (order_key)")
