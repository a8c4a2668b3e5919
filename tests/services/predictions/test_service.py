"""The use case: model choice, degenerate shops, --as-of, the simple estimate by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from app.services import day_numbers
from app.services.database import Database
from app.services.predictions import choose
from app.services.predictions.service import COLUMNS, predict, predict_history
from app.services.predictions.simple import SHRINK_GAPS
from app.services.predictions.summary import history

AS_OF = dt.date(2026, 11, 27)
TODAY = day_numbers.from_date(AS_OF)


def _orders(rows: list[tuple[int, int, int]]) -> pd.DataFrame:
    """(customer, days before AS_OF, amount in minor units)."""
    return pd.DataFrame({"customer_id": [r[0] for r in rows],
                         "day": [TODAY - r[1] for r in rows],
                         "amount_minor": [r[2] for r in rows]})


def _simulated_shop(customers: int, seed: int = 3) -> pd.DataFrame:
    """Customers who buy at their own pace (about monthly, varying) and some stop."""
    rng = np.random.default_rng(seed)
    rows = []
    for cid in range(1, customers + 1):
        start = int(rng.integers(30, 700))
        gap = rng.gamma(2.0, 20.0)
        day = float(start)
        while day >= 0:
            rows.append((cid, int(day), int(rng.integers(500, 5000)) * 100))
            if rng.random() < 0.15:
                break
            day -= rng.exponential(gap) + 1
    return _orders(rows)


def _check_sane(prediction) -> None:  # type: ignore[no-untyped-def]
    frame = prediction.customers
    assert list(frame.columns) == COLUMNS
    alive = frame["p_alive"].dropna()
    assert ((alive >= 0) & (alive <= 1)).all()
    assert (frame["expected_orders_90d"] >= 0).all() and np.isfinite(
        frame["expected_orders_90d"]).all()
    assert (frame["predicted_value_12m_minor"] >= 0).all()
    nxt = frame["next_day"].dropna()
    assert (nxt > TODAY - 10_000).all()
    assert set(frame[["p_alive_confidence", "value_confidence"]].to_numpy().ravel()) <= {
        "low", "medium", "high"}


def test_a_big_shop_gets_a_model_chosen_by_likelihood() -> None:
    hist = history(_simulated_shop(600), AS_OF)
    prediction = predict_history(hist, AS_OF)
    assert prediction.model in ("bgnbd", "mbgnbd")
    other = "mbgnbd" if prediction.model == "bgnbd" else "bgnbd"
    beaten = predict_history(hist, AS_OF, other)
    assert prediction.log_likelihood is not None and beaten.log_likelihood is not None
    if prediction.reason.template == choose.TIE:  # no real difference: the validated model
        assert prediction.model == "bgnbd"
        assert abs(prediction.log_likelihood - beaten.log_likelihood) < 1
    else:
        assert prediction.reason.template == choose.BETTER
        assert prediction.log_likelihood >= beaten.log_likelihood + 1
    assert choose.NAMES[other] in prediction.reason.english()
    _check_sane(prediction)
    assert prediction.gamma_gamma is not None and prediction.gamma_gamma["q"] > 1
    # Regulars who just bought are likelier active than those silent for a year.
    frame = prediction.customers.join(hist[["x", "last_day"]])
    regulars = frame[frame["x"] >= 4]
    recent = regulars[regulars["last_day"] > TODAY - 30]["p_alive"].mean()
    silent = regulars[regulars["last_day"] < TODAY - 365]["p_alive"].mean()
    assert recent > silent + 0.3


@pytest.mark.parametrize("rows, template", [
    ([(cid, cid * 3, 1000) for cid in range(1, 300)], choose.FEW_REPEATS),  # all bought once
    ([(1, 40, 1000), (1, 20, 2000), (1, 5, 500)], choose.FEW_CUSTOMERS),  # one customer
    ([(cid, 0, 1000) for cid in range(1, 400)] * 2, choose.ONE_DAY),  # all on one day
    ([], choose.NO_ORDERS),
])
def test_degenerate_shops_fall_back_to_the_simple_estimate_with_a_reason(
    rows: list[tuple[int, int, int]], template: str
) -> None:
    prediction = predict_history(history(_orders(rows), AS_OF), AS_OF)
    assert prediction.model == "simple"
    assert prediction.reason.template == template
    assert "{" not in prediction.reason.english()
    assert prediction.params is None and prediction.log_likelihood is None
    _check_sane(prediction)


def test_a_shop_of_30_customers_uses_the_simple_estimate_and_named_models_still_fit() -> None:
    hist = history(_simulated_shop(30), AS_OF)
    prediction = predict_history(hist, AS_OF)
    assert prediction.model == "simple"
    assert prediction.reason.values == {"customers": 30, "needed": choose.MIN_CUSTOMERS}
    for name in ("bgnbd", "mbgnbd"):
        named = predict_history(hist, AS_OF, name)
        assert named.model == name
        assert all(np.isfinite(v) for v in (named.params or {}).values())
        _check_sane(named)


def test_a_named_model_on_one_time_buyers_is_finite_and_says_so_when_it_does_not_settle() -> None:
    hist = history(_orders([(cid, cid * 3, 1000) for cid in range(1, 300)]), AS_OF)
    prediction = predict_history(hist, AS_OF, "bgnbd")
    assert all(np.isfinite(v) for v in (prediction.params or {}).values())
    _check_sane(prediction)
    assert all("{" not in note.english() for note in prediction.notes)
    assert any(note.template == choose.NO_SPEND_MODEL for note in prediction.notes)


def test_the_simple_estimate_by_hand() -> None:
    # Customer 1: gaps 10, 20, 30 (own median 20, log-gaps sd s1); customer 2: gaps 40, 60
    # (median 50); customer 3: one order. Shop median of medians: 35.
    rows = [(1, 100, 1000), (1, 90, 1000), (1, 70, 1000), (1, 40, 3000),
            (2, 190, 500), (2, 150, 500), (2, 90, 500), (3, 10, 800)]
    prediction = predict_history(history(_orders(rows), AS_OF), AS_OF, "simple")
    frame = prediction.customers
    interval_1 = (3 * 20 + SHRINK_GAPS * 35) / (3 + SHRINK_GAPS)  # 27.5
    assert frame.loc[1, "next_day"] == TODAY - 40 + round(interval_1)
    s1 = np.std(np.log([10, 20, 30]), ddof=1)
    s2 = np.std(np.log([40, 60]), ddof=1)
    shop_sd = np.median([s1, s2])
    sd_1 = (3 * s1 + SHRINK_GAPS * shop_sd) / (3 + SHRINK_GAPS)
    assert frame.loc[1, "high_day"] == TODAY - 40 + round(interval_1 * np.exp(1.2816 * sd_1))
    assert frame.loc[3, "next_day"] == TODAY - 10 + 35  # a one-time buyer: the shop's rhythm
    # Customer 2 last bought 90 days ago; (2·50 + 3·35)/5 = 41 days, range to 66: overdue.
    assert bool(frame.loc[2, "overdue"]) and not bool(frame.loc[3, "overdue"])
    # Run rates of the last 365 days: customer 1 spent 60.00 in 4 orders.
    assert frame.loc[1, "predicted_value_12m_minor"] == 6000
    assert frame.loc[1, "expected_orders_90d"] == pytest.approx(4 * 90 / 365)
    assert frame["p_alive"].isna().all()
    assert frame.loc[1, "at_stake_minor"] == 6000


def test_purchases_after_as_of_are_ignored(db: Database) -> None:
    conn = db.raw_connection()
    with conn:
        conn.executemany("INSERT INTO customers (id, display_name) VALUES (?, ?)",
                         [(1, "A"), (2, "B")])
        conn.executemany(
            "INSERT INTO purchases (customer_id, purchased_on, amount_minor, product, quantity,"
            " dedup_key) VALUES (?, ?, ?, 'x', 1, ?)",
            [(1, "2026-01-10", 1000, 1), (1, "2026-02-10", 1000, 2), (1, "2026-03-10", 1000, 3),
             (1, "2026-06-10", 9000, 4), (2, "2026-05-01", 1000, 5)])
    conn.close()
    before = predict(db, dt.date(2026, 4, 1), "simple").customers
    assert list(before.index) == [1]  # customer 2's first order is later
    assert before.loc[1, "orders"] == 3
    assert before.loc[1, "predicted_value_12m_minor"] == 3000
    after = predict(db, dt.date(2026, 7, 1), "simple").customers
    assert after.loc[1, "orders"] == 4 and list(after.index) == [1, 2]


def test_history_ignores_orders_after_as_of_and_counts_days_from_the_first_order() -> None:
    orders = _orders([(1, 100, 1000), (1, 60, 2000), (1, 10, 4000), (1, -5, 9000), (2, -3, 500)])
    hist = history(orders, AS_OF)
    assert list(hist.index) == [1]
    row = hist.loc[1]
    assert (row["orders"], row["x"], row["t_x"], row["T"]) == (3, 2, 90, 100)
    assert row["repeat_mean_minor"] == 3000  # the orders after the first: (2000 + 4000) / 2
    assert row["spent_minor"] == 7000 and row["interval_median"] == 45


def test_a_tie_goes_to_bgnbd_and_says_so(demo_db: Database) -> None:
    # The demo shop in mid-January: hardly any one-time buyer has had time to drop out, and the
    # two models' log-likelihoods differ by less than one.
    prediction = predict(demo_db, dt.date(2026, 1, 15))
    assert prediction.reason.template == choose.TIE and prediction.model == "bgnbd"
    mbg = predict(demo_db, dt.date(2026, 1, 15), "mbgnbd")
    assert prediction.log_likelihood is not None and mbg.log_likelihood is not None
    assert abs(prediction.log_likelihood - mbg.log_likelihood) < choose.TIE_LOG_LIKELIHOOD
