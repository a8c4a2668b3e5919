"""Search-as-you-type over the customers for the sale dialog."""

from __future__ import annotations

import time

import numpy as np

from app.services.sales.search import CustomerIndex, load_index
from tests.services.reminders.data import add_customer


def test_by_name_phone_digits_and_email(db) -> None:
    anna = add_customer(db, "Анна Ким", phone="+79131112233", email="anna@example.com")
    annabel = add_customer(db, "Мария Аннабель", phone=None)
    boris = add_customer(db, "Борис", phone="+79131112244")
    index = load_index(db)
    assert len(index) == 3
    # A name starting with the query comes before one that only contains it.
    assert [h.id for h in index.search("анн")] == [anna, annabel]
    assert [h.id for h in index.search("АННА К")] == [anna]
    assert [h.id for h in index.search("913 111-22-44")] == [boris]
    assert [h.id for h in index.search("example.com")] == [anna]
    assert index.search("   ") == [] and index.search("zzz") == []
    hit = index.get(boris)
    assert hit is not None and (hit.name, hit.phone) == ("Борис", "+79131112244")
    assert index.get(9999) is None


def test_empty_database(db) -> None:
    assert load_index(db).search("a") == []


def test_a_keystroke_over_100000_customers_is_quick() -> None:
    n = 100_000
    names = [f"Customer {i:06d}" for i in range(n)]
    index = CustomerIndex(np.arange(1, n + 1), names, [f"+7913{i:07d}" for i in range(n)],
                          [""] * n)
    started = time.perf_counter()
    hits = index.search("customer 0999", limit=30)
    assert time.perf_counter() - started < 1.0  # a generous bound for a shared, slow machine
    assert [h.name for h in hits] == [f"Customer 0999{i:02d}" for i in range(30)]
    assert len(index.search("c", limit=30)) == 30
