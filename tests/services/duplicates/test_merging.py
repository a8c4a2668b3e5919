"""Merge moves every row that refers to the other customer; undo puts everything back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer

from app.models import Base
from app.services.database import Database
from app.services.duplicates import actions
from app.services.duplicates.merging import DERIVED_TABLES, customer_references
from app.services.duplicates.undoing import list_merges
from app.services.errors import UserFacingError
from app.services.importing import service as import_service
from app.services.settings import Settings
from tests.services.duplicates.test_finding import add
from tests.services.importing.samples import write_text

AS_OF = dt.date(2025, 4, 1)
NOW = dt.datetime(2025, 4, 1, 12, 0)


def _value(column, other: int, n: int) -> object:
    if column.foreign_keys:
        fk = next(iter(column.foreign_keys))
        return other if fk.column.table.name == "customers" else None
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, Float):
        return 1.0
    if isinstance(kind, DateTime):
        return f"2025-01-{n:02d} 10:00:00"
    if isinstance(kind, Date):
        return f"2025-01-{n:02d}"
    return f"value {n}"


def refer_from_every_table(conn: sqlite3.Connection, other: int, n: int) -> dict[str, int]:
    """One row in every table with a foreign key to customers, made from the schema alone (a
    table added later gets one too), referring to `other`; the row's id per table.column."""
    made = {}
    for table, column in customer_references():
        columns = [c for c in Base.metadata.tables[table].columns
                   if not c.primary_key or len(Base.metadata.tables[table].primary_key) > 1]
        values = {c.name: _value(c, other, n) for c in columns}
        values[column] = other
        names = list(values)
        made[f"{table}.{column}"] = conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            " RETURNING id", [values[k] for k in names]).fetchone()[0]
    return made


def dump(db: Database) -> dict[str, list[tuple]]:
    conn = db.raw_connection()
    try:
        tables = [t.name for t in Base.metadata.sorted_tables if t.name != "customer_merges"]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def test_every_foreign_key_to_customers_is_moved_and_moved_back(db: Database) -> None:
    keep = add(db, "Анна Иванова", phone="+79123456789")
    other = add(db, "Anna Ivanova", email="anna@example.org")
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                     " VALUES (?, '2025-01-05', 100)", (other,))
        rows = refer_from_every_table(conn, other, 3)
    conn.close()
    references = customer_references()
    # Every foreign key to customers.id is either moved or derived (rebuilt by the recompute).
    every = {(t.name, fk.parent.name) for t in Base.metadata.sorted_tables
             for fk in t.foreign_keys if fk.column.table.name == "customers"}
    assert every == set(references) | {(t, "customer_id") for t in DERIVED_TABLES}
    assert {"purchases.customer_id", "contacts.customer_id", "tasks.customer_id",
            "segment_snapshots.customer_id", "customers.referred_by_id",
            "customer_identities.customer_id"} <= set(rows)
    before = dump(db)

    merge_id = actions.merge(db, keep, other, as_of=AS_OF)
    conn = db.raw_connection()
    for key, row_id in rows.items():
        table, column = key.split(".")
        assert conn.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                            (row_id,)).fetchone() == (keep,), key
    assert conn.execute("SELECT COUNT(*) FROM customers WHERE id = ?", (other,)).fetchone() == (0,)
    # 100 and the made purchase's 3, on two days: two orders.
    assert conn.execute("SELECT orders_count, total_spent_minor FROM customer_stats"
                        " WHERE customer_id = ?", (keep,)).fetchone() == (2, 103)
    conn.close()

    actions.unmerge(db, merge_id, as_of=AS_OF, now=NOW)
    after = dump(db)
    for derived in ("customer_stats", "predictions", "settings"):  # refitted, and their stamps
        before.pop(derived), after.pop(derived)
    assert after == before


def test_rows_that_cannot_move_are_kept_whole_and_put_back(db: Database) -> None:
    keep, other = add(db, "Анна"), add(db, "Anna")
    conn = db.raw_connection()
    with conn:
        for cid in (keep, other):
            conn.execute("INSERT INTO tasks (customer_id, rule, occasion_key, due_on)"
                         " VALUES (?, 'lapse', 'k1', '2025-03-01')", (cid,))
            conn.execute("INSERT INTO segment_snapshots (taken_on, customer_id, segment)"
                         " VALUES ('2025-03-01', ?, 'loyal')", (cid,))
    conn.close()
    before = dump(db)
    merge_id = actions.merge(db, keep, other, as_of=AS_OF)
    conn = db.raw_connection()
    assert conn.execute("SELECT COUNT(*) FROM tasks").fetchone() == (1,)
    conn.close()
    actions.unmerge(db, merge_id, as_of=AS_OF, now=NOW)
    after = dump(db)
    assert after["tasks"] == before["tasks"]
    assert after["segment_snapshots"] == before["segment_snapshots"]


def test_empty_fields_filled_notes_and_tags_joined_identities_kept(db: Database) -> None:
    keep = add(db, "Анна Иванова", phone="+79123456789")
    other = add(db, "Anna Ivanova", phone="+79123456798", email="Anna@Example.org", code="K7")
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET notes = 'likes oolong', tags = 'vip, опт' WHERE id = ?",
                     (keep,))
        conn.execute("UPDATE customers SET notes = 'birthday in May', tags = 'опт, new',"
                     " birthday_day = 5, birthday_month = 5, telegram = '@anna' WHERE id = ?",
                     (other,))
    merge_id = actions.merge(db, keep, other, as_of=AS_OF)
    row = conn.execute("SELECT phone_e164, email, telegram, birthday_day, birthday_month, notes,"
                       " tags, external_code FROM customers WHERE id = ?", (keep,)).fetchone()
    assert row == ("+79123456789", "Anna@Example.org", "@anna", 5, 5,
                   "likes oolong\n\nbirthday in May", "vip, опт, new", "K7")
    identities = conn.execute("SELECT kind, value FROM customer_identities WHERE customer_id = ?"
                              " ORDER BY kind", (keep,)).fetchall()
    assert identities == [("name", "Anna Ivanova"), ("phone", "+79123456798")]
    # The owner adds to the notes after the merge: undo keeps her words, drops the merged ones.
    with conn:
        conn.execute("UPDATE customers SET notes = notes || ' / called' WHERE id = ?", (keep,))
    conn.close()
    info = actions.unmerge(db, merge_id, as_of=AS_OF, now=NOW)
    assert info.other_id == other
    conn = db.raw_connection()
    assert conn.execute("SELECT notes, email, tags FROM customers WHERE id = ?",
                        (keep,)).fetchone() == ("likes oolong / called", None, "vip, опт")
    assert conn.execute("SELECT COUNT(*) FROM customer_identities").fetchone() == (0,)
    conn.close()


def test_an_import_after_the_merge_finds_the_kept_customer(db: Database, tmp_path: Path) -> None:
    keep = add(db, "Анна Иванова", phone="+79123456789")
    add(db, "Анна И.", phone="+79123456798")
    other = 2
    actions.merge(db, keep, other, as_of=AS_OF)
    sales = write_text(tmp_path, "s.csv", "Дата;Клиент;Телефон;Сумма\n"
                       "01.03.2025;Анна И.;+7 912 345-67-98;100\n")
    settings = Settings(db)
    plan = import_service.prepare(db, sales, settings=settings, as_of=AS_OF).plan
    import_service.commit(db, plan, settings=settings, as_of=AS_OF)
    conn = db.raw_connection()
    assert conn.execute("SELECT customer_id FROM purchases").fetchall() == [(keep,)]
    assert conn.execute("SELECT COUNT(*) FROM customers").fetchone() == (1,)
    conn.close()


def test_undo_is_refused_when_it_is_no_longer_safe(db: Database) -> None:
    keep, other, third = add(db, "A"), add(db, "B"), add(db, "C")
    first = actions.merge(db, keep, other, as_of=AS_OF)
    actions.merge(db, third, keep, as_of=AS_OF)  # the kept one is merged away in turn
    with pytest.raises(UserFacingError, match="was deleted or merged"):
        actions.unmerge(db, first, as_of=AS_OF, now=NOW)
    assert [m.other_id for m in list_merges(db)] == [keep, other]
    second = list_merges(db)[0].id
    actions.unmerge(db, second, as_of=AS_OF, now=NOW)
    actions.unmerge(db, first, as_of=AS_OF, now=NOW)  # now it is safe
    with pytest.raises(UserFacingError, match="already undone"):
        actions.unmerge(db, first, as_of=AS_OF, now=NOW)
    with pytest.raises(UserFacingError, match="herself"):
        actions.merge(db, keep, keep, as_of=AS_OF)
    with pytest.raises(UserFacingError, match="no customer number 99"):
        actions.merge(db, keep, 99, as_of=AS_OF)


def test_a_merge_and_its_undo_refit_the_predictions(db: Database) -> None:
    """Moving purchases between customers leaves the purchases stamp as it was: the merge
    itself refits, or the outlook would describe two half-histories until the next import."""
    from app.services.predictions import store

    keep, other = add(db, "Анна Иванова"), add(db, "Anna Ivanova")
    conn = db.raw_connection()
    with conn:
        for cid, days in ((keep, (10, 40, 70)), (other, (100, 130, 160))):
            for day in days:
                conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                             " VALUES (?, ?, 1000)",
                             (cid, (AS_OF - dt.timedelta(days=200 - day)).isoformat()))
    conn.close()
    store.refresh(db, AS_OF)

    def orders_90d(cid: int) -> float | None:
        conn = db.raw_connection()
        try:
            row = conn.execute("SELECT expected_orders_90d FROM predictions WHERE customer_id = ?",
                               (cid,)).fetchone()
        finally:
            conn.close()
        return None if row is None else float(row[0])

    before = orders_90d(keep)
    merge_id = actions.merge(db, keep, other, as_of=AS_OF)
    assert orders_90d(other) is None
    assert orders_90d(keep) > before  # six orders in her last year now, not three
    actions.unmerge(db, merge_id, as_of=AS_OF, now=dt.datetime(2025, 4, 1, 12))
    assert orders_90d(keep) == pytest.approx(before)
    assert orders_90d(other) is not None
