"""Today's list and what the owner does with it: done, snooze, skip.

What shows today: open tasks due today or earlier (overdue ones carry over and say so) and snoozed
tasks whose snooze has ended, except for do-not-contact customers. The frequency cap is applied here
too, because contacts happen after generation: a customer contacted within `frequency_cap_days`
(by anything other than this very task) waits, and a customer shows one task at a time, the most
important one; the others wait for their turn.

The daily capacity (`daily_capacity`, 0 = no limit) is how many people the owner writes to in a
day. A first import of a long history makes every lapsed customer due at once; that is the truth,
but not a morning's work, so the list shows the first `capacity` people in order (priority, then
what is at stake: the predicted 12-month value times the chance of losing the customer
(predictions.store; money spent where there is no prediction), then money spent and orders, most
valuable first) and the rest wait, in that same
order, as `TodayList.later`. Nothing is stored about who waits: the order is worked out each time,
so nothing is lost and a more important reminder that falls due tomorrow goes ahead of them.
An event on its last day (a thank-you, a birthday greeting) takes a place before the others:
tomorrow it is gone, while a state (not bought, a segment move) is still true after a wait.

How the waiting come up, walked over days (capacity 15, 42 due on the first morning):
- day 1: 15 listed, 27 waiting. People contacted today from the list (a logged contact with a
  task: Done, a message opened in its app, sent or exported) use up the day's places, so after
  she writes to all 15 the list is empty and says that 27 wait: they come up tomorrow, not as a
  never-ending list. Skip and snooze use no place (no message went out), and neither does a
  copied message (copying is not a contact until Done): the next in order steps up the same day;
- day 2: the next 15 in order (plus anything more important that fell due), 12 waiting;
- a day she does nothing: the same people stay on the list (overdue), the rest keep waiting;
  the list never grows past the capacity, however long the app stays closed.

Every reminder is read for the day shown (timing.py): an event past its last valid day is not
listed even before the start of the day closes it as missed, and counts in the reason ("no
purchase for 138 days", "birthday tomorrow") are those of that day. A customer with no phone,
e-mail or Telegram cannot be written to: their reminder takes no place on the list and is counted
apart (`TodayList.unreachable`), for the owner to see them in person or add a contact. A reminder
that autopilot is sending by e-mail (app/services/autopilot/) is not listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.models import ContactOutcome, Task, TaskStatus
from app.services import day_numbers
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.contacts import NewContact, log_contact, upgrade_contact
from app.services.messages.links import usual_channel
from app.services.reminders import catalog, timing
from app.services.reminders.config import load_config
from app.services.reminders.reasons import format_reason
from app.services.segments import orders as orders_mod
from app.services.settings import DAILY_CAPACITY, FREQUENCY_CAP_DAYS, Settings
from app.services.team import claims


@dataclass(frozen=True)
class TaskItem:
    id: int
    customer_id: int
    name: str
    rule: str
    due_on: dt.date
    priority: int
    params: dict[str, Any]
    template_key: str | None
    channel: str
    phone: str
    email: str
    telegram: str
    overdue_days: int = 0
    status: str = TaskStatus.OPEN.value
    waiting: int = 0  # this customer's other tasks that wait behind this one
    spent_minor: int = 0  # what is at stake: the customer's money spent and orders
    orders: int = 0
    at_stake_minor: int = 0  # predictions' value at risk; money spent without a prediction
    until: dt.date | None = None  # an event's last day on the list; None for a state

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0

    @property
    def group(self) -> str:
        return catalog.group_of(self.priority)

    def reason(self, language: str = "en", order: str = "order", brief: bool = False) -> str:
        """`order`: the business's word for a sale (business.Vocabulary.order); `brief`: the
        wording for Today's column (format_reason)."""
        return format_reason(self.rule, self.params, language, order, brief)


@dataclass(frozen=True)
class ComeBack:
    customer_id: int
    name: str
    expected_on: dt.date
    interval_days: int


@dataclass
class TodayList:
    items: list[TaskItem] = field(default_factory=list)  # today's list, at most the capacity
    waiting: int = 0  # due tasks held back by the frequency cap
    later: list[TaskItem] = field(default_factory=list)  # due people past the day's capacity
    contacted_today: int = 0  # people already written to from the list today
    unreachable: list[TaskItem] = field(default_factory=list)  # due, but no way to write to them

    @property
    def day_done(self) -> bool:
        """The day's places are used up and people still wait for the next days."""
        return not self.items and bool(self.later)


_LIST_SQL = """
SELECT t.id, t.customer_id, c.display_name, t.rule, t.due_on, t.status, t.snoozed_until,
       t.priority, t.reason_params, t.template_key, COALESCE(c.preferred_channel, ''),
       COALESCE(c.phone_e164, ''), COALESCE(c.email, ''), COALESCE(c.telegram, ''),
       (SELECT MAX(date(k.contacted_at)) FROM contacts k
         WHERE k.customer_id = t.customer_id AND k.outcome != 'failed'
           AND (k.task_id IS NULL OR k.task_id != t.id)),
       date(t.created_at), COALESCE(s.total_spent_minor, 0), COALESCE(s.orders_count, 0),
       COALESCE(p.at_stake_minor, s.total_spent_minor, 0)
FROM tasks t JOIN customers c ON c.id = t.customer_id
LEFT JOIN customer_stats s ON s.customer_id = t.customer_id
LEFT JOIN predictions p ON p.customer_id = t.customer_id
WHERE NOT c.do_not_contact
  AND NOT EXISTS (SELECT 1 FROM autopilot_outbox o WHERE o.task_id = t.id
                  AND o.state IN ('planned', 'sending', 'sent'))
  AND ((t.status = 'open' AND t.due_on <= :today)
       OR (t.status = 'snoozed' AND t.snoozed_until <= :today))
ORDER BY t.rule = 'birthday' DESC, t.priority, t.due_on, t.id
"""


_CONTACTED_TODAY_SQL = """
SELECT DISTINCT customer_id FROM contacts
WHERE task_id IS NOT NULL AND outcome != 'failed' AND date(contacted_at) = :today
"""


def today_list(db: Database, settings: Settings, today: dt.date,
               capacity: int | None = None) -> TodayList:
    """The day's list; `capacity` overrides the `daily_capacity` setting (0 = no limit)."""
    cap = int(settings.get(FREQUENCY_CAP_DAYS))
    catch_up = load_config(settings).catch_up_days
    if capacity is None:
        capacity = int(settings.get(DAILY_CAPACITY))
    conn = db.raw_connection()
    try:
        rows = conn.execute(_LIST_SQL, {"today": today.isoformat()}).fetchall()
        written_today = {r[0] for r in conn.execute(_CONTACTED_TODAY_SQL,
                                                    {"today": today.isoformat()})}
    finally:
        conn.close()
    shown: dict[int, TaskItem] = {}
    waiting: dict[int, int] = {}
    held = 0
    for (task_id, customer_id, name, rule, due, status, snoozed, priority, params, template,
         channel, phone, email, telegram, contacted, created, spent, orders, stake) in rows:
        stored = timing.parse_params(params)
        until = timing.valid_until(rule, stored, dt.date.fromisoformat(due), catch_up)
        if until is not None and until < today:
            continue
        # Overdue means "was on the list before and is still waiting": an occasion first listed
        # today (caught up after days with the app closed) is not overdue yet.
        effective = dt.date.fromisoformat(due)
        if created:
            effective = max(effective, dt.date.fromisoformat(created))
        if status == TaskStatus.SNOOZED and snoozed:
            effective = max(effective, dt.date.fromisoformat(snoozed))
        # The birthday greeting is due on the day or not at all (generate.py does not defer it).
        if cap > 0 and contacted and rule != "birthday":
            free_from = dt.date.fromisoformat(contacted) + dt.timedelta(days=cap)
            if free_from > today:
                held += 1
                continue
            effective = max(effective, free_from)
        if customer_id in shown:  # rows come most important first
            waiting[customer_id] = waiting.get(customer_id, 0) + 1
            held += 1
            continue
        shown[customer_id] = TaskItem(
            task_id, customer_id, name, rule, dt.date.fromisoformat(due), priority,
            timing.for_day(rule, stored, today), template,
            channel or guess_channel(phone, email, telegram),
            phone, email, telegram, max(0, (today - effective).days), status,
            spent_minor=int(spent), orders=int(orders), at_stake_minor=int(stake), until=until,
        )
    items = [
        TaskItem(**{**item.__dict__, "waiting": waiting.get(item.customer_id, 0)})
        for item in shown.values()
    ]
    items.sort(key=lambda t: (t.priority, -t.at_stake_minor, -t.spent_minor, -t.orders,
                              t.due_on, t.name, t.id))
    unreachable = [t for t in items if not (t.phone or t.email or t.telegram)]
    items = [t for t in items if t.phone or t.email or t.telegram]
    listed, later = _within_capacity(items, capacity, written_today, today)
    return TodayList(listed, held, later, len(written_today), unreachable)


def _within_capacity(items: list[TaskItem], capacity: int, contacted: set[int],
                     today: dt.date) -> tuple[list[TaskItem], list[TaskItem]]:
    """The first `capacity` people, counting those already written to today; someone written to
    today whose task is still open (a message opened, not yet Done) keeps their place without
    taking a second one. An event on its last day takes its place first: a state waits a day and
    is still true, an event that waits past its last day is lost (a day-3 thank-you behind a
    backlog of lapsed customers would never be seen). The list keeps its order."""
    if capacity <= 0:
        return items, []
    used = len(contacted)
    chosen: set[int] = set()
    for item in sorted(items, key=lambda t: t.until != today):  # stable: last days first
        if item.customer_id in contacted:
            chosen.add(item.id)
        elif used < capacity:
            chosen.add(item.id)
            used += 1
    return ([t for t in items if t.id in chosen], [t for t in items if t.id not in chosen])


def list_today(db: Database, settings: Settings, today: dt.date) -> list[TaskItem]:
    return today_list(db, settings, today).items


def count_today(db: Database, settings: Settings, today: dt.date) -> int:
    """The number on the sidebar badge."""
    return len(list_today(db, settings, today))


def guess_channel(phone: str, email: str, telegram: str) -> str:
    return usual_channel(phone, email, telegram)


def done(db: Database, task_id: int, now: dt.datetime, *, channel: str | None = None,
         text: str = "", template_id: int | None = None, template_name: str | None = None,
         outcome: str = ContactOutcome.DONE.value) -> int:
    """Close the task and log the contact it stands for; returns the contact id.

    When the message was already opened (or sent, exported) from this task, that contact stands
    for it, whatever its day: Done upgrades its outcome instead of logging a second contact.
    A message only copied logged nothing, so Done after a copy logs the contact.
    """
    task = _open_task(db, task_id)
    contact = NewContact(
        customer_id=task.customer_id, channel=channel, outcome=outcome, text=text,
        template_id=template_id, template_name=template_name, task_id=task_id, rule=task.rule,
    )
    earlier = _task_contact(db, task_id)
    if earlier is not None:
        contact_id = upgrade_contact(db, earlier, contact)
    else:
        contact_id = log_contact(db, contact, now)
    _close(db, task_id, TaskStatus.DONE, now)
    return contact_id


def _task_contact(db: Database, task_id: int) -> int | None:
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT MIN(id) FROM contacts WHERE task_id = ? AND outcome != 'failed'",
                           (task_id,)).fetchone()
    finally:
        conn.close()
    return row[0] if row and row[0] is not None else None


def skip(db: Database, task_id: int, now: dt.datetime) -> None:
    _open_task(db, task_id)
    _close(db, task_id, TaskStatus.SKIPPED, now)


def snooze(db: Database, task_id: int, days: int, today: dt.date) -> dt.date:
    """Hide the task until `days` from today; returns that day."""
    if days < 1:
        raise ValueError("snooze needs at least one day")
    until = today + dt.timedelta(days=days)
    with db.transaction() as session:
        task = session.get(Task, task_id)
        if task is None or task.status not in (TaskStatus.OPEN, TaskStatus.SNOOZED):
            raise UserFacingError("This reminder is no longer on the list.")
        task.status = TaskStatus.SNOOZED.value
        task.snoozed_until = until
        claims.settled(session, task_id)
    return until


def _open_task(db: Database, task_id: int) -> Task:
    with db.session() as session:
        task = session.get(Task, task_id)
        if task is None or task.status not in (TaskStatus.OPEN, TaskStatus.SNOOZED):
            raise UserFacingError("This reminder is no longer on the list.")
        session.expunge(task)
        return task


def _close(db: Database, task_id: int, status: TaskStatus, now: dt.datetime) -> None:
    with db.transaction() as session:
        task = session.get(Task, task_id)
        if task is not None:
            task.status = status.value
            task.completed_at = now
            claims.settled(session, task_id)


def come_back_soon(db: Database, today: dt.date, limit: int = 5,
                   within_days: int = 7) -> list[ComeBack]:
    """Customers whose own rhythm says they should buy within `within_days`: for the empty state."""
    conn = db.raw_connection()
    try:
        purchases = orders_mod.load_order_lines(conn)
        names = dict(conn.execute(
            "SELECT id, display_name FROM customers WHERE NOT do_not_contact").fetchall())
    finally:
        conn.close()
    orders = orders_mod.build_orders(purchases)
    if orders.empty:
        return []
    same = orders["customer_id"].eq(orders["customer_id"].shift())
    gaps = orders["day"].diff().where(same)
    by = orders.assign(gap=gaps).groupby("customer_id")
    frame = by.agg(last=("day", "max"), median=("gap", "median"), n=("day", "size"))
    frame = frame[(frame["n"] >= 2) & (frame["median"] >= 1)]
    frame = frame.assign(expected=frame["last"] + frame["median"].round().astype("int64"))
    start = day_numbers.from_date(today)
    soon = frame[(frame["expected"] >= start) & (frame["expected"] <= start + within_days)]
    soon = soon[soon.index.isin(list(names))].sort_values(["expected", "n"],
                                                           ascending=[True, False])
    return [
        # iterrows types labels as Hashable; this index holds customer ids.
        ComeBack(int(cid), names[int(cid)], day_numbers.to_date(int(row["expected"])),  # type: ignore[call-overload]
                 round(float(row["median"])))
        for cid, row in soon.head(limit).iterrows()
    ]
