"""`products` and `suggest` on the command line: the exact columns and hand-computed values."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main
from app.cli.products import COLUMNS
from app.services.database import Database
from app.services.products import owner_pairs
from tests.services.products.shop import COFFEE, FILTERS, MUG, create_coffee_shop


def test_csv_columns_and_values(db: Database, db_arg: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db)
    assert main(["products", "--db", db_arg, "--as-of", "2026-11-27"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["product", "buyers", "orders", "revenue", "came_back_rate",
                       "replenish_days"] == COLUMNS
    # Revenue, highest first: coffee 11 x 1000 ₽ less a 500 ₽ refund; 500 ₽ of mugs (one free);
    # 300 ₽ of filters. Came back: 3 of 4, 1 of 2, 1 of 1. Only coffee has a clear interval.
    assert rows[1:] == [[COFFEE, "5", "11", "10500.00", "0.75", "28"],
                        [MUG, "2", "2", "500.00", "0.5", ""],
                        [FILTERS, "1", "1", "300.00", "1.0", ""]]


def test_json_as_of_an_earlier_day(db: Database, db_arg: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db)
    assert main(["products", "--db", db_arg, "--as-of", "2026-03-01",
                 "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    # By 1 March: Анна's coffee on 1 Jan, 29 Jan, 26 Feb and her mug; nobody else yet.
    assert records == [
        {"product": COFFEE, "buyers": 1, "orders": 3, "revenue": 3000.0,
         "came_back_rate": 1.0, "replenish_days": None},
        {"product": MUG, "buyers": 1, "orders": 1, "revenue": 500.0,
         "came_back_rate": 1.0, "replenish_days": None}]


def test_nobody_whose_first_order_held_it_leaves_the_rate_empty(
        db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db, [(1, "2026-01-01", 1000, None, COFFEE),
                            (1, "2026-02-01", 2000, None, FILTERS)], customers=1)
    main(["products", "--db", db_arg, "--as-of", "2026-11-27"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["product"], r["came_back_rate"]) for r in rows] == [(FILTERS, ""), (COFFEE, "1.0")]


def test_suggest_prints_the_owner_pair_first(db: Database, db_arg: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db)
    owner_pairs.add(db, COFFEE, FILTERS)
    assert main(["suggest", "6", "--db", db_arg, "--as-of", "2026-11-27"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"usual product: {COFFEE}",
                   f"{FILTERS}\tyour pair: with {COFFEE} offer {FILTERS}"]
    owner_pairs.hide(db, COFFEE, FILTERS)
    main(["suggest", "6", "--db", db_arg, "--as-of", "2026-11-27"])
    assert capsys.readouterr().out.splitlines()[1].startswith("no suggestion")


def test_suggest_for_an_unknown_customer_says_so(db: Database, db_arg: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db)
    assert main(["suggest", "99", "--db", db_arg]) == 2
    assert capsys.readouterr().err == "error: There is no customer number 99.\n"


def test_suggest_says_when_she_is_due_to_restock(db: Database, db_arg: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    create_coffee_shop(db)
    # Coffee's clear interval is 28 days (shop.py); Евгений bought it on 20 Nov: due on 18 Dec.
    main(["suggest", "6", "--db", db_arg, "--as-of", "2026-12-17"])
    assert "restock" not in capsys.readouterr().out
    main(["suggest", "6", "--db", db_arg, "--as-of", "2026-12-18"])
    assert capsys.readouterr().out.splitlines()[0] == (
        f"time to restock: usually buys {COFFEE} every 28 days, last 28 days ago")
