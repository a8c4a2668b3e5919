"""Predicted CLV: what the stored predictions expect customers to spend in the next 12 months.

Read from the predictions cache (predictions.store), never fitted here: the start-of-day job fits
it. The figure is the mean of `predicted_value_12m_minor` over the customers the model scored
(every customer with an order as of the fit's day), beside their total. It is shown only when a
model (BG/NBD or its modified form) was fitted: the simple estimate below the model's threshold
is a customer's last year's spending again, which historic figures already show, so calling it a
prediction would mislead. Predictions not fitted for `as_of` on today's purchases count as none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.dashboard.figures import Ratio
from app.services.database import Database
from app.services.predictions import store
from app.services.predictions.choose import MODELS

FITTED_MODELS = frozenset(m for m in MODELS if m != "simple")


@dataclass(frozen=True)
class PredictedClv:
    model: str
    as_of: dt.date
    value: Ratio  # predicted 12-month money of all scored customers (minor) / those customers

    @property
    def total_minor(self) -> int:
        return int(self.value.part)

    @property
    def customers(self) -> int:
        return int(self.value.whole)


def predicted_clv(db: Database, as_of: dt.date) -> PredictedClv | None:
    """None when no model is fitted for `as_of` on the purchases there are now."""
    loaded = store.load(db, as_of)
    if loaded is None:
        return None
    meta, frame = loaded
    if meta.model not in FITTED_MODELS or frame.empty:
        return None
    values = frame["predicted_value_12m_minor"]
    return PredictedClv(meta.model, meta.as_of, Ratio(int(values.sum()), len(values)))
