"""The likelihoods and per-customer figures against independent computations: the model's
definition integrated numerically over λ and p (not the closed forms the code uses)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, optimize, stats

from app.services.predictions import bgnbd, gamma_gamma

PARAMS = bgnbd.Params(r=0.6, alpha=3.0, a=0.8, b=2.5)
# (x, t_x, T): a one-time buyer, a regular, a lapsed regular
CUSTOMERS = [(0, 0.0, 20.0), (4, 18.0, 20.0), (3, 5.0, 30.0)]


def _by_integration(x: int, t_x: float, T: float, modified: bool) -> float:
    """∫∫ P(history | λ, p) g(λ) f(p) dλ dp, P from the story: x orders by Poisson(λ) while
    active; after each order (and, modified, after the first) she leaves with probability p.
    The λ integral is the Gamma integral ∫ λ^x e^{-λs} g(λ) dλ = Γ(r+x) α^r / (Γ(r) (α+s)^(r+x));
    the p integral is numerical."""
    r, alpha, a, b = PARAMS.as_array()

    def over_lambda(s: float) -> float:
        return math.exp(math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha)
                        - (r + x) * math.log(alpha + s))

    beta = stats.beta(a, b)

    def history(p: float) -> float:
        stay = (1 - p) ** (x + 1 if modified else x)
        left = p * (1 - p) ** (x if modified else x - 1) if (x > 0 or modified) else 0.0
        return (stay * over_lambda(T) + left * over_lambda(t_x)) * beta.pdf(p)

    value, _ = integrate.quad(history, 0, 1, epsabs=1e-14, epsrel=1e-11, limit=200)
    return math.log(value)


@pytest.mark.parametrize("modified", [False, True])
def test_log_likelihood_equals_the_integrated_model(modified: bool) -> None:
    x, t_x, T = (np.array(v, dtype=float) for v in zip(*CUSTOMERS, strict=True))
    got = bgnbd.log_likelihood(PARAMS, x, t_x, T, modified)
    want = [_by_integration(*c, modified=modified) for c in CUSTOMERS]
    assert got == pytest.approx(want, rel=1e-5)


def test_plain_bgnbd_calls_a_one_time_buyer_alive_and_the_modified_does_not() -> None:
    x, t_x, T = np.array([0.0, 3.0]), np.array([0.0, 5.0]), np.array([20.0, 30.0])
    plain = bgnbd.p_alive(PARAMS, x, t_x, T, modified=False)
    modified = bgnbd.p_alive(PARAMS, x, t_x, T, modified=True)
    assert plain[0] == 1.0 and modified[0] < 1.0
    # The lapsed regular by Bayes: P(alive) = L(alive) / L, both from the story.
    r, alpha, a, b = PARAMS.as_array()
    alive = math.exp(math.lgamma(a + b) + math.lgamma(b + 3) - math.lgamma(b)
                     - math.lgamma(a + b + 3) + math.lgamma(r + 3) - math.lgamma(r)
                     + r * math.log(alpha) - (r + 3) * math.log(alpha + 30))
    total = math.exp(bgnbd.log_likelihood(PARAMS, x[1:], t_x[1:], T[1:], False)[0])
    assert plain[1] == pytest.approx(alive / total, rel=1e-9)


def test_next_order_quantiles_invert_the_distribution() -> None:
    x, T, alive = np.array([2.0]), np.array([10.0]), np.array([0.8])
    r, alpha = PARAMS.r, PARAMS.alpha
    for q in (0.1, 0.5, 0.7):
        t = bgnbd.next_order_quantile(PARAMS, q, x, T, alive)[0]
        cdf = 0.8 * (1 - ((alpha + T[0]) / (alpha + T[0] + t)) ** (r + 2))
        assert cdf == pytest.approx(q)
    assert np.isnan(bgnbd.next_order_quantile(PARAMS, 0.9, x, T, alive)[0])  # not expected


def test_expected_orders_grow_with_time_and_stay_below_the_active_rate() -> None:
    x, t_x, T = (np.array(v, dtype=float) for v in zip(*CUSTOMERS, strict=True))
    for modified in (False, True):
        short = bgnbd.expected_orders(PARAMS, 5, x, t_x, T, modified)
        long = bgnbd.expected_orders(PARAMS, 50, x, t_x, T, modified)
        bound = bgnbd.p_alive(PARAMS, x, t_x, T, modified) * 50 * (PARAMS.r + x) / (
            PARAMS.alpha + T)
        assert np.all(short < long) and np.all(long < bound)


def test_gamma_gamma_log_likelihood_by_hand() -> None:
    # x=3 orders averaging 20, p=2, q=3, v=10: the mean of 3 Gamma(2, ν) is Gamma(6, 3ν); ν ~
    # Gamma(3, 10): ∫ (3ν)^6 m^5 e^{-3νm}/Γ(6) · 10^3 ν^2 e^{-10ν}/Γ(3) dν.
    value, _ = integrate.quad(lambda nu: (3 * nu) ** 6 * 20 ** 5 * math.exp(-60 * nu) / 120
                              * 1000 * nu ** 2 * math.exp(-10 * nu) / 2, 0, np.inf,
                              epsabs=1e-16, epsrel=1e-10)
    got = gamma_gamma.log_likelihood(gamma_gamma.SpendParams(2, 3, 10), np.array([3.0]),
                                     np.array([20.0]))
    assert got[0] == pytest.approx(math.log(value), rel=1e-8)
    spend = gamma_gamma.expected_spend(gamma_gamma.SpendParams(2, 3, 10), np.array([3.0, 0.0]),
                                       np.array([20.0, 0.0]))
    # p (v + x m) / (p x + q - 1) = 2·70/8; a one-time buyer gets the shop's mean p v/(q-1).
    assert spend == pytest.approx([17.5, 10.0])


@pytest.mark.parametrize("modified", [False, True])
def test_the_analytic_gradient_matches_finite_differences(modified: bool) -> None:
    rng = np.random.default_rng(1)
    x = rng.integers(0, 6, 50).astype(float)
    T = rng.uniform(5, 40, 50)
    t_x = np.where(x > 0, rng.uniform(0, 1, 50) * T, 0.0)
    objective = bgnbd._objective(bgnbd.triples(x, t_x, T), modified, 1.0)
    for theta in (np.log([0.3, 4.0, 0.8, 2.4]), np.log([1.2, 0.5, 2.0, 0.7])):
        assert optimize.check_grad(lambda t: objective(t)[0], lambda t: objective(t)[1],
                                   theta) < 1e-4 * np.linalg.norm(objective(theta)[1]) + 1e-5


def test_gamma_gamma_fit_recovers_simulated_parameters() -> None:
    rng = np.random.default_rng(2)
    true = gamma_gamma.SpendParams(6.0, 4.0, 15.0)
    nu = rng.gamma(true.q, 1 / true.v, 4000)
    x = rng.integers(1, 8, 4000).astype(float)
    m = rng.gamma(true.p * x, 1 / (nu * x))  # the mean of x Gamma(p, ν) orders
    got = gamma_gamma.fit(x, m)
    assert got is not None
    # The likelihood at the fit is at least that at the truth (it is the maximum) ...
    assert gamma_gamma.log_likelihood(got, x, m).sum() >= gamma_gamma.log_likelihood(
        true, x, m).sum()
    # ... and the shop's mean order p v / (q - 1) is recovered.
    assert got.p * got.v / (got.q - 1) == pytest.approx(true.p * true.v / (true.q - 1), rel=0.05)
