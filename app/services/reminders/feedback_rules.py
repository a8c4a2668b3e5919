"""The two reminder rules of feedback: ask for a score, and check back after a resolved complaint.

- `feedback` (an event): the first ask is `delay_days` after the first order; after that, once
  a customer has bought again since the last ask (or the last score they gave), the next ask is
  `delay_days` after that purchase and at least `every_months` after the previous ask or score.
  So a customer is asked at most once per N months and only while they keep buying; one who
  stopped is not pestered for a score. Its occasion hangs on the purchase ("order:<day>"), like
  the referral ask, and it is valid for the catch-up window.
- `complaint_followup` (an event): `delay_days` after a complaint was resolved, "is everything
  all right now?", once per complaint (its occasion is the complaint's id), valid for the
  catch-up window, then closed as missed. A complaint reopened has no resolved day, so no ask.

The complaint's own task (resolve within 48 hours) is not a rule: services/feedback writes it
when the complaint is logged, so it is on the list at once.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from app.services import sql_dialect
from app.services.database import Database
from app.services.day_numbers import as_datetime64
from app.services.reminders.config import RuleConfig
from app.services.reminders.inputs import RuleInputs
from app.services.reminders.rules import empty, occasions

# N months as days: a month is a twelfth of a year (30.44 days), rounded per N.
_MONTH = 365.25 / 12
_NEVER = -(10**6)


def load(db: Database) -> dict[str, object]:
    """What the two rules read (RuleInputs.extra): per customer the latest ask or score day,
    and resolved complaints."""
    conn = db.raw_connection()
    try:
        asked, resolved = _read(conn)
    finally:
        conn.close()
    return {
        "feedback_last": pd.Series([r[1] for r in asked], dtype="int64",
                                   index=pd.Index([r[0] for r in asked], dtype="int64")),
        "resolved_complaints": pd.DataFrame.from_records(
            resolved, columns=["id", "customer_id", "day"]).astype("int64"),
    }


def _read(conn: sqlite3.Connection) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    asked = conn.execute(
        f"SELECT customer_id, MAX(day) FROM ("
        f" SELECT customer_id, {sql_dialect.day_number(conn, 'due_on')} AS day FROM tasks"
        f" WHERE rule = 'feedback'"
        f" UNION ALL SELECT customer_id, {sql_dialect.day_number(conn, 'scored_on')} FROM scores)"
        f" GROUP BY customer_id").fetchall()
    resolved = conn.execute(
        f"SELECT id, customer_id, {sql_dialect.day_number(conn, 'resolved_on')} FROM complaints"
        " WHERE status = 'resolved' AND resolved_on IS NOT NULL").fetchall()
    return asked, resolved


def feedback(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    last_ask = inp.extra.get("feedback_last")
    if not isinstance(last_ask, pd.Series):
        return empty()
    s = inp.summary
    first = s["first_day"].to_numpy(dtype="int64")
    last = s["last_day"].to_numpy(dtype="int64")
    delay = int(cfg.value("feedback", "delay_days"))
    gap = round(int(cfg.value("feedback", "every_months")) * _MONTH)
    previous = last_ask.reindex(s.index).fillna(_NEVER).to_numpy(dtype="int64")
    never_asked = previous == _NEVER
    due = np.where(never_asked, first + delay, np.maximum(last + delay, previous + gap))
    # Asked before: only when they bought since (the purchase the ask hangs on is newer).
    anchor = np.where(never_asked, first, last)
    bought_since = never_asked | (last > previous)
    hit = bought_since & _fresh(inp, cfg, due)
    return occasions(s.index[hit], "feedback", "order:", anchor[hit], due[hit], anchor[hit],
                     cfg.value("feedback", "template"),
                     orders=s["orders_count"].to_numpy(dtype="int64")[hit],
                     ordered=as_datetime64(anchor[hit]),
                     until=as_datetime64(due[hit] + cfg.catch_up_days))


def complaint_followup(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    resolved = inp.extra.get("resolved_complaints")
    if not isinstance(resolved, pd.DataFrame) or resolved.empty:
        return empty()
    day = resolved["day"].to_numpy(dtype="int64")
    due = day + int(cfg.value("complaint_followup", "delay_days"))
    hit = _fresh(inp, cfg, due)
    ids = resolved["id"].to_numpy(dtype="int64")[hit]
    found = occasions(resolved["customer_id"].to_numpy(dtype="int64")[hit],
                      "complaint_followup", "", None, due[hit], -1,
                      cfg.value("complaint_followup", "template"), complaint_id=ids,
                      resolved=as_datetime64(day[hit]),
                      until=as_datetime64(due[hit] + cfg.catch_up_days))
    return found.assign(occasion_key=[f"complaint:{i}" for i in ids])


def _fresh(inp: RuleInputs, cfg: RuleConfig, due: np.ndarray) -> np.ndarray:
    """An event: due, and not longer ago than the catch-up window (as rules.py's events)."""
    result: np.ndarray = (due <= inp.today) & (inp.today - due <= cfg.catch_up_days)
    return result


RULES = {"feedback": feedback, "complaint_followup": complaint_followup}
