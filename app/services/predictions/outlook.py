"""One customer's predictions, for her card: the stored figures, the model and why, her rhythm.

Read from the predictions cache (store), never fitted here. The card turns these into sentences
("Usually buys every 34 days; next order expected 12–20 March").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from app.services import day_numbers
from app.services.database import Database
from app.services.predictions import store
from app.services.predictions.choose import Said
from app.services.sql_dialect import day_number

# Two gaps make a rhythm worth naming (the simple estimate's own threshold for a spread).
MIN_GAPS = 2


@dataclass(frozen=True)
class Outlook:
    model: str  # "bgnbd" | "mbgnbd" | "simple"
    reason: Said
    orders: int
    interval_days: int | None  # her median gap between order days; None below MIN_GAPS gaps
    next_on: dt.date | None
    low_on: dt.date | None
    high_on: dt.date | None
    overdue: bool
    p_alive: float | None  # None under "simple"
    p_alive_confidence: str
    next_order_confidence: str
    value_minor: int
    value_confidence: str


def customer_outlook(db: Database, customer_id: int) -> Outlook | None:
    """None when nothing was fitted yet or she has no order."""
    conn = db.raw_connection()
    try:
        meta = store.read_meta(conn)
        if meta is None:
            return None
        frame = store.read_frame(conn, f"WHERE customer_id = {int(customer_id)}")
        days = [r[0] for r in conn.execute(
            f"SELECT DISTINCT {day_number(conn, 'purchased_on')} FROM purchases"
            " WHERE customer_id = ? AND amount_minor >= 0 ORDER BY 1", (customer_id,))]
    finally:
        conn.close()
    if frame.empty:
        return None
    row = frame.iloc[0]
    gaps = np.diff(np.asarray(days, dtype=float))
    interval = round(float(np.median(gaps))) if len(gaps) >= MIN_GAPS else None

    def on(column: str) -> dt.date | None:
        value = float(row[column])
        return None if np.isnan(value) else day_numbers.to_date(int(value))

    p_alive = float(row["p_alive"])
    return Outlook(
        meta.model, meta.reason, len(days), interval, on("next_day"), on("low_day"),
        on("high_day"), bool(row["overdue"]), None if np.isnan(p_alive) else p_alive,
        str(row["p_alive_confidence"]), str(row["next_order_confidence"]),
        int(row["predicted_value_12m_minor"]), str(row["value_confidence"]))
