"""The reminder rule of loyalty points, "points_expiring": N days (Settings → Points) before
some of a customer's points lapse, Today lists her with the script "points_expiring". Only
while points are on.

An event per lapse day: its occasion is that day ("points:<YYYY-MM-DD>:lapse"), so it is listed
once; it stays valid up to the day before the lapse and is then closed as missed.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.day_numbers import as_datetime64, to_iso
from app.services.points import ledger
from app.services.points.store import enabled, rows_by_customer
from app.services.reminders.config import RuleConfig
from app.services.reminders.inputs import RuleInputs
from app.services.reminders.rules import empty, occasions
from app.services.settings import POINTS_EXPIRY_DAYS, POINTS_REMIND_DAYS, Settings

RULE = "points_expiring"


def load(db: Database, settings: Settings, today: dt.date) -> dict[str, object]:
    """RuleInputs.extra: per customer the next lapse within the reminder's days (nothing while
    points are off or never expire)."""
    days = int(settings.get(POINTS_EXPIRY_DAYS))
    if not enabled(settings) or days <= 0:
        return {}
    within = int(settings.get(POINTS_REMIND_DAYS))
    conn = db.raw_connection()
    try:
        rows = rows_by_customer(conn, None)
    finally:
        conn.close()
    found = []
    for cid, mine in rows.items():
        soon = ledger.expiring(mine, today, days, within)
        if soon is not None:
            found.append((cid, day_numbers.from_date(soon[0]), soon[1]))
    return {"points_remind_days": within, "points_expiring": pd.DataFrame.from_records(
        found, columns=["customer_id", "day", "points_minor"]).astype("int64")}


def points_expiring(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    soon = inp.extra.get("points_expiring")
    if not isinstance(soon, pd.DataFrame) or soon.empty:
        return empty()
    lapse = soon["day"].to_numpy(dtype="int64")
    within = inp.extra.get("points_remind_days")
    due = lapse - (within if isinstance(within, int) else 0)
    found = occasions(soon["customer_id"].to_numpy(dtype="int64"), RULE, "", None, due, -1,
                      cfg.value(RULE, "template"),
                      points=soon["points_minor"].to_numpy(dtype="int64"),
                      expires=as_datetime64(lapse), until=as_datetime64(lapse - 1))
    # Not ending in a date: a key that does is read as the purchase the reminder hangs on.
    return found.assign(occasion_key=[f"points:{d}:lapse" for d in to_iso(lapse)])


RULES = {RULE: points_expiring}
