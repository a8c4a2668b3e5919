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
