"""The predictions cache: the `predictions` table, fitted in the start-of-day job, read by screens.

A fit of 100,000 customers takes seconds, so screens and the reminder rules never fit: they read
this table. It is stamped, like customer_stats (segments.recompute), with the purchases it was
fitted on and the day it was fitted for, in one settings row beside it (with the model and its
reason). `is_current` tells refresh_day when to fit again: another day (the range's "from today"
moves) or purchases added or removed since. Reading never imports scipy (start-up stays fast):
only `refresh` loads the model.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from app.services.database import Database
from app.services.predictions.choose import Said
from app.services.segments.recompute import purchases_stamp
from app.services.sql_dialect import is_postgres
from app.services.sqlite_bulk import insert_columns

META_KEY = "predictions_meta"
STORED = ["next_day", "low_day", "high_day", "overdue", "p_alive", "expected_orders_90d",
          "predicted_value_12m_minor", "at_stake_minor", "next_order_confidence",
          "p_alive_confidence", "orders_confidence", "value_confidence"]


@dataclass(frozen=True)
class Meta:
    """What the stored predictions are: the model, why, and what they were fitted on."""

    model: str
    as_of: dt.date
    reason: Said
    notes: list[Said] = field(default_factory=list)
    stamp: list[int] = field(default_factory=list)


def read_meta(conn: sqlite3.Connection) -> Meta | None:
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    try:
        raw = json.loads(row[0])
        return Meta(str(raw["model"]), dt.date.fromisoformat(raw["as_of"]),
                    Said(raw["reason"]["template"], dict(raw["reason"]["values"])),
                    [Said(n["template"], dict(n["values"])) for n in raw["notes"]],
                    [int(v) for v in raw["stamp"]])
    except (ValueError, TypeError, KeyError):
        return None  # unreadable: treated as absent, so the next refresh fits again


def iscurrent(db: Database, as_of: dt.date) -> bool:
    """Were the stored predictions fitted for `as_of` on the purchases there are now?"""
    conn = db.raw_connection()
    try:
        return current(conn, as_of)
    finally:
        conn.close()


def current(conn: sqlite3.Connection, as_of: dt.date) -> bool:
    meta = read_meta(conn)
    return meta is not None and meta.as_of == as_of and meta.stamp == purchases_stamp(conn)


def refresh(db: Database, as_of: dt.date, orders: pd.DataFrame | None = None, *,
            force: bool = False) -> bool:
    """Fit and store when the stored predictions are not current (or `force`); True if fitted.
    `orders`: every purchase's orders (segments.orders.build_orders) when the caller has them."""
    if not force and iscurrent(db, as_of):
        return False
    # Here only: the models import scipy.
    from app.services.predictions import service, summary

    conn = db.raw_connection()
    try:
        stamp = purchases_stamp(conn)  # before reading: a later line only costs another fit
    finally:
        conn.close()
    history = (summary.load_history(db, as_of) if orders is None
               else summary.history(orders, as_of))
    prediction = service.predict_history(history, as_of)
    save(db, prediction.customers, Meta(prediction.model, as_of, prediction.reason,
                                        prediction.notes, stamp))
    return True


def save(db: Database, customers: pd.DataFrame, meta: Meta) -> None:
    """Replace the table and its stamp in one transaction."""
    frame = customers
    columns: list[Sequence[Any]] = [frame.index.astype("int64").tolist()]
    for name in STORED:
        values = frame[name]
        if name in ("next_day", "low_day", "high_day"):
            columns.append([None if np.isnan(v) else int(v) for v in values.to_numpy(float)])
        elif name in ("p_alive", "expected_orders_90d"):
            columns.append([None if np.isnan(v) else float(v) for v in values.to_numpy(float)])
        elif name == "overdue":
            columns.append([bool(v) for v in values.to_numpy()])
        elif name.endswith("_minor"):
            columns.append(values.astype("int64").tolist())
        else:
            columns.append(values.astype(str).tolist())
    payload = json.dumps({
        "model": meta.model, "as_of": meta.as_of.isoformat(), "stamp": meta.stamp,
        "reason": {"template": meta.reason.template, "values": meta.reason.values},
        "notes": [{"template": n.template, "values": n.values} for n in meta.notes]})
    conn = db.raw_connection()
    try:
        # A cache of customers that exist (rebuilt from purchases): see segments.recompute.
        if not is_postgres(conn):  # SQLite only: PostgreSQL checks references as always
            conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            conn.execute("DELETE FROM predictions")
            insert_columns(conn, f"INSERT INTO predictions (customer_id, {', '.join(STORED)})"
                           " VALUES ", "(" + ",".join("?" * (len(STORED) + 1)) + ")", columns)
            conn.execute("INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key)"
                         " DO UPDATE SET value_json = excluded.value_json", (META_KEY, payload))
    finally:
        conn.close()


def load(db: Database, as_of: dt.date | None = None) -> tuple[Meta, pd.DataFrame] | None:
    """The stored predictions (indexed by customer_id, STORED columns), or None when there are
    none, or (with `as_of`) when they are not current for that day and the purchases."""
    conn = db.raw_connection()
    try:
        meta = read_meta(conn)
        if meta is None or (as_of is not None and not current(conn, as_of)):
            return None
        frame = read_frame(conn)
    finally:
        conn.close()
    return meta, frame


def read_frame(conn: sqlite3.Connection, where: str = "") -> pd.DataFrame:
    rows = conn.execute(f"SELECT customer_id, {', '.join(STORED)} FROM predictions {where}"
                        ).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=["customer_id", *STORED])
    for name in ("next_day", "low_day", "high_day", "p_alive", "expected_orders_90d"):
        frame[name] = frame[name].astype("float64")
    frame["overdue"] = frame["overdue"].astype(bool)
    for name in ("predicted_value_12m_minor", "at_stake_minor"):
        frame[name] = frame[name].astype("int64")
    return frame.set_index("customer_id")

