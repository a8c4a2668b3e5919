"""Predictions for every customer as of a day: the use case the CLI (and later the app) calls.

`predict(db, as_of, model)` -> `Prediction`: the model used and why (in words), its parameters in
days, the Gamma-Gamma spend parameters in major units, and a DataFrame with one row per customer
who has an order (see `COLUMNS`). The models work in weeks inside (better conditioned: CDNOW's α
is 4.4 weeks, 31 days) and report α in days.

12-month value = expected orders in the next 365 days × expected average order, not discounted:
over one year a typical 10 % yearly rate would change it by about 5 %, well inside the model's
own uncertainty, and an undiscounted figure is what an owner checks against her till.

What is at stake (Today's ordering): predicted value × (1 − P(active)) with a model; without
one, the money the customer spent.

Confidence (low / medium / high) per estimate, the weaker of two things:
- how well the shop's data pin the model: PARAMETER_DRAWS parameter sets drawn from the fit's
  asymptotic normal (inverse Hessian, log-parameters); the 10-90 % spread of the customer's
  P(active) (high <= 0.10, medium <= 0.25) or of her expected orders relative to their mean (high
  <= 0.25, medium <= 0.5); low when the Hessian cannot be inverted;
- how much she herself has shown: 1 order low, 2-3 medium, 4+ high (for the value, her repeat
  orders with a value: 0 low, 1-2 medium, 3+ high).
The simple estimate is low throughout, except the next order of a customer with 4+ gaps (medium).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.money import MINOR_PER_UNIT
from app.services.predictions import bgnbd, choose, gamma_gamma, simple
from app.services.predictions.choose import Said
from app.services.predictions.summary import load_history

WEEK = 7.0
PARAMETER_DRAWS = 20
HORIZON_DAYS = 3650
LEVELS = np.array(["low", "medium", "high"])
COLUMNS = ["orders", "next_day", "low_day", "high_day", "overdue", "p_alive",
           "expected_orders_90d", "predicted_value_12m_minor", "at_stake_minor",
           "next_order_confidence", "p_alive_confidence", "orders_confidence",
           "value_confidence"]


@dataclass(frozen=True)
class Prediction:
    """`customers`: indexed by customer_id, COLUMNS. Days are day numbers (NaN: not expected;
    high_day NaN with a next_day: no upper end within reach); p_alive NaN under "simple"."""

    model: str  # "bgnbd" | "mbgnbd" | "simple"
    as_of: dt.date
    reason: Said
    params: dict[str, float] | None  # r, alpha (days), a, b
    gamma_gamma: dict[str, float] | None  # p, q, v (v in major units)
    log_likelihood: float | None
    customers: pd.DataFrame
    notes: list[Said] = field(default_factory=list)


def predict(db: Database, as_of: dt.date, model: str = "auto") -> Prediction:
    """Purchases after `as_of` are ignored. `model`: "auto" or one of choose.MODELS; a named
    model is fitted whatever the data (only an empty shop falls back to "simple")."""
    return predict_history(load_history(db, as_of), as_of, model)


def predict_history(history: pd.DataFrame, as_of: dt.date, model: str = "auto") -> Prediction:
    if model not in (*choose.MODELS, "auto"):
        raise ValueError(model)
    if model == "simple":
        return _simple(history, as_of, Said(choose.ASKED))
    if history.empty:
        return _simple(history, as_of, Said(choose.NO_ORDERS))
    if model == "auto" and (reason := choose.data_reason(history)) is not None:
        return _simple(history, as_of, reason)
    data = bgnbd.triples(history["x"].to_numpy(), history["t_x"].to_numpy() / WEEK,
                         history["T"].to_numpy() / WEEK)
    if model != "auto":
        fitted = bgnbd.fit(data, modified=model == "mbgnbd")
        notes = [] if fitted.converged else [Said(choose.FIT_NOT_SETTLED,
                                                  {"detail": fitted.message})]
        return _scored(history, as_of, model, fitted, data, Said(choose.ASKED), notes)
    fits = {name: bgnbd.fit(data, modified=name == "mbgnbd") for name in ("bgnbd", "mbgnbd")}
    ranked = sorted(fits, key=lambda name: (fits[name].converged, fits[name].log_likelihood),
                    reverse=True)
    chosen, other = ranked
    if not fits[chosen].converged:
        return _simple(history, as_of, Said(choose.NOT_SETTLED, {"detail": fits[chosen].message}))
    tie = fits[other].converged and (
        fits[chosen].log_likelihood - fits[other].log_likelihood < choose.TIE_LOG_LIKELIHOOD)
    if tie:
        chosen, other = "bgnbd", "mbgnbd"
    reason = Said(choose.TIE if tie else choose.BETTER, {
        "chosen": choose.NAMES[chosen], "other": choose.NAMES[other],
        "ll_chosen": f"{fits[chosen].log_likelihood:.1f}",
        "ll_other": f"{fits[other].log_likelihood:.1f}"})
    return _scored(history, as_of, chosen, fits[chosen], data, reason, [])


def _simple(history: pd.DataFrame, as_of: dt.date, reason: Said) -> Prediction:
    estimate = simple.estimate(history, simple.shop_rhythm(history))
    today = day_numbers.from_date(as_of)
    out = pd.DataFrame(index=history.index)
    out["orders"] = history["orders"]
    for col in ("next_day", "low_day", "high_day"):
        out[col] = estimate[col]
    out["overdue"] = (estimate["high_day"] < today).to_numpy()
    out["p_alive"] = np.nan
    out["expected_orders_90d"] = estimate["expected_orders_90d"]
    out["predicted_value_12m_minor"] = estimate["predicted_value_12m_minor"].round().astype("int64")
    out["at_stake_minor"] = history["spent_minor"].astype("int64")
    k = history["intervals"].fillna(0).to_numpy()
    out["next_order_confidence"] = np.where(k >= 4, "medium", "low")
    for col in ("p_alive_confidence", "orders_confidence", "value_confidence"):
        out[col] = "low"
    return Prediction("simple", as_of, reason, None, None, None, out[COLUMNS])


def _scored(history: pd.DataFrame, as_of: dt.date, model: str, fitted: bgnbd.Fit,
            data: bgnbd.Triples, reason: Said, notes: list[Said]) -> Prediction:
    modified = model == "mbgnbd"
    params = fitted.params
    x, t_x, T = data.x, data.t_x, data.T
    alive = bgnbd.p_alive(params, x, t_x, T, modified)
    orders_90 = bgnbd.expected_orders(params, 90 / WEEK, x, t_x, T, modified)
    orders_year = bgnbd.expected_orders(params, 365 / WEEK, x, t_x, T, modified)
    # Beyond ten years (a rate near zero) is no date an owner can use: not expected.
    quantiles = [np.where(days < HORIZON_DAYS, days, np.nan) for days in (
        bgnbd.next_order_quantile(params, q, x, T, alive) * WEEK for q in (0.1, 0.5, 0.9))]
    spend_params, spend = _spend(history)
    if spend_params is None:
        notes = [*notes, Said(choose.NO_SPEND_MODEL)]
    today = day_numbers.from_date(as_of)
    back = data.inverse
    out = pd.DataFrame(index=history.index)
    out["orders"] = history["orders"]
    for col, days in zip(("low_day", "next_day", "high_day"), quantiles, strict=True):
        out[col] = today + np.round(days[back])
    # The model's lateness is its falling P(active): a repeat buyer is overdue once her next
    # order is no longer expected within the 90 % range at all (P(active) <= 0.9), which is
    # when Today's rhythm rule speaks of her.
    out["overdue"] = (np.isnan(quantiles[2][back]) & (history["x"].to_numpy() >= 1))
    out["p_alive"] = alive[back]
    out["expected_orders_90d"] = orders_90[back]
    value = orders_year[back] * spend * MINOR_PER_UNIT
    out["predicted_value_12m_minor"] = np.round(value).astype("int64")
    out["at_stake_minor"] = np.round(value * (1 - alive[back])).astype("int64")
    _confidence(out, history, fitted, data, modified)
    spend_dict = None if spend_params is None else {
        "p": spend_params.p, "q": spend_params.q, "v": spend_params.v}
    return Prediction(model, as_of, reason,
                      {"r": params.r, "alpha": params.alpha * WEEK, "a": params.a, "b": params.b},
                      spend_dict, fitted.log_likelihood, out[COLUMNS], notes)


def _spend(history: pd.DataFrame) -> tuple[gamma_gamma.SpendParams | None, np.ndarray]:
    """Expected average order in major units per customer, and the Gamma-Gamma parameters
    (None: not fitted; then her own average order)."""
    x = history["x"].to_numpy(dtype=float)
    m = history["repeat_mean_minor"].fillna(0).to_numpy(dtype=float) / MINOR_PER_UNIT
    params = gamma_gamma.fit(x, m)
    if params is None:
        return None, history["spent_minor"].to_numpy(dtype=float) / history[
            "orders"].to_numpy(dtype=float) / MINOR_PER_UNIT
    return params, gamma_gamma.expected_spend(params, x, m)


def _confidence(out: pd.DataFrame, history: pd.DataFrame, fitted: bgnbd.Fit,
                data: bgnbd.Triples, modified: bool) -> None:
    orders = history["orders"].to_numpy()
    own = np.select([orders >= 4, orders >= 2], [2, 1], 0)
    repeats_valued = np.where(history["repeat_mean_minor"].fillna(0).to_numpy() > 0,
                              history["x"].to_numpy(), 0)
    own_value = np.select([repeats_valued >= 3, repeats_valued >= 1], [2, 1], 0)
    alive_level = np.zeros(len(data.x), dtype=int)
    orders_level = np.zeros(len(data.x), dtype=int)
    if fitted.log_covariance is not None:
        rng = np.random.default_rng(0)
        draws = rng.multivariate_normal(np.log(fitted.params.as_array()),
                                        fitted.log_covariance, PARAMETER_DRAWS)
        alive_draws, order_draws = [], []
        for theta in draws:
            p = bgnbd.Params(*np.exp(theta))
            alive_draws.append(bgnbd.p_alive(p, data.x, data.t_x, data.T, modified))
            order_draws.append(bgnbd.expected_orders(p, 90 / WEEK, data.x, data.t_x, data.T,
                                                     modified))
        alive_spread = np.subtract(*np.quantile(alive_draws, [0.9, 0.1], axis=0))
        orders_q = np.quantile(order_draws, [0.9, 0.1], axis=0)
        orders_spread = (orders_q[0] - orders_q[1]) / np.maximum(np.mean(order_draws, axis=0),
                                                                 1e-9)
        alive_level = np.select([alive_spread <= 0.10, alive_spread <= 0.25], [2, 1], 0)
        orders_level = np.select([orders_spread <= 0.25, orders_spread <= 0.5], [2, 1], 0)
    back = data.inverse
    orders_conf = np.minimum(orders_level[back], own)
    out["next_order_confidence"] = LEVELS[orders_conf]
    out["p_alive_confidence"] = LEVELS[np.minimum(alive_level[back], own)]
    out["orders_confidence"] = LEVELS[orders_conf]
    out["value_confidence"] = LEVELS[np.minimum(orders_conf, own_value)]
