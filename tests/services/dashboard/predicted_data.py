"""Hand-made stored predictions: the model's output as the start-of-day job would store it."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from app.services.database import Database
from app.services.predictions import store
from app.services.predictions.choose import Said
from app.services.segments.recompute import purchases_stamp


def store_predictions(db: Database, as_of: dt.date, values: dict[int, int],
                      model: str = "bgnbd") -> None:
    """Predicted 12-month values (minor units) per customer id, fitted for `as_of` on the
    purchases there are now."""
    ids = list(values)
    frame = pd.DataFrame({
        "next_day": [float("nan")] * len(ids), "low_day": [float("nan")] * len(ids),
        "high_day": [float("nan")] * len(ids), "overdue": [False] * len(ids),
        "p_alive": [0.5] * len(ids), "expected_orders_90d": [1.0] * len(ids),
        "predicted_value_12m_minor": [values[i] for i in ids], "at_stake_minor": [0] * len(ids),
        "next_order_confidence": ["low"] * len(ids), "p_alive_confidence": ["low"] * len(ids),
        "orders_confidence": ["low"] * len(ids), "value_confidence": ["low"] * len(ids),
    }, index=pd.Index(ids, name="customer_id"))
    conn = db.raw_connection()
    try:
        stamp = purchases_stamp(conn)
    finally:
        conn.close()
    store.save(db, frame, store.Meta(model, as_of, Said(""), [], stamp))
