"""One minimiser for both fits: BFGS on log-parameters, kept inside a box.

L-BFGS-B, the usual choice for a bounded fit, hands its few-number vector operations to the BLAS
library, which spreads them over threads; on a busy two-core machine those threads wait for each
other far longer than the arithmetic takes (benchmarks/bench_predict.py shows it). BFGS's own
steps are plain numpy on four numbers. The box is kept by evaluating the function at the
parameters clipped to it, plus a quadratic wall outside, so the minimiser is pulled back and the
function stays smooth enough for its line search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import optimize

Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


@dataclass(frozen=True)
class Result:
    x: np.ndarray
    fun: float
    success: bool
    message: str


def minimize(objective: Objective, start: np.ndarray, bound: float,
             max_iterations: int = 500) -> Result:
    def walled(theta: np.ndarray) -> tuple[float, np.ndarray]:
        inside = np.clip(theta, -bound, bound)
        value, grad = objective(inside)
        outside = theta - inside
        grad = np.where(outside == 0, grad, 0.0) + 2 * outside
        return value + float((outside * outside).sum()), grad

    res = optimize.minimize(walled, start, jac=True, method="BFGS",
                            options={"maxiter": max_iterations, "gtol": 1e-6})
    x = np.clip(res.x, -bound, bound)
    fun = float(res.fun)
    # BFGS reports a lost precision in its last line search even at an optimum; the gradient
    # says whether it is one.
    success = bool(res.success) or (
        np.isfinite(fun) and float(np.abs(objective(x)[1]).max()) < 1e-4)
    return Result(x, fun, success, str(res.message))
