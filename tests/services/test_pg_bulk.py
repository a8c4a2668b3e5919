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


def test_copy_text_spells_every_kind_of_value_as_psycopg_would(db, monkeypatch):
    """The joined-text path against psycopg's own row writer, on values that need care: NULL,
    NaN, booleans, a literal backslash-N, tabs, newlines, carriage returns, dates, decimals."""
    if db.dialect != "postgresql":
        pytest.skip("the COPY path (run with --engine postgresql)")
    import datetime as dt
    from decimal import Decimal

    columns = [
        list(range(9)),
        [None, 1.5, float("nan"), -0.0, 1e-300, float("inf"), 3.0, 2.0, 0.1],
        ["plain", "tab\there", "line\nbreak", "cr\rhere", "\\N", "back\\slash", None, "ё",
         "nan"],
        [True, False, None, True, False, True, False, True, None],
        [dt.date(2025, 4, 1)] * 8 + [None],
        [Decimal("12.50")] * 9,
        [1.0, float("nan"), 2.5, 1.0, 1.0, 1e-7, 1.0, 3.0, 1.0],  # floats only: numpy's path
    ]

    def written(table: str) -> list[tuple]:
        conn = db.raw_connection()
        try:
            with conn:
                conn.execute(f"CREATE TEMP TABLE {table} (i BIGINT, r DOUBLE PRECISION, s TEXT,"
                             " b BOOLEAN, d DATE, m NUMERIC, q DOUBLE PRECISION, k TEXT)")
                pg_bulk.copy_columns(conn.raw, f"INSERT INTO {table} (i, r, s, b, d, m, q, k)"
                                     " VALUES ", "(?, ?, ?, ?, ?, ?, ?, 'it''s\t')", columns)
                return [tuple(row) for row in conn.execute(
                    f"SELECT i, r, s, b, d, m, q, k FROM {table} ORDER BY i").fetchall()]
        finally:
            conn.close()

    joined = written("copy_text_t")
    monkeypatch.setattr(pg_bulk, "_copy_texts", lambda values: None)  # psycopg's write_row
    by_row = written("copy_row_t")
    assert len(joined) == 9
    nan_free = [[None if isinstance(v, float) and v != v else v for v in row] for row in by_row]
    # psycopg writes NaN as NaN; the text path as NULL, as SQLite stores it.
    assert joined[2][1] is None and nan_free[2][1] is None and joined[1][6] is None
    assert [list(row) for row in joined] == nan_free
    assert joined[4][2] == "\\N" and joined[6][2] is None and joined[1][2] == "tab\there"
    assert joined[0][7] == "it's\t" and joined[5][6] == 1e-7
