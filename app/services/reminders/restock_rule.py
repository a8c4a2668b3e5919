"""The "time to restock" reminder: a customer whose last purchase of a product with a clear
replenishment interval (services.products.restock) is at least that interval ago.

A state, like "not bought": due while it holds and nobody has spoken to her since (a contact
moves the wait on by one interval, as not_bought's does), with no catch-up cutoff. It hangs on
her last purchase *of that product* ("restock:<product>:<day>"), so buying something else does
not retire it, and buying the product does (`gone`): the open task leaves and the next interval
starts. Past a few intervals she has stopped buying it here, the occasion no longer holds and
the task leaves too: the lapse reminders speak to her then, so nothing piles up.

Products without a clear interval never produce one: "on by default only for products with a
clear interval".
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services.database import Database
from app.services.day_numbers import as_datetime64, to_iso
from app.services.products.restock import restock_due
from app.services.reminders.config import RuleConfig
from app.services.reminders.inputs import RuleInputs
from app.services.reminders.rules import empty, occasions

RULE = "restock"
_KEY = "restock_due"


def load(db: Database, today: dt.date) -> dict[str, object]:
    """What the rule reads (RuleInputs.extra): today's due (customer, product) rows."""
    return {_KEY: restock_due(db, today)}


def _due(inp: RuleInputs) -> pd.DataFrame | None:
    due = inp.extra.get(_KEY)
    return due if isinstance(due, pd.DataFrame) else None


def _keys(due: pd.DataFrame) -> list[str]:
    days = to_iso(due["last_day"].to_numpy(dtype="int64"))
    return [f"restock:{p}:{d}" for p, d in zip(due["product"], days, strict=True)]


def restock(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    due = _due(inp)
    if due is None or due.empty:
        return empty()
    due = due[due["customer_id"].isin(inp.summary.index)]
    ids = due["customer_id"].to_numpy(dtype="int64")
    interval = due["interval_days"].to_numpy(dtype="int64")
    last = due["last_day"].to_numpy(dtype="int64")
    touch = np.maximum(last, inp.contact_days(pd.Index(ids)))
    due_day = touch + interval
    hit = due_day <= inp.today
    found = occasions(ids[hit], RULE, "", None, due_day[hit], last[hit],
                      cfg.value(RULE, "template"),
                      product=due["product"].to_numpy(dtype=object)[hit],
                      interval=interval[hit], days=inp.today - last[hit],
                      since=as_datetime64(last[hit]))
    return found.assign(occasion_key=_keys(due[hit])) if len(found) else found


def script_values(rule: str, params: dict[str, object]) -> dict[str, object]:
    """Variables a task's script reads differently: a restock reminder's usual product is the
    product running out (her most bought one may be another)."""
    if rule == RULE and params.get("product"):
        return {"usual_product": params["product"]}
    return {}


def gone(open_tasks: pd.DataFrame, inp: RuleInputs) -> list[int]:
    """Open restock tasks whose occasion no longer holds: she bought the product again (a new
    occasion key), or so long ago that she has stopped buying it here."""
    due = _due(inp)
    if due is None or open_tasks.empty:
        return []
    mine = open_tasks[open_tasks["rule"] == RULE]
    holding = set(zip(due["customer_id"].astype(int).tolist(), _keys(due), strict=True))
    stale = [(int(c), k) not in holding for c, k in zip(mine["customer_id"],
                                                          mine["occasion_key"], strict=True)]
    return mine["id"][np.array(stale, dtype=bool)].astype(int).tolist()
