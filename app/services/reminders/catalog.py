"""Rule keys, their priority and their group on the Today page.

Keys are stored in tasks.rule and contacts.rule and printed by the CLI, so they never change.
A smaller priority number comes first: Can't lose them and At risk, then birthdays, overdue
rhythm, sequences, milestones.
"""

from __future__ import annotations

from app.services.settings import QT_TRANSLATE_NOOP

_T = QT_TRANSLATE_NOOP

PRIORITY: dict[str, int] = {
    "complaint": 1,  # resolve within 48 hours: before everything else
    "complaint_followup": 5,
    "segment_cant_lose": 10,
    "segment_at_risk": 15,
    "birthday": 20,
    "birthday_soon": 21,
    "rhythm": 30,
    "restock": 32,
    "not_bought_365": 35,
    "not_bought_180": 36,
    "not_bought_90": 37,
    "not_bought": 38,
    "custom": 40,
    "sequence": 50,  # every sequence_day_N
    "milestone_3": 60,
    "milestone_5": 61,
    "big_order": 62,
    "referral": 70,
    "points_expiring": 72,
    "feedback": 75,
}

# Rules that are "stay in touch" timers: any contact with the customer, or a new purchase,
# makes an open task of theirs obsolete.
TIMER_PREFIXES = ("not_bought", "rhythm", "custom", "segment_", "restock")
# Rules whose occasion hangs on a purchase: a newer purchase makes an open task obsolete.
ANCHORED_PREFIXES = ("not_bought", "rhythm", "segment_", "sequence_day_")

GROUPS: tuple[tuple[int, str], ...] = (  # (up to this priority, group title)
    (9, _T("reminders", "Complaints")),
    (19, _T("reminders", "Slipping away")),
    (29, _T("reminders", "Birthdays")),
    (49, _T("reminders", "Time to get in touch")),
    (59, _T("reminders", "After a purchase")),
    (99, _T("reminders", "Thank and keep")),
)


def priority_of(rule: str) -> int:
    if rule.startswith("sequence_day_"):
        return PRIORITY["sequence"]
    return PRIORITY.get(rule, 90)


def group_of(priority: int) -> str:
    for limit, title in GROUPS:
        if priority <= limit:
            return title
    return GROUPS[-1][1]
