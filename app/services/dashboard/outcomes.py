"""Reminder outcomes: did the customers written to buy more than those left alone?

For each rule (and each script), over the reminders of a period:
- *contacted*: customers with a reminder whose first logged contact (not a failed e-mail) fell in
  the period; they count as ordered when they placed an order (any line but a refund) on one of
  the `window` days after that contact's day;
- *not contacted*: customers with a reminder due in the period that was skipped or is still
  waiting (open or snoozed) and has no contact; they count as ordered when they placed an order on
  one of the `window` days after the due day.
People, not reminders: a customer counts once per group and row. Nothing after `as_of` is seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.dashboard.figures import Ratio
from app.services.database import Database


@dataclass(frozen=True)
class ReminderOutcome:
    by: str  # "rule" or "script"
    key: str  # the rule key, or the script's name (its key when no such script is stored)
    contacted: Ratio  # ordered within the window / customers contacted
    not_contacted: Ratio  # ordered within the window / customers due and not contacted


_JUDGED = """
WITH first_contact AS (
  SELECT task_id, MIN(date(contacted_at)) AS day FROM contacts
  WHERE task_id IS NOT NULL AND outcome != 'failed' AND date(contacted_at) <= :as_of
  GROUP BY task_id
), starts AS (
  SELECT t.customer_id, t.rule,
         COALESCE((SELECT tp.name FROM templates tp WHERE tp.builtin_key = t.template_key
                   ORDER BY tp.id LIMIT 1), t.template_key, '') AS script,
         fc.day IS NOT NULL AS contacted, COALESCE(fc.day, t.due_on) AS day
  FROM tasks t LEFT JOIN first_contact fc ON fc.task_id = t.id
  WHERE fc.day IS NOT NULL OR t.status IN ('skipped', 'open', 'snoozed')
)
SELECT s.rule, s.script, s.contacted, s.customer_id, EXISTS (
    SELECT 1 FROM purchases p WHERE p.customer_id = s.customer_id AND p.amount_minor >= 0
      AND p.purchased_on > s.day AND p.purchased_on <= date(s.day, :window)
      AND p.purchased_on <= :as_of)
FROM starts s WHERE s.day >= :first AND s.day <= :last
"""


def reminder_outcomes(db: Database, first: dt.date, last: dt.date, as_of: dt.date,
                      window_days: int) -> list[ReminderOutcome]:
    """Rows per rule, then per script; each list with the most people first."""
    params = {"first": first.isoformat(), "last": min(last, as_of).isoformat(),
              "as_of": as_of.isoformat(), "window": f"+{int(window_days)} days"}
    conn = db.raw_connection()
    try:
        judged = conn.execute(_JUDGED, params).fetchall()
    finally:
        conn.close()
    result: list[ReminderOutcome] = []
    for by, column in (("rule", 0), ("script", 1)):
        # key -> contacted (0/1) -> (people, people who ordered)
        groups: dict[str, dict[int, tuple[set[int], set[int]]]] = {}
        for row in judged:
            people, ordered = groups.setdefault(str(row[column]), {}).setdefault(
                int(row[2]), (set(), set()))
            people.add(row[3])
            if row[4]:
                ordered.add(row[3])
        rows = [ReminderOutcome(by, key, _ratio(sides.get(1)), _ratio(sides.get(0)))
                for key, sides in groups.items()]
        rows.sort(key=lambda r: (-(r.contacted.whole + r.not_contacted.whole), r.key))
        result.extend(rows)
    return result


def _ratio(side: tuple[set[int], set[int]] | None) -> Ratio:
    return Ratio(len(side[1]), len(side[0])) if side else Ratio(0, 0)
