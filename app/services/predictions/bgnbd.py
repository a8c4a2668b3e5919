"""BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") and the modified
BG/NBD (MBG/NBD, Batislam, Denizel & Filiztekin 2007): likelihood, fit and per-customer figures.

A customer buys at a Poisson rate λ ~ Gamma(r, α) while active; after each purchase she drops
out with probability p ~ Beta(a, b). The MBG/NBD also lets her drop out right after her first
purchase, so a one-time buyer is not certainly active (plain BG/NBD calls every one-time buyer
alive). Both are written as one formula with `shift` s (0: BG/NBD, 1: MBG/NBD):

    L = B(a, b+x+s)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
      + [x>0 or s=1] B(a+1, b+x+s-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))

with x repeat orders, t_x the time of the last one and T the customer's age, all measured from
her first order. Everything is in log space (gammaln/betaln, logaddexp), vectorised over the
distinct (x, t_x, T) triples weighted by how many customers share each, with the analytic
gradient; terms in x alone are computed once per distinct x.

Fitting: BFGS (`optimizer` says why not L-BFGS-B) on the log-parameters, kept within e^-8..e^8,
from several starts; the starts run on a weighted sample of at most `START_SAMPLE` triples and
the best one is polished on all data. A light L2 penalty PENALTY·Σ(log θ)² keeps parameters
finite when the data cannot pin them (everyone bought once, a handful of customers); on 2,357
CDNOW customers it moves the estimates by less than 0.1 %. Standard errors come from the
inverse of the Hessian (finite differences of the analytic gradient) in log-parameters.

The expected next order: while active, the time to her next order is exponential with rate λ,
and λ given her history is Gamma(r+x, α+T); so P(an order within t | active) = 1 −
((α+T)/(α+T+t))^(r+x) (the Gamma's Laplace transform). Multiplied by P(active) this is the
distribution function of the next order's time, which tops out at P(active); its q-quantile is
(α+T)·((1 − q/P)^(−1/(r+x)) − 1) when q < P(active), and unreachable ("not expected") otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from app.services.predictions import optimizer

PENALTY = 0.005
START_SAMPLE = 5_000
_BOUND = 8.0


@dataclass(frozen=True)
class Params:
    """r, alpha (in the fit's time unit), a, b."""

    r: float
    alpha: float
    a: float
    b: float

    def as_array(self) -> np.ndarray:
        return np.array([self.r, self.alpha, self.a, self.b])


@dataclass(frozen=True)
class Triples:
    """Distinct (x, t_x, T) with the number of customers sharing each; `inverse` maps every
    customer back to her triple."""

    x: np.ndarray
    t_x: np.ndarray
    T: np.ndarray
    weight: np.ndarray
    inverse: np.ndarray
    x_values: np.ndarray  # the distinct x
    x_at: np.ndarray  # each triple's x as an index into x_values


def triples(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> Triples:
    stacked = np.column_stack([x, t_x, T]).astype(float)
    unique, inverse, counts = np.unique(stacked, axis=0, return_inverse=True, return_counts=True)
    return _with_x_index(unique[:, 0], unique[:, 1], unique[:, 2], counts.astype(float),
                         inverse.reshape(-1))


def _with_x_index(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, weight: np.ndarray,
                  inverse: np.ndarray) -> Triples:
    values, at = np.unique(x, return_inverse=True)
    return Triples(x, t_x, T, weight, inverse, values, at.reshape(-1))


@dataclass(frozen=True)
class Fit:
    params: Params
    log_likelihood: float  # the data's, without the penalty
    converged: bool
    message: str  # the optimiser's own words when it did not converge
    log_covariance: np.ndarray | None  # of (log r, log α, log a, log b); None: Hessian singular


def log_likelihood(params: Params, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                   modified: bool) -> np.ndarray:
    """Each customer's log-likelihood."""
    data = _with_x_index(np.asarray(x, float), t_x, T, np.ones(len(x)), np.arange(len(x)))
    return _ll_and_grad(np.log(params.as_array()), data, modified, gradient=False)[0]


def _ll_and_grad(
    theta: np.ndarray, data: Triples, modified: bool, gradient: bool = True,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Log-likelihood per triple and its gradient in log-parameters (4 × triples).

    Every term that depends on x alone (gammaln, betaln, digamma) is computed once per distinct
    x — a few dozen values — and gathered; only the terms in T and t_x run over all triples."""
    r, alpha, a, b = np.exp(theta)
    s = 1.0 if modified else 0.0
    gl, bl, ψ = special.gammaln, special.betaln, special.digamma
    x, t_x, T, xs, at = data.x, data.t_x, data.T, data.x_values, data.x_at
    second = (xs > 0) | modified
    b2 = np.where(second, b + xs + s - 1, 1.0)  # 1.0: any valid value where the term is absent
    common = (gl(r + xs) - gl(r) + r * np.log(alpha))[at]
    c1 = (bl(a, b + xs + s) - bl(a, b))[at]
    c2 = np.where(second, bl(a + 1, b2) - bl(a, b), -np.inf)[at]
    log_a_t, log_a_tx = np.log(alpha + T), np.log(alpha + t_x)
    rx = r + x
    t1 = c1 - rx * log_a_t
    t2 = c2 - rx * log_a_tx
    mix = np.logaddexp(t1, t2)
    ll = common + mix
    if not gradient:
        return ll, None
    w1 = np.exp(t1 - mix)
    w2 = 1.0 - w1
    d_r = (ψ(r + xs) - ψ(r) + np.log(alpha))[at] - w1 * log_a_t - w2 * log_a_tx
    d_alpha = r / alpha - rx * (w1 / (alpha + T) + w2 / (alpha + t_x))
    base_b = ψ(a + b) - ψ(b)
    d1_a = (ψ(a + b) - ψ(a + b + xs + s))[at]
    d1_b = (ψ(b + xs + s) - ψ(a + b + xs + s) + base_b)[at]
    d2_b = np.where(second, ψ(b2) - ψ(a + b + xs + s) + base_b, 0.0)[at]
    d_a = d1_a + w2 / a
    d_b = w1 * d1_b + w2 * d2_b
    grad = np.vstack([d_r * r, d_alpha * alpha, d_a * a, d_b * b])
    return ll, grad


def _objective(data: Triples, modified: bool, scale: float):  # type: ignore[no-untyped-def]
    def f(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ll, grad = _ll_and_grad(theta, data, modified)
        assert grad is not None
        # Element-wise sums, not `@`: a BLAS call spreads over threads, which on a busy
        # machine wait for each other far longer than these sums take.
        value = -float((data.weight * ll).sum()) + PENALTY * float((theta * theta).sum())
        g = -(grad * data.weight).sum(axis=1) + 2 * PENALTY * theta
        return float(value) / scale, g / scale
    return f


def fit(data: Triples, modified: bool, seed: int = 0) -> Fit:
    """Maximum (lightly penalised) likelihood from several starts; see the module docstring."""
    scale = max(1.0, float(data.weight.sum()))
    sample = _sample(data, seed)
    mean_t = float(np.average(data.T, weights=data.weight)) or 1.0
    starts = [np.log([r, alpha * mean_t, a, b]) for r, alpha, a, b in
              ((1.0, 1.0, 1.0, 1.0), (0.3, 0.1, 0.8, 2.5), (2.0, 0.5, 0.3, 5.0),
               (0.5, 2.0, 2.0, 1.0))]
    small = _objective(sample, modified, max(1.0, float(sample.weight.sum())))
    tried = [optimizer.minimize(small, s, _BOUND) for s in starts]
    best = min(tried, key=lambda res: res.fun if np.isfinite(res.fun) else np.inf)
    objective = _objective(data, modified, scale)
    result = optimizer.minimize(objective, best.x, _BOUND)
    theta = result.x
    ll = float((data.weight * _ll_and_grad(theta, data, modified, False)[0]).sum())
    on_bound = bool(np.any(np.abs(theta) >= _BOUND - 1e-6))
    converged = bool(result.success) and np.isfinite(ll) and not on_bound
    message = "" if converged else (
        "a parameter ran to the edge of its range" if on_bound else str(result.message))
    return Fit(Params(*np.exp(theta)), ll, converged, message,
               _covariance(objective, theta, scale))


def _sample(data: Triples, seed: int) -> Triples:
    if len(data.x) <= START_SAMPLE:
        return data
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(data.x), START_SAMPLE, replace=False, p=data.weight / data.weight.sum())
    # Each sampled triple stands for its share of all customers.
    weight = data.weight[chosen] * (data.weight.sum() / data.weight[chosen].sum())
    return _with_x_index(data.x[chosen], data.t_x[chosen], data.T[chosen], weight, chosen)


def _covariance(objective, theta: np.ndarray, scale: float) -> np.ndarray | None:  # type: ignore[no-untyped-def]
    step = 1e-4
    hessian = np.empty((4, 4))
    for i in range(4):
        e = np.zeros(4)
        e[i] = step
        hessian[i] = (objective(theta + e)[1] - objective(theta - e)[1]) / (2 * step)
    hessian = (hessian + hessian.T) / 2 * scale
    try:
        cov = np.linalg.inv(hessian)
    except np.linalg.LinAlgError:
        return None
    return cov if np.all(np.isfinite(cov)) and np.all(np.diag(cov) > 0) else None


def p_alive(params: Params, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
            modified: bool) -> np.ndarray:
    r, alpha, a, b = params.as_array()
    s = 1.0 if modified else 0.0
    second = (x > 0) | modified
    log_ratio = np.log(a) - np.log(np.where(second, b + x + s - 1, 1.0)) + (r + x) * (
        np.log(alpha + T) - np.log(alpha + t_x))
    return np.where(second, special.expit(-log_ratio), 1.0)


def expected_orders(params: Params, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,
                    modified: bool) -> np.ndarray:
    """E[orders in the next t | history] (FHL 2005 eq. 10; Batislam et al. 2007 for MBG/NBD).

    Where hyp2f1 gives no finite answer (a far from its usual range), the bound
    P(active)·t·(r+x)/(α+T) — the order rate of a customer who stays active — is used instead."""
    r, alpha, a, b = params.as_array()
    s = 1.0 if modified else 0.0
    z = t / (alpha + T + t)
    hyp = special.hyp2f1(r + x, b + x + s, a + b + x + s - 1, z)
    power = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    alive = p_alive(params, x, t_x, T, modified)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (a + b + x + s - 1) / (a - 1) * (1 - power * hyp) * alive
    fallback = alive * t * (r + x) / (alpha + T)
    good = np.isfinite(value) & (value >= 0) & (value <= fallback * (1 + 1e-9) + 1e-12)
    return np.asarray(np.where(good, value, fallback))


def next_order_quantile(params: Params, q: float, x: np.ndarray, T: np.ndarray,
                        alive: np.ndarray) -> np.ndarray:
    """Time after T by which the next order has happened with probability q; NaN where
    q >= P(active) (not expected)."""
    r, alpha = params.r, params.alpha
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        remain = np.where(alive > q, 1 - q / alive, np.nan)
        t = (alpha + T) * np.expm1(-np.log(remain) / (r + x))
    return np.where(np.isfinite(t), t, np.nan)
