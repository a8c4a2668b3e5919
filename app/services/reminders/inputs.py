"""Everything the rules read, loaded once per generation as pandas frames (no ORM, no loops).

Days are day numbers (services.day_numbers), so date arithmetic is vectorised.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.services import day_numbers, sql_dialect
from app.services.database import Database
from app.services.predictions import store as predictions_store
from app.services.referrals import peaks as referral_peaks
from app.services.segments import orders as orders_mod

# A failed e-mail did not reach the customer: it neither resets timers nor counts for the cap.
CONTACT_FILTER = "outcome != 'failed'"


@dataclass
class RuleInputs:
    today: int
    orders: pd.DataFrame  # customer_id, day, amount_minor, n (1-based order number); sorted
    summary: pd.DataFrame  # index customer_id: orders_count, first_day, last_day
    customers: pd.DataFrame  # index id: birthday_month, birthday_day, birthday_year, tags, dnc
    last_contact: pd.Series  # customer_id -> day of the latest contact
    # Customers who moved into At risk / Can't lose them since the latest earlier snapshot:
    # index customer_id, columns segment, previous ("" when absent from that snapshot).
    segment_moves: pd.DataFrame
    last_referral: pd.Series  # customer_id -> due day of the latest referral task
    category_last: pd.DataFrame | None = None  # customer_id, category (casefolded), day
    # Not-bought reminders the owner closed as skipped: customer_id, anchor_day (the purchase
    # day their lapse began with), due_day.
    skipped_lapses: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        {c: pd.Series(dtype="int64") for c in ("customer_id", "anchor_day", "due_day")}))
    extra: dict[str, object] = field(default_factory=dict)
    # The stored predictions (predictions.store) when they are current for the day and the
    # purchases, else None: index customer_id, next_day, high_day, overdue, at_stake_minor...
    predictions: pd.DataFrame | None = None
    # Peak moments to ask for a recommendation (referrals.peaks): customer_id, day, moment.
    referral_peaks: pd.DataFrame = field(default_factory=referral_peaks.empty)

    def contact_days(self, index: pd.Index) -> np.ndarray:
        """Latest contact day per customer of `index`, a very old day where there is none."""
        return self.last_contact.reindex(index).fillna(-(10**6)).to_numpy(dtype="int64")

    def lapse_skipped(self, index: pd.Index, last_day: np.ndarray) -> np.ndarray:
        """Per customer of `index`: was a reminder of the lapse that began at `last_day` skipped,
        with nobody contacting them since it fell due? Such a lapse stays quiet. A reminder
        closed because of a contact (generate.obsolete) has a contact on or after its due day,
        so it blocks nothing: the contact restarts the wait instead."""
        skipped = self.skipped_lapses
        if skipped.empty:
            return np.zeros(len(index), dtype=bool)
        ids = pd.Index(skipped["customer_id"])
        current = pd.Series(last_day, index=index).reindex(ids).to_numpy(dtype="float64")
        blocking = (skipped["anchor_day"].to_numpy() == current) & (
            self.contact_days(ids) < skipped["due_day"].to_numpy())
        return np.asarray(index.isin(ids[blocking]), dtype=bool)


def load_inputs(db: Database, today: dt.date, *, with_categories: bool = False,
                orders: pd.DataFrame | None = None) -> RuleInputs:
    conn = db.raw_connection()
    try:
        if orders is None:
            orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
        orders = orders[["customer_id", "day", "amount_minor"]].copy()
        orders["n"] = orders.groupby("customer_id").cumcount().astype("int64") + 1
        by_customer = orders.groupby("customer_id")["day"]
        summary = pd.DataFrame({"orders_count": by_customer.size(),
                                "first_day": by_customer.min(), "last_day": by_customer.max()})
        return RuleInputs(
            today=day_numbers.from_date(today),
            orders=orders,
            summary=summary,
            customers=_customers(conn),
            last_contact=_series(
                conn, f"SELECT customer_id, MAX({sql_dialect.day_number(conn, 'contacted_at')})"
                      f" FROM contacts WHERE {CONTACT_FILTER} GROUP BY customer_id"),
            segment_moves=_segment_moves(conn, today),
            last_referral=_series(conn, "SELECT customer_id,"
                                        f" MAX({sql_dialect.day_number(conn, 'due_on')})"
                                        " FROM tasks WHERE rule = 'referral' GROUP BY customer_id"),
            category_last=_category_last(conn) if with_categories else None,
            skipped_lapses=_skipped_lapses(conn),
            referral_peaks=referral_peaks.load(conn),
            predictions=(predictions_store.read_frame(conn)
                         if predictions_store.current(conn, today) else None),
        )
    finally:
        conn.close()


def _customers(conn: sqlite3.Connection) -> pd.DataFrame:
    rows = conn.execute(
        "SELECT id, birthday_month, birthday_day, birthday_year, tags, do_not_contact"
        " FROM customers"
    ).fetchall()
    frame = pd.DataFrame.from_records(
        rows, columns=["id", "birthday_month", "birthday_day", "birthday_year", "tags", "dnc"]
    )
    frame["dnc"] = frame["dnc"].astype(bool)
    return frame.set_index("id")


def _series(conn: sqlite3.Connection, sql: str, dtype: str = "int64") -> pd.Series:
    rows = conn.execute(sql).fetchall()
    if not rows:
        return pd.Series(dtype=dtype, index=pd.Index([], dtype="int64"))
    keys, values = zip(*rows, strict=True)
    return pd.Series(values, index=pd.Index(keys, dtype="int64"), dtype=dtype)


def _skipped_lapses(conn: sqlite3.Connection) -> pd.DataFrame:
    rows = conn.execute(
        # The lapse key ends with the purchase day it began with ("lapse:2026-03-01").
        f"SELECT customer_id, {sql_dialect.trailing_day_number(conn, 'occasion_key')},"
        f" {sql_dialect.day_number(conn, 'due_on')} FROM tasks"
        " WHERE substr(rule, 1, 10) = 'not_bought' AND status = 'skipped'"
    ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=["customer_id", "anchor_day", "due_day"])
    return frame.astype("int64")


def _segment_moves(conn: sqlite3.Connection, today: dt.date) -> pd.DataFrame:
    """Who is At risk / Can't lose them now (customer_stats, written by recompute + rfm) but was
    in another segment in a snapshot taken since their last purchase and before `today`
    (services.segments.snapshots); `previous` is the latest such segment. The move stays known
    for the whole lapse, not only until the next monthly snapshot. Without such a snapshot
    nobody "moved": a first import does not list the whole history as moves (the lapsed are
    listed by not_bought)."""
    columns = ["customer_id", "segment", "previous"]
    rows = conn.execute(
        # The latest such snapshot of each customer: the first row of their window.
        "SELECT customer_id, segment, previous FROM (SELECT c.customer_id, c.segment,"
        " s.segment AS previous, ROW_NUMBER() OVER (PARTITION BY c.customer_id"
        " ORDER BY s.taken_on DESC) AS n FROM customer_stats c"
        " JOIN segment_snapshots s ON s.customer_id = c.customer_id AND s.taken_on < ?"
        " AND (c.last_order_on IS NULL OR s.taken_on >= c.last_order_on)"
        " AND s.segment != c.segment"
        " WHERE c.segment IN ('at_risk', 'cant_lose')) latest WHERE n = 1",
        (today.isoformat(),),
    ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=columns).astype(
        {"customer_id": "int64"})
    return frame.set_index("customer_id")


def _category_last(conn: sqlite3.Connection) -> pd.DataFrame:
    """The latest day each customer got something of each category; a free line counts (a sample
    is a visit), a refund does not."""
    rows = conn.execute(
        "SELECT customer_id, category,"
        f" MAX({sql_dialect.day_number(conn, 'purchased_on')}) FROM purchases"
        " WHERE amount_minor >= 0 AND category IS NOT NULL AND category != ''"
        " GROUP BY customer_id, category"
    ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=["customer_id", "category", "day"])
    frame["category"] = frame["category"].astype(str).str.strip().str.casefold()
    # Categories that differ only in case or spaces are one category.
    # as_index=False makes this a frame; pandas-stubs types it as a Series.
    return frame.groupby(["customer_id", "category"], as_index=False)["day"].max()  # type: ignore[return-value]

