"""Who is due to restock: a customer whose last purchase of a product with a clear
replenishment interval (figures.py) is at least that interval ago. A state, not an event: she is
due while it holds, and no longer once she buys the product again. After `GIVE_UP_FACTOR`
intervals she has probably stopped buying it here; the "not bought" and rhythm reminders speak
to her then, so the list never piles up.

This is what a Today rule reads ("time to restock: usually buys Кофе в зёрнах every 28 days,
last 30 days ago"); contacts are the reminders' business, not this module's."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.products.figures import figures
from app.services.products.overview import load_lines
from app.services.settings import QT_TRANSLATE_NOOP

GIVE_UP_FACTOR = 3
COLUMNS = ["customer_id", "product", "interval_days", "last_day", "days_since"]
REASON = QT_TRANSLATE_NOOP("products", "time to restock: usually buys {product} every "
                                       "{interval} days, last {days} days ago")


def restock_due(db: Database, today: dt.date) -> pd.DataFrame:
    """One row per (customer, product) due today, most overdue (relative to the interval)
    first."""
    lines = load_lines(db, today)
    interval = figures(lines, "product")["replenish_days"].to_numpy()
    frame = lines.frame
    sales = frame[(frame["amount_minor"] >= 0) & (frame["product"] >= 0)]
    last = sales.groupby(["customer_id", "product"], sort=False)["day"].max().reset_index()
    days = interval[last["product"].to_numpy()] if len(last) else np.zeros(0)
    since = day_numbers.from_date(today) - last["day"].to_numpy().astype("int64")
    due = ~np.isnan(days) & (since >= days) & (since <= GIVE_UP_FACTOR * np.nan_to_num(days))
    result = pd.DataFrame({
        "customer_id": last["customer_id"].to_numpy()[due],
        "product": [lines.products[p] for p in last["product"].to_numpy()[due]],
        "interval_days": np.round(days[due]).astype("int64"),
        "last_day": last["day"].to_numpy()[due], "days_since": since[due]})
    order = np.argsort(-(result["days_since"] / result["interval_days"]).to_numpy(),
                       kind="stable")
    return result.iloc[order].reset_index(drop=True)[COLUMNS]


def reason(row: pd.Series) -> str:
    return REASON.format(product=row["product"], interval=row["interval_days"],
                         days=row["days_since"])
