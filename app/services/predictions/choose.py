"""Which model a shop's data can carry (`auto`), and the reason in words.

Threshold, from benchmarks/simulate_threshold.py (20 simulated shops per size, BG/NBD with
CDNOW's parameters, 39 weeks observed): the error of each customer's P(active) from the fitted
model against the truth, mean / 90th percentile over customers:

    customers    30: 0.045 / 0.15     50: 0.049 / 0.15     100: 0.033 / 0.11
                200: 0.021 / 0.07    500: 0.015 / 0.05    1000: 0.013 / 0.045

Below 200 customers one customer in ten is off by more than 0.1 — a "probably gone" that is
really "probably active" — so the model is used from MIN_CUSTOMERS = 200 customers with at least
MIN_REPEAT_BUYERS who bought twice (the repeat buyers are what the model learns from); below
that the simple per-customer rhythm (`simple`). Above the threshold BG/NBD and MBG/NBD are both
fitted and the one with the higher log-likelihood wins: both have four parameters, so this is
the same as the lower AIC. A difference below TIE_LOG_LIKELIHOOD (an AIC difference below 2,
the usual "no real difference") is a tie, and ties go to BG/NBD, the model validated on CDNOW.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from app.services.settings import QT_TRANSLATE_NOOP

MIN_CUSTOMERS = 200
MIN_REPEAT_BUYERS = 30
TIE_LOG_LIKELIHOOD = 1.0
MODELS = ("bgnbd", "mbgnbd", "simple")

NO_ORDERS = QT_TRANSLATE_NOOP("predictions", "There are no orders yet.")
FEW_CUSTOMERS = QT_TRANSLATE_NOOP(
    "predictions",
    "Customers who have bought so far: {customers}. The model needs at least {needed} to be "
    "reliable, so each customer's own rhythm is used.")
FEW_REPEATS = QT_TRANSLATE_NOOP(
    "predictions",
    "Customers who have bought more than once: {repeats}. The model needs at least {needed}, so "
    "each customer's own rhythm is used.")
ONE_DAY = QT_TRANSLATE_NOOP(
    "predictions", "All orders are from one day; there is no rhythm to learn yet.")
ASKED = QT_TRANSLATE_NOOP("predictions", "The model was chosen by hand.")
BETTER = QT_TRANSLATE_NOOP(
    "predictions",
    "{chosen} fits these customers better than {other} (log-likelihood {ll_chosen} against "
    "{ll_other}).")
TIE = QT_TRANSLATE_NOOP(
    "predictions",
    "BG/NBD and MBG/NBD fit these customers equally well (log-likelihood {ll_chosen} against "
    "{ll_other}); BG/NBD, the one checked on published data, is used.")
NOT_SETTLED = QT_TRANSLATE_NOOP(
    "predictions",
    "The model did not settle on these data ({detail}), so each customer's own rhythm is used.")
FIT_NOT_SETTLED = QT_TRANSLATE_NOOP(
    "predictions", "The fit did not settle ({detail}); treat its figures with caution.")
NO_SPEND_MODEL = QT_TRANSLATE_NOOP(
    "predictions",
    "Too few repeat orders with a value to model spending; each customer's own average order "
    "is used.")
NAMES = {"bgnbd": "BG/NBD", "mbgnbd": "MBG/NBD", "simple": "simple"}


@dataclass(frozen=True)
class Said:
    """A sentence for the owner: an English template (marked for translation, context
    "predictions") and its values, so the UI can translate before filling it in."""

    template: str
    values: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.values)


def data_reason(history: pd.DataFrame) -> Said | None:
    """Why the data cannot carry the model, or None when it can."""
    if history.empty:
        return Said(NO_ORDERS)
    if int(history["T"].max()) == 0:
        return Said(ONE_DAY)
    if len(history) < MIN_CUSTOMERS:
        return Said(FEW_CUSTOMERS, {"customers": len(history), "needed": MIN_CUSTOMERS})
    repeats = int((history["x"] > 0).sum())
    if repeats < MIN_REPEAT_BUYERS:
        return Said(FEW_REPEATS, {"repeats": repeats, "needed": MIN_REPEAT_BUYERS})
    return None
