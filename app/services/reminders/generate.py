"""Turning due occasions into tasks on the owner's list: idempotent, respectful, fast.

Runs when the app opens, when the date changes and after an import (in the background). Re-running
changes nothing: a task is unique per (customer_id, rule, occasion_key) and is inserted with
INSERT ... ON CONFLICT DO NOTHING. Then the customer comes first:
- do-not-contact customers get no tasks at all;
- the frequency cap: a new task of a customer contacted within `frequency_cap_days`, or with a more
  important task in that window, is deferred (its due day moves) instead of piling up;
- a newer purchase makes open "not bought", rhythm, segment and sequence tasks obsolete (a
  restock task only a newer purchase of its product, restock_rule.gone), a
  removed purchase (an undone import) takes away any task listed for it, and a
  contact makes open "stay in touch" tasks obsolete (they are closed as skipped, never deleted,
  so the occasion is not suggested again);
- a lapse has one not-bought task at a time: when it reaches a higher win-back level, its open
  task becomes that level (raise_levels) rather than a second task joining it;
- a listed task follows its rule's script: when the owner picks another one in Settings, the
  open tasks of that rule show it too (retemplate);
- an open event whose day has passed (rules.py: `until`) is closed as missed (expire), so a
  birthday greeting never stays on the list after the birthday. The birthday greeting is not
  deferred by the cap: it is due on the day or not at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.models import TaskStatus
from app.services import day_numbers, sql_dialect
from app.services.database import Database
from app.services.loyalty.ladder import parse as parse_ladder
from app.services.reminders import (
    catalog,
    conversion,
    feedback_rules,
    points_rules,
    restock_rule,
    timing,
)
from app.services.reminders.config import RuleConfig, load_config
from app.services.reminders.inputs import RuleInputs, load_inputs
from app.services.reminders.rules import RULES, empty
from app.services.settings import (
    CONVERSION_WINDOW_DAYS,
    FREQUENCY_CAP_DAYS,
    LOYALTY_LADDER,
    Settings,
)

log = logging.getLogger(__name__)

SECTION_ENABLED = {"milestones": None, "segment_change": None, "custom": None}


@dataclass(frozen=True)
class GenerateResult:
    created: int
    retired: int
    candidates: int
    converted: int
    seconds: float


def generate_tasks(db: Database, settings: Settings, today: dt.date,
                   now: dt.datetime | None = None,
                   orders: pd.DataFrame | None = None) -> GenerateResult:
    """Insert today's new tasks. `orders` (services.segments.orders.build_orders of all purchases)
    may be passed by a caller that just built it (recompute), saving a second read of every
    purchase."""
    started = time.perf_counter()
    now = now or dt.datetime.combine(today, dt.time(9))
    converted = conversion.attribute_conversions(db, int(settings.get(CONVERSION_WINDOW_DAYS)))
    cfg = load_config(settings)
    with_categories = any(c.enabled and c.category for c in cfg.custom)
    inp = load_inputs(db, today, with_categories=with_categories, orders=orders)
    inp.extra["loyalty_ladder"] = parse_ladder(settings.get(LOYALTY_LADDER))
    inp.extra.update(feedback_rules.load(db))
    inp.extra.update(points_rules.load(db, settings, today))
    if cfg.enabled(restock_rule.RULE):
        inp.extra.update(restock_rule.load(db, today))
    found = collect(inp, cfg)
    open_tasks = _open_tasks(db)
    retired_ids = obsolete(open_tasks, inp)
    retired_ids += [i for i in restock_rule.gone(open_tasks, inp) if i not in set(retired_ids)]
    vanished_ids = vanished(open_tasks, inp)
    open_tasks = open_tasks[~open_tasks["id"].isin(vanished_ids)]
    missed_ids = [i for i in expire(db, today, cfg.catch_up_days) if i not in set(retired_ids)]
    found = defer_for_cap(found, inp, open_tasks[~open_tasks["id"].isin(missed_ids)],
                          int(settings.get(FREQUENCY_CAP_DAYS)))
    found, raised = raise_levels(found, open_tasks, retired_ids)
    scripts = retemplate(found, open_tasks)
    missed_ids = [i for i in missed_ids if i not in set(vanished_ids)]
    created = _write(db, found, retired_ids, now, raised, missed_ids, vanished_ids, scripts)
    seconds = time.perf_counter() - started
    log.info("Reminders: %d occasions, %d new tasks, %d retired in %.2f s",
             len(found), created, len(retired_ids), seconds)
    return GenerateResult(created, len(retired_ids), len(found), converted, seconds)


def collect(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """Every enabled rule's occasions, minus do-not-contact customers, with priorities."""
    frames = []
    for section, rule in {**RULES, **feedback_rules.RULES, **points_rules.RULES,
                          restock_rule.RULE: restock_rule.restock}.items():
        if section in SECTION_ENABLED or cfg.enabled(section):
            frames.append(rule(inp, cfg))
    frames = [f for f in frames if not f.empty]
    found = pd.concat(frames, ignore_index=True) if frames else empty()
    dnc = inp.customers.index[inp.customers["dnc"].to_numpy(dtype=bool)]
    found = found[~found["customer_id"].isin(dnc)].reset_index(drop=True)
    rules = found["rule"].astype(object)
    found["priority"] = rules.map({r: catalog.priority_of(r) for r in rules.unique()}).astype(
        "int64")
    return found


def defer_for_cap(found: pd.DataFrame, inp: RuleInputs, open_tasks: pd.DataFrame,
                  cap: int) -> pd.DataFrame:
    """Move due days so one customer hears from the shop at most once per `cap` days."""
    if cap <= 0 or found.empty:
        return found
    found = found.copy()
    # The greeting keeps its day, but still counts as this customer's message for the others.
    greeting_day = found["due_day"].where(found["rule"] == "birthday")
    ids = pd.Index(found["customer_id"])
    due = np.maximum(found["due_day"].to_numpy(), inp.contact_days(ids) + cap)
    recent = open_tasks[open_tasks["due_day"] > inp.today - cap]
    if not recent.empty:
        top = recent.sort_values(["priority", "due_day"]).drop_duplicates("customer_id")
        top = top.set_index("customer_id")
        blocker_priority = top["priority"].reindex(ids).fillna(10**6).to_numpy()
        blocker_due = top["due_day"].reindex(ids).fillna(-(10**6)).to_numpy(dtype="int64")
        blocked = found["priority"].to_numpy() > blocker_priority
        due = np.where(blocked, np.maximum(due, blocker_due + cap), due)
    found["due_day"] = due
    found = found.sort_values(["customer_id", "priority", "due_day"], kind="stable")
    rank = found.groupby("customer_id").cumcount().to_numpy()
    first_due = found.groupby("customer_id")["due_day"].transform("first").to_numpy()
    found["due_day"] = np.maximum(found["due_day"].to_numpy(), first_due + rank * cap)
    found["due_day"] = greeting_day.reindex(found.index).fillna(found["due_day"]).astype("int64")
    return found.reset_index(drop=True)


def obsolete(open_tasks: pd.DataFrame, inp: RuleInputs) -> list[int]:
    """Open tasks whose occasion has passed: bought again since, (timers) contacted since, or
    the purchase they hung on removed."""
    if open_tasks.empty:
        return []
    ids = pd.Index(open_tasks["customer_id"])
    rules = open_tasks["rule"]
    last_order = inp.summary["last_day"].reindex(ids).fillna(-(10**6)).to_numpy(dtype="int64")
    anchored = rules.str.startswith(catalog.ANCHORED_PREFIXES).to_numpy(dtype=bool)
    timer = rules.str.startswith(catalog.TIMER_PREFIXES).to_numpy(dtype=bool)
    anchor = open_tasks["anchor_day"].to_numpy()
    bought = anchored & (anchor >= 0) & (last_order > anchor)
    # A task listed for a removed purchase whose task the owner already acted on is closed;
    # untouched ones are deleted (vanished) so re-importing the file lists them again.
    undone = _purchase_gone(open_tasks, last_order) & open_tasks["touched"].to_numpy(dtype=bool)
    # A contact logged for this very task (a copied message) is the owner acting on it, not a
    # reason to drop it.
    spoken = timer & ~open_tasks["touched"].to_numpy(dtype=bool) & (
        inp.contact_days(ids) >= open_tasks["due_day"].to_numpy())
    retired: list[int] = open_tasks["id"][bought | spoken | undone].astype(int).tolist()
    return retired


def vanished(open_tasks: pd.DataFrame, inp: RuleInputs) -> list[int]:
    """Untouched open tasks listed for a purchase that is no longer there (an import undone)."""
    if open_tasks.empty:
        return []
    ids = pd.Index(open_tasks["customer_id"])
    last_order = inp.summary["last_day"].reindex(ids).fillna(-(10**6)).to_numpy(dtype="int64")
    gone = _purchase_gone(open_tasks, last_order) & ~open_tasks["touched"].to_numpy(dtype=bool)
    result: list[int] = open_tasks["id"][gone].astype(int).tolist()
    return result


def _purchase_gone(open_tasks: pd.DataFrame, last_order: np.ndarray) -> np.ndarray:
    """Every dated occasion hangs on a purchase of that day; when the customer's purchases no
    longer reach it, the reason it was listed for is gone."""
    anchor = open_tasks["anchor_day"].to_numpy()
    gone: np.ndarray = (anchor >= 0) & (last_order < anchor)
    return gone


def retemplate(found: pd.DataFrame, open_tasks: pd.DataFrame) -> pd.DataFrame:
    """(task_id, template) of listed tasks whose rule now names another script: the owner
    changed it in Settings, and Today shows the new one for reminders already listed too.
    (A task has no script of its own: the owner edits the text on Today, never the choice.)"""
    if found.empty or open_tasks.empty:
        return pd.DataFrame({"task_id": pd.Series(dtype="int64"), "template": []})
    keys = ["customer_id", "rule", "occasion_key"]
    both = found[[*keys, "template"]].merge(
        open_tasks[[*keys, "id", "template"]].rename(columns={"template": "stored"}), on=keys)
    changed = both[both["template"].astype(object) != both["stored"].astype(object)]
    return pd.DataFrame({"task_id": changed["id"].astype("int64").to_numpy(),
                         "template": changed["template"].to_numpy(dtype=object)})


def raise_levels(found: pd.DataFrame, open_tasks: pd.DataFrame,
                 retired: list[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Take out of `found` the not-bought occasions whose lapse already has an open task, and
    return them as updates of that task (task_id, rule, priority, params, template): a higher
    level replaces the lower one in place, keeping its day on the list and its status, and the
    same level gets its reason brought up to date ("no purchases for 75 days", not the 60 it
    had when it was first listed)."""
    columns = ["task_id", "rule", "priority", "params", "template"]
    lapse = found["rule"].astype(str).str.startswith("not_bought").to_numpy(dtype=bool)
    if open_tasks.empty or not lapse.any():
        return found, pd.DataFrame(columns=columns)
    mine = open_tasks[open_tasks["rule"].str.startswith("not_bought").to_numpy(dtype=bool)
                      & ~open_tasks["id"].isin(retired).to_numpy(dtype=bool)]
    # Databases from before this rule may hold two open levels of one lapse: raise the higher.
    mine = mine.sort_values("priority").drop_duplicates(["customer_id", "anchor_day"])
    mine = mine[["id", "customer_id", "anchor_day"]].rename(columns={"id": "task_id"})
    matched = found[lapse].reset_index().merge(mine, on=["customer_id", "anchor_day"])
    return found.drop(index=pd.Index(matched["index"])), matched[columns]


_EVENT_SQL = """
SELECT id, rule, reason_params, due_on FROM tasks
WHERE status IN (?, ?) AND (rule LIKE 'birthday%' OR rule LIKE 'sequence_day_%'
      OR rule LIKE 'milestone_%'
      OR rule IN ('big_order', 'referral', 'feedback', 'complaint_followup', 'points_expiring'))
"""


def expire(db: Database, today: dt.date, catch_up_days: int) -> list[int]:
    """Open or snoozed event tasks whose last valid day (timing.valid_until) is before `today`."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(_EVENT_SQL, (TaskStatus.OPEN.value, TaskStatus.SNOOZED.value))
        return [task_id for task_id, rule, params, due in rows
                if timing.expired(rule, timing.parse_params(params), dt.date.fromisoformat(due),
                                  catch_up_days, today)]
    finally:
        conn.close()


def _open_tasks(db: Database) -> pd.DataFrame:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            # Anchored rules end their occasion key with the purchase day ("lapse:2026-03-01").
            f"SELECT id, customer_id, rule, {sql_dialect.day_number(conn, 'due_on')}, priority,"
            f" COALESCE({sql_dialect.trailing_day_number(conn, 'occasion_key')}, -1),"
            " occasion_key, template_key"
            " FROM tasks WHERE status IN (?, ?)",
            (TaskStatus.OPEN.value, TaskStatus.SNOOZED.value),
        ).fetchall()
        touched = {r[0] for r in conn.execute(
            "SELECT DISTINCT task_id FROM contacts WHERE task_id IS NOT NULL")}
    finally:
        conn.close()
    frame = pd.DataFrame.from_records(
        rows, columns=["id", "customer_id", "rule", "due_day", "priority", "anchor_day",
                       "occasion_key", "template"])
    frame["touched"] = frame["id"].isin(touched)
    return frame.astype({"id": "int64", "customer_id": "int64", "due_day": "int64",
                         "priority": "int64", "anchor_day": "int64"})


def _write(db: Database, found: pd.DataFrame, retired: list[int], now: dt.datetime,
           raised: pd.DataFrame, missed: list[int], vanished_ids: list[int],
           scripts: pd.DataFrame) -> int:
    stamp = now.isoformat(sep=" ")
    rows = list(zip(
        found["customer_id"].astype(int).tolist(), found["rule"].tolist(),
        found["occasion_key"].tolist(), day_numbers.to_iso(found["due_day"].to_numpy()),
        found["priority"].astype(int).tolist(), found["params"].tolist(),
        found["template"].tolist(), strict=True,
    ))
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany("DELETE FROM tasks WHERE id = ?", [(i,) for i in vanished_ids])
            if retired:
                conn.executemany(
                    "UPDATE tasks SET status = ?, completed_at = ? WHERE id = ?",
                    [(TaskStatus.SKIPPED.value, stamp, task_id) for task_id in retired],
                )
            conn.executemany(
                "UPDATE tasks SET status = ?, completed_at = ? WHERE id = ?",
                [(TaskStatus.MISSED.value, stamp, task_id) for task_id in missed],
            )
            conn.executemany(
                # A level already stored for this lapse (an old database) stays: the task
                # is not raised onto the same (customer, rule, occasion) key.
                "UPDATE tasks SET rule = ?, priority = ?, reason_params = ?, template_key = ?"
                " WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tasks other"
                " WHERE other.id != tasks.id AND other.customer_id = tasks.customer_id"
                " AND other.rule = ? AND other.occasion_key = tasks.occasion_key)",
                list(zip(raised["rule"].tolist(), raised["priority"].astype(int).tolist(),
                         raised["params"].tolist(), raised["template"].tolist(),
                         raised["task_id"].astype(int).tolist(), raised["rule"].tolist(),
                         strict=True)),
            )
            conn.executemany("UPDATE tasks SET template_key = ? WHERE id = ?", list(zip(
                scripts["template"].tolist(), scripts["task_id"].astype(int).tolist(),
                strict=True)))
            # Both engines sum an executemany's row counts; a conflict counts none.
            created = max(conn.executemany(
                "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, status,"
                f" priority, reason_params, template_key, created_at) VALUES"
                f" (?, ?, ?, ?, '{TaskStatus.OPEN.value}', ?, ?, ?, '{stamp}')"
                " ON CONFLICT DO NOTHING",
                rows,
            ).rowcount, 0) if rows else 0
    finally:
        conn.close()
    return created
