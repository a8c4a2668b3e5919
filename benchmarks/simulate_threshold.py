"""How far the fitted BG/NBD's P(active) is from the truth at a given number of customers.

Customers are simulated from BG/NBD with CDNOW's published parameters (r=0.243, α=4.414 weeks,
a=0.793, b=2.426), first orders spread over 12 weeks, 39 weeks observed, like the paper's data.
For each shop size the model is fitted and every customer's P(active) from the fitted parameters
is compared with her P(active) under the true ones. Prints the mean and 90th percentile of the
absolute error over customers, averaged over the runs. app/services/predictions/choose.py takes
its threshold from this table.

    python benchmarks/simulate_threshold.py [runs]
"""

from __future__ import annotations

import sys

import numpy as np

from app.services.predictions import bgnbd

TRUE = bgnbd.Params(0.243, 4.414, 0.793, 2.426)


def simulate(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lam = rng.gamma(TRUE.r, 1 / TRUE.alpha, n)
    p = rng.beta(TRUE.a, TRUE.b, n)
    T = 39 - rng.uniform(0, 12, n)
    x = np.zeros(n)
    t_x = np.zeros(n)
    for i in range(n):
        t = 0.0
        while True:
            t += rng.exponential(1 / lam[i])
            if t > T[i]:
                break
            x[i] += 1
            t_x[i] = t
            if rng.random() < p[i]:
                break
    return x, t_x, T


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = np.random.default_rng(7)
    print("customers  mean |error|  90th pct |error|  fits that did not converge")
    for n in (30, 50, 100, 200, 500, 1000):
        means, p90s, failed = [], [], 0
        for _ in range(runs):
            x, t_x, T = simulate(n, rng)
            fit = bgnbd.fit(bgnbd.triples(x, t_x, T), modified=False)
            failed += not fit.converged
            error = np.abs(bgnbd.p_alive(fit.params, x, t_x, T, False)
                           - bgnbd.p_alive(TRUE, x, t_x, T, False))
            means.append(error.mean())
            p90s.append(np.quantile(error, 0.9))
        print(f"{n:9d}  {np.mean(means):12.3f}  {np.mean(p90s):16.3f}  {failed}/{runs}")


if __name__ == "__main__":
    main()
