"""Opening the database: transactions are all-or-nothing; one app instance per file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Customer, Purchase
from app.services.database import Database
from app.services.errors import DatabaseLockedError
from app.services.instance_lock import InstanceLock


def test_transaction_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Customer(display_name="Анна"))
        session.flush()
        raise RuntimeError("crash mid-write")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_foreign_keys_cascade_purchases_with_their_customer(db: Database) -> None:
    import datetime as dt

    with db.transaction() as session:
        customer = Customer(display_name="Анна")
        session.add(customer)
        session.flush()
        session.add(Purchase(customer_id=customer.id, purchased_on=dt.date(2026, 1, 5),
                             amount_minor=150_000))
    with db.transaction() as session:
        session.delete(session.scalars(select(Customer)).one())
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Purchase)) == 0


def test_second_instance_on_the_same_database_is_refused(db_path: Path) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseLockedError, match="already open"):
            InstanceLock(db_path).acquire()
    finally:
        first.release()
    with InstanceLock(db_path):  # free again once the first instance is gone
        pass


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path) -> None:
    import sqlite3

    from app.services.database import open_database
    from app.services.errors import NotRegularsDatabaseError

    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotRegularsDatabaseError, match="another program's database"):
        open_database(path)
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"albums"}
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()


def test_an_empty_sqlite_file_becomes_a_regulars_database(tmp_path) -> None:
    import sqlite3

    from app.services.database import REGULARS_TABLES, open_database

    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")  # writes the header: a valid SQLite file without tables
    conn.close()
    assert path.stat().st_size > 0
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables >= REGULARS_TABLES


@pytest.mark.sqlite_only
def test_current_version_with_a_table_missing_is_damaged(db, db_path) -> None:
    import sqlite3

    from app.services.database import open_database
    from app.services.errors import DatabaseCorruptError

    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE tasks")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorruptError, match="damaged"):
        open_database(db_path)
