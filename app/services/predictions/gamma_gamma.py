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
from scipy import special

from app.services.predictions import optimizer


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
    """MLE on log-parameters (analytic gradient) from a few starts; None when there are too few
    repeat buyers (fewer than 2) or the fit has no finite mean spend (q <= 1)."""
    keep = (x > 0) & (m > 0)
    x, m = x[keep].astype(float), m[keep].astype(float)
    if len(x) < 2:
        return None
    log_x, log_m, n = np.log(x), np.log(m), len(x)
    # The Gamma-function terms depend on x alone: computed once per distinct x and gathered.
    xs, at = np.unique(x, return_inverse=True)
    at = at.reshape(-1)
    ψ, gl = special.digamma, special.gammaln
    x_log_mx = float((x * (log_m + log_x)).sum())
    sum_log_m = float(log_m.sum())
    xm = x * m

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        p, q, v = np.exp(theta)
        pxs = p * xs
        log_xmv = np.log(xm + v)
        gamma_terms = (gl(pxs + q) - gl(pxs) - gl(q))[at]
        ll = (float(gamma_terms.sum()) + n * q * np.log(v) + p * x_log_mx - sum_log_m
              - float(((p * x + q) * log_xmv).sum()))
        ψ_sum, ψ_x = ψ(pxs + q)[at], ψ(pxs)[at]
        d_p = float((x * (ψ_sum - ψ_x - log_xmv)).sum() + x_log_mx) * p
        d_q = float((ψ_sum - log_xmv).sum() + n * (np.log(v) - ψ(q))) * q
        d_v = float(n * q / v - ((p * x + q) / (xm + v)).sum()) * v
        if not np.isfinite(ll):
            return 1e300, np.zeros(3)
        return -ll / n, -np.array([d_p, d_q, d_v]) / n

    mean = float(m.mean())
    starts = [np.log([1.0, 2.0, mean]), np.log([5.0, 4.0, mean * 3]), np.log([0.5, 1.5, mean])]
    results = [optimizer.minimize(objective, s, 10.0) for s in starts]
    best = min(results, key=lambda res: res.fun)
    # q and v at the edge together: customers' usual orders hardly differ (ν's spread -> 0); the
    # limit is a shop-wide mean p v/(q-1), still finite and used as it is.
    params = SpendParams(*np.exp(best.x))
    return params if params.q > 1 else None


def expected_spend(params: SpendParams, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Expected average order value (units of m); m is ignored where x == 0."""
    p, q, v = params.p, params.q, params.v
    px = p * x
    own = np.where(x > 0, m, 0.0)
    return ((q - 1) * (p * v / (q - 1)) + px * own) / (px + q - 1)
