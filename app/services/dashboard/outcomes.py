"""Reminder outcomes: did the customers written to buy more than those left alone?

For each rule (and each script), over the reminders of a period:
- *contacted*: customers with a reminder whose first logged contact (not a failed e-mail) fell in
  the period; they count as ordered when they placed an order (any line but a refund) on one of
  the `window` days after that contact's day;
- *not contacted*: customers with a reminder due in the period that was skipped or is still
  waiting (open or snoozed) and has no contact; they count as ordered when they placed an order on
  one of the `window` days after the due day.
People, not reminders: a customer counts once per group and row. Nothing after `as_of` is seen.

The contacted are split into *automatic* (the reminder's first contact is one the autopilot
logged: an autopilot_outbox row points to it) and *manual* (every other first contact: the
owner's own messages), so she sees whether the autopilot brings customers back as well as she
does. A customer contacted both ways for one rule (two reminders) is in both, once in contacted.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from app.services.dashboard.figures import Ratio
from app.services.database import Database
from app.services.sql_dialect import plus_days


@dataclass(frozen=True)
class ReminderOutcome:
    by: str  # "rule" or "script"
    key: str  # the rule key, or the script's name (its key when no such script is stored)
    contacted: Ratio  # ordered within the window / customers contacted
    not_contacted: Ratio  # ordered within the window / customers due and not contacted
    automatic: Ratio  # ... / customers whose first contact the autopilot sent
    manual: Ratio  # ... / customers whose first contact was the owner's


def _judged(conn: sqlite3.Connection) -> str:
    return """
WITH ranked AS (
  -- The first contact of each reminder (its day and id), numbered within the reminder.
  SELECT task_id, date(contacted_at) AS day, id AS contact_id,
         ROW_NUMBER() OVER (PARTITION BY task_id ORDER BY contacted_at, id) AS nth
  FROM contacts
  WHERE task_id IS NOT NULL AND outcome != 'failed' AND date(contacted_at) <= :as_of
), first_contact AS (
  SELECT task_id, day, contact_id FROM ranked WHERE nth = 1
), starts AS (
  SELECT t.customer_id, t.rule,
         COALESCE((SELECT tp.name FROM templates tp WHERE tp.builtin_key = t.template_key
                   ORDER BY tp.id LIMIT 1), t.template_key, '') AS script,
         CASE WHEN fc.day IS NULL THEN 0
              WHEN fc.contact_id IN (SELECT contact_id FROM autopilot_outbox
                                     WHERE contact_id IS NOT NULL) THEN 2
              ELSE 1 END AS side,
         COALESCE(fc.day, t.due_on) AS day
  FROM tasks t LEFT JOIN first_contact fc ON fc.task_id = t.id
  WHERE fc.day IS NOT NULL OR t.status IN ('skipped', 'open', 'snoozed')
)
SELECT s.rule, s.script, s.side, s.customer_id, EXISTS (
    SELECT 1 FROM purchases p WHERE p.customer_id = s.customer_id AND p.amount_minor >= 0
      AND p.purchased_on > s.day AND p.purchased_on <= """ + plus_days(
        conn, "s.day", ":window") + """
      AND p.purchased_on <= :as_of)
FROM starts s WHERE s.day >= :first AND s.day <= :last
"""


def reminder_outcomes(db: Database, first: dt.date, last: dt.date, as_of: dt.date,
                      window_days: int) -> list[ReminderOutcome]:
    """Rows per rule, then per script; each list with the most people first."""
    params = {"first": first.isoformat(), "last": min(last, as_of).isoformat(),
              "as_of": as_of.isoformat(), "window": int(window_days)}
    conn = db.raw_connection()
    try:
        judged = conn.execute(_judged(conn), params).fetchall()
    finally:
        conn.close()
    result: list[ReminderOutcome] = []
    for by, column in (("rule", 0), ("script", 1)):
        # key -> side (0 not contacted, 1 manual, 2 automatic) -> (people, who ordered)
        groups: dict[str, dict[int, tuple[set[int], set[int]]]] = {}
        for row in judged:
            people, ordered = groups.setdefault(str(row[column]), {}).setdefault(
                int(row[2]), (set(), set()))
            people.add(row[3])
            if row[4]:
                ordered.add(row[3])
        rows = [ReminderOutcome(by, key, _contacted(sides), _ratio(sides.get(0)),
                                _ratio(sides.get(2)), _ratio(sides.get(1)))
                for key, sides in groups.items()]
        rows.sort(key=lambda r: (-(r.contacted.whole + r.not_contacted.whole), r.key))
        result.extend(rows)
    return result


def _contacted(sides: dict[int, tuple[set[int], set[int]]]) -> Ratio:
    """Automatic and manual together, each customer once."""
    people: set[int] = set()
    ordered: set[int] = set()
    for side in (1, 2):
        if side in sides:
            people |= sides[side][0]
            ordered |= sides[side][1]
    return Ratio(len(ordered), len(people))


def _ratio(side: tuple[set[int], set[int]] | None) -> Ratio:
    return Ratio(len(side[1]), len(side[0])) if side else Ratio(0, 0)
