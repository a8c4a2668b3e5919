"""Undo puts a customer back under her old id; the next new customer must not get it too."""

from __future__ import annotations

import datetime as dt

from app.services import sql_dialect
from app.services.database import Database
from app.services.duplicates.merging import merge_customers
from app.services.duplicates.undoing import undo_merge
from tests.services.duplicates.test_finding import add

NOW = dt.datetime(2025, 4, 1, 12, 0)


def test_a_customer_added_after_an_undo_gets_a_new_id(db: Database) -> None:
    keep, other = add(db, "Анна"), add(db, "Anna")
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO tasks (customer_id, rule, occasion_key, due_on)"
                     " VALUES (?, 'lapse', 'k1', '2025-03-01')", (other,))
    conn.close()
    merge_id = merge_customers(db, keep, other)
    conn = db.raw_connection()
    if sql_dialect.is_postgres(conn):
        # While OTHER is gone, something sets the sequence back to MAX(id) (a copy in, a
        # restore): without the undo's own correction the next id would be OTHER's again.
        with conn:
            conn.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'),"
                         " (SELECT MAX(id) FROM customers))")
    conn.close()
    undo_merge(db, merge_id, now=NOW)
    third = add(db, "Вера")
    assert third not in (keep, other)
    assert third > other
    conn = db.raw_connection()
    assert conn.execute("SELECT id, display_name FROM customers ORDER BY id").fetchall() == [
        (keep, "Анна"), (other, "Anna"), (third, "Вера")]
    assert conn.execute("SELECT customer_id FROM tasks").fetchall() == [(other,)]
    conn.close()


def test_rows_saved_whole_keep_their_ids_and_later_rows_get_new_ones(db: Database) -> None:
    keep, other = add(db, "Анна"), add(db, "Anna")
    conn = db.raw_connection()
    with conn:
        for cid in (keep, other):
            conn.execute("INSERT INTO tasks (customer_id, rule, occasion_key, due_on)"
                         " VALUES (?, 'lapse', 'k1', '2025-03-01')", (cid,))
        before = conn.execute("SELECT id, customer_id FROM tasks ORDER BY id").fetchall()
    conn.close()
    undo_merge(db, merge_customers(db, keep, other), now=NOW)
    conn = db.raw_connection()
    with conn:
        assert conn.execute("SELECT id, customer_id FROM tasks ORDER BY id").fetchall() == before
        fresh = conn.execute("INSERT INTO tasks (customer_id, rule, occasion_key, due_on)"
                             " VALUES (?, 'lapse', 'k2', '2025-03-02') RETURNING id",
                             (keep,)).fetchone()[0]
    conn.close()
    assert fresh > max(row[0] for row in before)
