"""`metrics` on the command line: the exact keys, JSON and CSV, --as-of, hand-computed values."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main
from app.services.database import Database
from tests.free_shop import create_free_shop
from tests.services.dashboard.hand_shop import create_hand_shop

CONTRACT = ["customers", "orders", "revenue", "repeat_purchase_rate", "repeat_revenue_share",
            "mean_days_between_orders", "median_days_between_orders", "average_order_value",
            "historic_clv"]


def _json(db_arg: str, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    assert main(["metrics", "--db", db_arg, "--format", "json", *extra]) == 0
    record: dict[str, object] = json.loads(capsys.readouterr().out)
    return record


def test_free_shop_by_hand(db: Database, db_arg: str,
                           capsys: pytest.CaptureFixture[str]) -> None:
    create_free_shop(db)
    record = _json(db_arg, capsys, "--as-of", "2026-11-27")
    assert list(record)[:len(CONTRACT)] == CONTRACT
    # Orders: Анна 2, Борис 1 (free), Вера 3 (free, paid, free), Григорий 1 (G2 is refunds
    # alone), Дарья 1 (a free line + a refund); Евгений only returned something: no customer.
    # Money per customer, never below zero: 3000 + 0 + 1500 + (2000 - 500 - 300) + 0 = 5700.
    # Gaps: Анна 20; Вера 30 and 55.
    assert {k: record[k] for k in CONTRACT} == {
        "customers": 5, "orders": 8, "revenue": 5700.0, "repeat_purchase_rate": 0.4,
        "repeat_revenue_share": round(4500 / 5700, 6), "mean_days_between_orders": 35.0,
        "median_days_between_orders": 30.0, "average_order_value": 712.5,
        "historic_clv": 1140.0}
    assert record["repeat_customers"] == 2


def test_csv_header_and_one_row_as_of(db: Database, db_arg: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    create_hand_shop(db)
    assert main(["metrics", "--db", db_arg, "--as-of", "2026-06-30"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1
    row = rows[0]
    assert list(row)[:len(CONTRACT)] == CONTRACT
    # hand_shop: 7 customers, 11 orders, 6400 roubles; F's 2 July purchase is after the day.
    # Gaps: A 54 and 57, B 30, D 170 -> mean 77.75, median 55.5.
    assert (row["customers"], row["orders"], row["revenue"]) == ("7", "11", "6400.0")
    assert float(row["repeat_purchase_rate"]) == round(3 / 7, 6)
    assert float(row["repeat_revenue_share"]) == round(5200 / 6400, 6)
    assert (row["mean_days_between_orders"], row["median_days_between_orders"]) == (
        "77.75", "55.5")
    assert float(row["average_order_value"]) == round(6400 / 11, 2)
    assert float(row["historic_clv"]) == round(6400 / 7, 2)
    later = _json(db_arg, capsys, "--as-of", "2026-07-02")
    assert (later["customers"], later["revenue"]) == (8, 11400.0)


def test_empty_database_prints_nulls(db: Database, db_arg: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    record = _json(db_arg, capsys, "--as-of", "2026-06-30")
    assert (record["customers"], record["orders"], record["revenue"]) == (0, 0, 0.0)
    assert all(record[k] is None for k in CONTRACT[3:])


def test_predicted_clv_null_until_a_model_is_fitted(db: Database, db_arg: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.dashboard.hand_shop import AS_OF
    from tests.services.dashboard.predicted_data import store_predictions

    ids = create_hand_shop(db)
    record = _json(db_arg, capsys, "--as-of", AS_OF.isoformat())
    assert record["predicted_clv"] is None and record["predicted_revenue_12m"] is None
    before = {k: record[k] for k in CONTRACT}
    # 1200.00 + 300.50 = 1500.50 over 2 customers: 750.25 each.
    store_predictions(db, AS_OF, {ids["A"]: 120_000, ids["B"]: 30_050})
    record = _json(db_arg, capsys, "--as-of", AS_OF.isoformat())
    assert (record["predicted_clv"], record["predicted_revenue_12m"]) == (750.25, 1500.5)
    assert {k: record[k] for k in CONTRACT} == before
    assert list(record)[:len(CONTRACT)] == CONTRACT
    assert main(["metrics", "--db", db_arg, "--as-of", AS_OF.isoformat()]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[-2:] == ["predicted_clv", "predicted_revenue_12m"]
