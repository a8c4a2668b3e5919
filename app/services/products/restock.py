"""Who is due to restock: a customer whose last purchase of a product with a clear
replenishment interval (figures.py) is at least that interval ago. A state, not an event: she is
due while it holds, and no longer once she buys the product again. After `GIVE_UP_FACTOR`
intervals she has probably stopped buying it here; the "not bought" and rhythm reminders speak
to her then, so the list never piles up.

This is what a Today rule reads ("time to restock: usually buys Кофе в зёрнах every 28 days,
last 30 days ago"), at every reminder generation, so it must stay cheap on a million lines:
- the intervals need every line, so they are worked out once per state of the purchases and
  kept (restock_cache.py) until a line is added, removed or moved;
- the due rows need only the lines of products with a clear interval (few, in most shops): the
  last day per (customer, product) is read with an SQL filter and grouped by SQLite.
Contacts are the reminders' business, not this module's."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services import day_numbers, sql_dialect
from app.services.database import Database
from app.services.products import aliases as aliases_mod
from app.services.products.restock_cache import intervals
from app.services.settings import QT_TRANSLATE_NOOP

GIVE_UP_FACTOR = 3
COLUMNS = ["customer_id", "product", "interval_days", "last_day", "days_since"]
REASON = QT_TRANSLATE_NOOP("products", "time to restock: usually buys {product} every "
                                       "{interval} days, last {days} days ago")


def restock_due(db: Database, today: dt.date) -> pd.DataFrame:
    """One row per (customer, product) due today, most overdue (relative to the interval)
    first."""
    names = aliases_mod.load(db)
    clear = intervals(db, today, names)
    last = _last_days(db, today, clear, names)
    days = last["product"].map(clear).to_numpy(dtype="float64")
    since = day_numbers.from_date(today) - last["day"].to_numpy().astype("int64")
    due = (since >= days) & (since <= GIVE_UP_FACTOR * days)
    result = pd.DataFrame({
        "customer_id": last["customer_id"].to_numpy(dtype="int64")[due],
        "product": last["product"].to_numpy(dtype=object)[due],
        "interval_days": np.round(days[due]).astype("int64"),
        "last_day": last["day"].to_numpy()[due], "days_since": since[due]})
    order = np.lexsort((result["product"].to_numpy(dtype=str),
                        result["customer_id"].to_numpy(),
                        -(result["days_since"] / result["interval_days"]).to_numpy()))
    return result.iloc[order].reset_index(drop=True)[COLUMNS]


def _last_days(db: Database, today: dt.date, clear: dict[str, float],
               names: dict[str, str]) -> pd.DataFrame:
    """(customer_id, product, day) of each customer's last sale of a product with a clear
    interval, up to today, by canonical name. Only those products' lines are read."""
    written = [n for n in clear if n not in names] + [w for w, c in names.items() if c in clear]
    if not written:
        return pd.DataFrame({"customer_id": np.zeros(0, dtype="int64"),
                             "product": np.array([], dtype=object),
                             "day": np.zeros(0, dtype="int64")})
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    conn = db.raw_connection()
    try:
        among, param = sql_dialect.text_in(conn, "product", written)
        rows = conn.execute(
            f"SELECT customer_id, product, {sql_dialect.day_number(conn, 'MAX(purchased_on)')}"
            f" FROM purchases WHERE amount_minor >= 0 AND purchased_on < ? AND {among}"
            " GROUP BY customer_id, product", (tomorrow, param)).fetchall()
    finally:
        conn.close()
    frame = pd.DataFrame(rows, columns=["customer_id", "product", "day"])
    if not names:
        return frame
    # Written names merged into one: the last day of any of them.
    frame["product"] = frame["product"].map(lambda n: names.get(n, n))
    return frame.groupby(["customer_id", "product"], sort=False)["day"].max().reset_index()


def reason(row: pd.Series) -> str:
    return REASON.format(product=row["product"], interval=row["interval_days"],
                         days=row["days_since"])
