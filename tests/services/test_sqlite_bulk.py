"""insert_columns: many rows per statement, from lists and numpy arrays, nothing lost or retyped."""

import sqlite3

import numpy as np
import pytest

from app.services.sqlite_bulk import ROWS_PER_STATEMENT, insert_columns


@pytest.mark.parametrize("count", [0, 1, ROWS_PER_STATEMENT - 1, ROWS_PER_STATEMENT,
                                   3 * ROWS_PER_STATEMENT + 7])
def test_every_row_goes_in_with_its_types(count):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT, k INTEGER)")
    ints = np.arange(count, dtype=np.int64) * 3
    reals = np.linspace(0.5, 9.5, count)
    texts = np.array([f"строка {i}" for i in range(count)], dtype=object)
    maybe = [None if i % 3 else "x" for i in range(count)]
    insert_columns(conn, "INSERT INTO t (i, r, s, n, k) VALUES ", "(?,?,?,?,7)",
                   [ints, reals, texts, maybe])
    rows = conn.execute("SELECT i, r, s, n, k, typeof(i), typeof(r) FROM t ORDER BY rowid")
    expected = [(int(a), float(b), c, d, 7, "integer", "real")
                for a, b, c, d in zip(ints, reals, texts, maybe, strict=True)]
    assert rows.fetchall() == expected


@pytest.mark.parametrize("count", [1, ROWS_PER_STATEMENT, 2 * ROWS_PER_STATEMENT + 3])
def test_columns_without_a_value_are_written_as_nulls(count):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT, k INTEGER)")
    texts = [f"т{i}" for i in range(count)]
    insert_columns(conn, "INSERT INTO t (a, b, c, k) VALUES ", "(?, ?, ?, 5)",
                   [np.full(count, None, dtype=object), texts, [None] * count])
    insert_columns(conn, "INSERT INTO t (a, b, c, k) VALUES ", "(?,?,?,6)",
                   [[None] * count, [None] * count, [None] * count])
    rows = conn.execute("SELECT a, b, c, k FROM t ORDER BY rowid").fetchall()
    assert rows == [(None, t, None, 5) for t in texts] + [(None, None, None, 6)] * count


def test_placeholders_must_match_the_columns():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b)")
    with pytest.raises(ValueError):
        insert_columns(conn, "INSERT INTO t (a, b) VALUES ", "(?, ?)", [[1]])
