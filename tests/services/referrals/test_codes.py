"""Referral codes: the format (name + digits, nothing ambiguous), uniqueness, typing them."""

from __future__ import annotations

import time

from app.services.database import Database
from app.services.referrals import codes
from app.services.referrals.picker import load_referrer_index
from tests.services.referrals.helpers import add_customer, is_well_formed

AMBIGUOUS = set("0O1I")


def test_code_is_the_transliterated_name_and_a_digit() -> None:
    maker = codes.CodeMaker([])
    assert maker.make("Анна") == "ANNA2"
    assert maker.make("anna") == "ANNA3"
    assert maker.make("Ольга") == "LGA2"  # O left out: it reads like a zero
    assert maker.make("Игорь") == "GR2"
    assert maker.make("  ") == "FRND2"


def test_numbers_skip_zero_and_one_and_grow_when_a_name_is_common() -> None:
    assert [codes.number_part(n) for n in (0, 7, 8, 9, 71, 72)] == [
        "2", "9", "22", "23", "99", "222"]
    maker = codes.CodeMaker(["ANNA2", "anna4"])  # taken ones, any case, are skipped
    made = [maker.make("Anna") for _ in range(80)]
    assert made[:2] == ["ANNA3", "ANNA5"]
    assert len(set(made)) == 80 and not {"ANNA2", "ANNA4"} & set(made)
    assert all(is_well_formed(c) and not AMBIGUOUS & set(c) for c in made)


def test_typed_code_is_found_in_any_case_with_spaces(db: Database) -> None:
    anna = add_customer(db, "Анна Петрова")
    boris = add_customer(db, "Boris Ivanov")
    assert codes.ensure_codes(db) == 2
    assert codes.ensure_codes(db) == 0  # nothing left to do
    assert codes.code_of(db, anna) == "ANNA2"
    assert codes.code_of(db, boris) == "BRS2"
    index = load_referrer_index(db)
    found = index.search(" anna-2 ")
    assert (found[0].hit.id, found[0].by_code) == (anna, True)
    assert [(h.hit.id, h.by_code) for h in index.search("brs 2")] == [(boris, True)]
    assert [h.by_code for h in index.search("анна")] == [False]  # her name, not her code
    assert index.search("ANNA3") == [] and index.search("") == []


def test_a_customer_added_later_gets_her_code_on_first_use(db: Database) -> None:
    add_customer(db, "Anna A")
    codes.ensure_codes(db)
    later = add_customer(db, "Anna B")
    assert codes.code_of(db, later) == "ANNA3"


def test_codes_for_a_hundred_thousand_customers_are_unique_and_quick(db: Database) -> None:
    names = ["Анна", "Мария", "Ivan", "Ольга", "Елена", "Ли", ""]
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany("INSERT INTO customers (display_name, first_name) VALUES (?, ?)",
                             [(f"{names[i % 7]} {i}", names[i % 7]) for i in range(100_000)])
    finally:
        conn.close()
    started = time.perf_counter()
    assert codes.ensure_codes(db) == 100_000
    elapsed = time.perf_counter() - started
    conn = db.raw_connection()
    try:
        made = [r[0] for r in conn.execute("SELECT referral_code FROM customers")]
    finally:
        conn.close()
    assert len(set(made)) == 100_000
    assert all(is_well_formed(c) for c in made)
    assert max(len(c) for c in made) <= codes.NAME_LETTERS + 6
    assert elapsed < 10
