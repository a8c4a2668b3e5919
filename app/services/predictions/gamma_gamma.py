"""Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves").

A customer's order values are Gamma(p, ν) around her own mean p/ν, and ν ~ Gamma(q, v) across
customers. Fitted on repeat buyers only (x ≥ 1 repeat orders, average repeat order value
m_x > 0), as in the paper: a one-time buyer's single order says little about her usual spend.
Her expected average order is then

    E[M | x, m_x] = (q − 1)/(px + q − 1) · pv/(q − 1) + px/(px + q − 1) · m_x,

a weighted mean of the shop's mean pv/(q − 1) and her own; with x = 0 it is the shop's mean.
q > 1 is required for that mean to exist; a fit with q ≤ 1 is refused (no value predicted).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, special


@dataclass(frozen=True)
class SpendParams:
    p: float
    q: float
    v: float


def log_likelihood(params: SpendParams, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Each repeat buyer's log-likelihood of her average repeat order value m over x orders."""
    p, q, v = params.p, params.q, params.v
    px = p * x
    ll = (special.gammaln(px + q) - special.gammaln(px) - special.gammaln(q) + q * np.log(v)
          + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(x * m + v))
    return np.asarray(ll)


def fit(x: np.ndarray, m: np.ndarray) -> SpendParams | None:
    """MLE on log-parameters from a few starts; None when there are too few repeat buyers
    (fewer than 2) or the fit has no finite mean spend (q <= 1)."""
    keep = (x > 0) & (m > 0)
    x, m = x[keep].astype(float), m[keep].astype(float)
    if len(x) < 2:
        return None
    mean = float(m.mean())

    def objective(theta: np.ndarray) -> float:
        value = -log_likelihood(SpendParams(*np.exp(theta)), x, m).sum() / len(x)
        return float(value) if np.isfinite(value) else 1e300

    starts = [np.log([1.0, 2.0, mean]), np.log([5.0, 4.0, mean * 3]), np.log([0.5, 1.5, mean])]
    results = [optimize.minimize(objective, s, method="L-BFGS-B", bounds=[(-10, 10)] * 3)
               for s in starts]
    best = min(results, key=lambda res: res.fun)
    params = SpendParams(*np.exp(best.x))
    return params if params.q > 1 else None


def expected_spend(params: SpendParams, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Expected average order value (units of m); m is ignored where x == 0."""
    p, q, v = params.p, params.q, params.v
    px = p * x
    own = np.where(x > 0, m, 0.0)
    return ((q - 1) * (p * v / (q - 1)) + px * own) / (px + q - 1)
