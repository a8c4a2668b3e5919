"""Reminder outcomes: contacted customers who ordered vs due customers left alone, by hand."""

from __future__ import annotations

import datetime as dt

from app.models import Contact, Task
from app.services.dashboard.figures import Ratio
from app.services.dashboard.outcomes import reminder_outcomes
from app.services.database import Database
from tests.services.dashboard.hand_shop import create_hand_shop

SHOP = {  # customer: purchases (day, roubles)
    "Ann": [("2026-05-01", 100), ("2026-05-10", 200)],  # ordered 9 days after her contact
    "Bob": [("2026-05-01", 100), ("2026-06-01", 200)],  # 31 days after: too late
    "Cat": [("2026-05-01", 100), ("2026-05-08", 50)],  # skipped, ordered 6 days after due
    "Dan": [("2026-05-01", 100)],  # waiting (open), never ordered again
    "Eve": [("2026-05-01", 100), ("2026-05-09", -50)],  # contacted; a refund is no order
}


def test_per_rule_and_per_script(db: Database) -> None:
    ids = create_hand_shop(db, SHOP)
    due = dt.date(2026, 5, 2)
    plan = [("Ann", "lapse", "lapse_soft", "done", dt.datetime(2026, 5, 1, 18)),
            ("Bob", "lapse", "lapse_soft", "done", dt.datetime(2026, 5, 1, 9)),
            ("Cat", "lapse", "lapse_soft", "skipped", None),
            ("Dan", "lapse", "lapse_hard", "open", None),
            ("Eve", "birthday", "birthday", "done", dt.datetime(2026, 5, 3, 12))]
    with db.transaction() as session:
        for name, rule, script, status, contacted in plan:
            task = Task(customer_id=ids[name], rule=rule, occasion_key=name, due_on=due,
                        status=status, template_key=script)
            session.add(task)
            session.flush()
            if contacted:
                session.add(Contact(customer_id=ids[name], contacted_at=contacted, outcome="sent",
                                    rule=rule, task_id=task.id))
    rows = reminder_outcomes(db, dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                             dt.date(2026, 6, 30), 14)
    table = {(r.by, r.key): (r.contacted, r.not_contacted) for r in rows}
    # lapse: Ann and Bob contacted 1 May, Ann bought on the 10th (within 14 days); Cat and Dan due
    # 2 May and left alone, Cat bought on the 8th.
    assert table[("rule", "lapse")] == (Ratio(1, 2), Ratio(1, 2))
    assert table[("rule", "birthday")] == (Ratio(0, 1), Ratio(0, 0))  # Eve's refund is no order
    assert table[("script", "lapse_soft")] == (Ratio(1, 2), Ratio(1, 1))
    assert table[("script", "lapse_hard")] == (Ratio(0, 0), Ratio(0, 1))
    assert [r.key for r in rows if r.by == "rule"] == ["lapse", "birthday"]  # most people first
    # As of 5 May Ann's order on the 10th is not seen yet; in June nothing was due or contacted.
    early = reminder_outcomes(db, dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                              dt.date(2026, 5, 5), 14)
    assert {(r.by, r.key): r.contacted for r in early}[("rule", "lapse")] == Ratio(0, 2)
    assert reminder_outcomes(db, dt.date(2026, 6, 1), dt.date(2026, 6, 30),
                             dt.date(2026, 6, 30), 14) == []


def test_automatic_and_manual_contacts(db: Database) -> None:
    from app.models import Contact
    from tests.services.dashboard.outcome_data import create_outcome_shop, sent_by_autopilot

    ids = create_outcome_shop(db)
    # Ann's and Eve's first contacts came from the autopilot; Bob's was the owner's own, and
    # the autopilot's later message to him (5 May) does not make him automatic; Dan's planned
    # autopilot message was never sent (no contact): he stays not contacted.
    sent_by_autopilot(db, ids, "Ann", ids["contact:Ann"])
    sent_by_autopilot(db, ids, "Eve", ids["contact:Eve"])
    sent_by_autopilot(db, ids, "Dan", None)
    with db.transaction() as session:
        later = Contact(customer_id=ids["Bob"], contacted_at=dt.datetime(2026, 5, 5, 9),
                        outcome="sent", rule="lapse", task_id=ids["task:Bob"])
        session.add(later)
        session.flush()
        later_id = later.id
    sent_by_autopilot(db, ids, "Bob", later_id)
    rows = reminder_outcomes(db, dt.date(2026, 5, 1), dt.date(2026, 5, 31),
                             dt.date(2026, 6, 30), 14)
    table = {(r.by, r.key): (r.contacted, r.automatic, r.manual, r.not_contacted)
             for r in rows}
    # lapse: Ann (automatic) ordered on the 10th; Bob (manual) only after 31 days.
    assert table[("rule", "lapse")] == (Ratio(1, 2), Ratio(1, 1), Ratio(0, 1), Ratio(1, 2))
    assert table[("rule", "birthday")] == (Ratio(0, 1), Ratio(0, 1), Ratio(0, 0), Ratio(0, 0))
    assert table[("script", "lapse_soft")] == (Ratio(1, 2), Ratio(1, 1), Ratio(0, 1),
                                               Ratio(0, 0))
    assert table[("script", "lapse_hard")] == (Ratio(0, 0), Ratio(0, 0), Ratio(0, 0),
                                               Ratio(1, 2))
