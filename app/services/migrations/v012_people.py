"""Schema v12: working together on one shared database (team mode), also on SQLite.

- who did it: contacts, complaints and merges record the person using the app (NULL when not
  known: the solo owner is never asked, and rows from before this step stay unattributed);
- a version per customer card, bumped on every save, so a stale edit is refused, not written
  over another person's;
- task_claims: "Anna is writing" on a reminder, with a time it runs out;
- changes: one row per write other windows should see; a window polls it to refresh its pages.
"""

from __future__ import annotations

import sqlite3

from app.services.sql_dialect import dialect_of


def run(conn: sqlite3.Connection) -> None:
    pg = dialect_of(conn) == "postgresql"
    integer, datetime = ("BIGINT", "TIMESTAMP") if pg else ("INTEGER", "DATETIME")
    for table in ("contacts", "complaints", "customer_merges"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN by_person TEXT")
    conn.execute("ALTER TABLE customers ADD COLUMN version INTEGER DEFAULT 1 NOT NULL")
    conn.execute(
        "CREATE TABLE task_claims ("
        f" task_id {integer} NOT NULL,"
        " person TEXT NOT NULL,"
        f" claimed_at {datetime} NOT NULL,"
        f" expires_at {datetime} NOT NULL,"
        " CONSTRAINT pk_task_claims PRIMARY KEY (task_id),"
        " CONSTRAINT fk_task_claims_task_id_tasks FOREIGN KEY(task_id)"
        " REFERENCES tasks (id) ON DELETE CASCADE)")
    # Append-only: writers never update one shared row, so they never wait on each other.
    conn.execute(
        "CREATE TABLE changes ("
        f" id {'BIGSERIAL' if pg else 'INTEGER'} NOT NULL,"
        " kind TEXT NOT NULL,"
        " origin TEXT NOT NULL,"
        f" changed_at {datetime} NOT NULL,"
        " CONSTRAINT pk_changes PRIMARY KEY (id))")
    conn.execute("CREATE INDEX ix_changes_changed_at ON changes (changed_at)")
