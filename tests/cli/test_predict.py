"""`predict` on the command line: the JSON contract's exact keys, null fields under "simple",
the table, and --model."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli import main
from app.services.database import Database

KEYS = ["model", "time_unit", "params", "gamma_gamma", "log_likelihood", "customers"]
CUSTOMER_KEYS = ["customer_id", "expected_next_order", "p_alive", "expected_orders_90d",
                 "predicted_value_12m"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(["predict", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_exactly_the_contract_keys(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, "--db", db_arg, "--as-of", "2026-11-27")
    assert list(out) == KEYS
    assert out["model"] in ("bgnbd", "mbgnbd") and out["time_unit"] == "days"
    assert list(out["params"]) == ["r", "alpha", "a", "b"]
    assert list(out["gamma_gamma"]) == ["p", "q", "v"]
    assert isinstance(out["log_likelihood"], float)
    customers = out["customers"]
    assert len(customers) > 300
    assert all(list(c) == CUSTOMER_KEYS for c in customers)
    dates = [c["expected_next_order"] for c in customers if c["expected_next_order"]]
    assert dates and all(dt.date.fromisoformat(d) >= dt.date(2026, 11, 27) for d in dates)
    assert all(0 <= c["p_alive"] <= 1 for c in customers)
    values = [c["predicted_value_12m"] for c in customers]
    assert all(round(v, 2) == v for v in values) and max(values) > 0


def test_simple_has_null_model_fields_and_a_named_model_is_fitted(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    simple = _run(capsys, "--db", db_arg, "--as-of", "2026-11-27", "--model", "simple")
    assert simple["model"] == "simple"
    assert simple["params"] is None and simple["gamma_gamma"] is None
    assert simple["log_likelihood"] is None
    assert all(c["p_alive"] is None for c in simple["customers"])
    plain = _run(capsys, "--db", db_arg, "--as-of", "2026-11-27", "--model", "bgnbd")
    assert plain["model"] == "bgnbd" and plain["params"]["alpha"] > 0


def test_as_of_an_earlier_day_drops_later_customers(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    now = _run(capsys, "--db", db_arg, "--as-of", "2026-11-27")
    earlier = _run(capsys, "--db", db_arg, "--as-of", "2026-03-01")
    assert 0 < len(earlier["customers"]) < len(now["customers"])


def test_the_table_names_the_model_and_why(
    demo_db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["predict", "--db", db_arg, "--as-of", "2026-11-27"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("model: ") and "log-likelihood" in lines[0]
    assert any(line.split()[0] == "1" for line in lines[3:])


def test_an_empty_shop_says_there_are_no_orders(
    db: Database, db_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, "--db", db_arg)
    assert out["model"] == "simple" and out["customers"] == []
    main(["predict", "--db", db_arg])
    assert "There are no orders yet." in capsys.readouterr().out
