"""COPY behind insert_columns (team mode): the same statement text writes the same rows on
PostgreSQL as on SQLite, constants of the row repeated, None as NULL, nothing retyped."""

from __future__ import annotations

import numpy as np
import pytest

from app.services import pg_bulk
from app.services.sqlite_bulk import insert_columns


def test_the_head_and_row_are_read_as_table_columns_and_constants():
    assert pg_bulk.parse_head("INSERT INTO t (a, b,c) VALUES ") == ("t", ["a", "b", "c"])
    with pytest.raises(ValueError, match="not an INSERT"):
        pg_bulk.parse_head("INSERT INTO t SELECT 1")
    assert [pg_bulk._constant(c) for c in ("7", "-3", "NULL", "TRUE", "'it''s'")] == [
        7, -3, None, True, "it's"]
    with pytest.raises(ValueError, match="cannot repeat"):
        pg_bulk._constant("CURRENT_TIMESTAMP")


def test_the_same_insert_writes_the_same_rows_on_both_engines(db):
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("CREATE TEMP TABLE bulk_t (i BIGINT, r DOUBLE PRECISION, s TEXT, n TEXT,"
                         " k BIGINT, f BOOLEAN)")
            insert_columns(conn, "INSERT INTO bulk_t (i, r, s, n, k, f) VALUES ",
                           "(?, ?, ?, ?, 7, TRUE)",
                           [np.arange(45, dtype=np.int64), np.linspace(0, 1, 45),
                            [f"ш{x}\t\\" for x in range(45)], [None] * 44 + ["x"]])
            rows = conn.execute("SELECT i, r, s, n, k, f FROM bulk_t ORDER BY i").fetchall()
    finally:
        conn.close()
    assert len(rows) == 45
    assert [tuple(r) for r in rows[:1]] == [(0, 0.0, "ш0\t\\", None, 7, True)]
    assert tuple(rows[-1]) == (44, 1.0, "ш44\t\\", "x", 7, True)


def test_more_columns_than_placeholders_is_refused(db):
    if db.dialect != "postgresql":
        pytest.skip("the COPY path (run with --engine postgresql)")
    conn = db.raw_connection()
    try:
        with pytest.raises(ValueError, match="more columns"):
            pg_bulk.copy_columns(conn.raw, "INSERT INTO customers (id, display_name) VALUES ",
                                 "(?, 'x')", [[1], ["a"]])
    finally:
        conn.close()
