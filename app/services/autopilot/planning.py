"""Which of today's reminders go by autopilot, and a preview of the next days.

A reminder goes by itself when its rule (or after-purchase step) is set to autopilot, the
customer has an e-mail address, is not do-not-contact, is not excluded, and Today would list
them now: the frequency cap and "one reminder per person at a time" are Today's own
(`reminders.tasks.today_list`), so automatic and manual messages follow exactly the same rules.
The others stay on Today. A customer who said no to marketing (imported consent, see
importing.customer_extras) gets nothing automatic: her reminder is recorded in the outbox as
skipped, "no marketing consent", and stays on Today, where the owner may still write by hand (a
personal message is hers to judge; only the automatic ones are held back).

The preview walks the next days without writing anything: today is what is planned or would be
planned now; each later day runs the reminder rules (`generate.collect`) for that day and keeps
the automatic occasions falling due on it that no task holds yet. It does not replay the
frequency cap day by day (what today's sending does to the cap is not known in advance), so a
later day's row can still wait on Today when its day comes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from app.models import Channel
from app.services import day_numbers
from app.services.autopilot import outbox
from app.services.autopilot.modes import any_automatic, is_automatic, with_unsubscribe
from app.services.database import Database
from app.services.messages.bulk import EACH_TASK, TaskRef, prepare_bulk
from app.services.reminders.config import load_config
from app.services.reminders.generate import collect
from app.services.reminders.inputs import load_inputs
from app.services.reminders.tasks import TaskItem, today_list
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.settings import Settings
from app.services.team.connection import driver_sql

R_NO_CONSENT = _T("autopilot", "No marketing consent: the reminder stays on Today.")


@dataclass(frozen=True)
class PreviewItem:
    day: dt.date
    customer_id: int
    name: str
    email: str
    rule: str
    subject: str
    body: str
    state: str  # outbox state, or "" for a message not planned yet
    reason: str = ""  # why it will not go (English source, context "autopilot")


class Planned(NamedTuple):
    planned: int
    skipped: int  # no marketing consent: recorded as skipped, left on Today


def candidates(db: Database, settings: Settings, today: dt.date) -> list[TaskItem]:
    """Today's reminders that autopilot takes, not yet in the outbox."""
    config = load_config(settings)
    known = outbox.rows(db)
    busy = {r.customer_id for r in known if r.state in (outbox.PLANNED, outbox.SENDING)}
    # A task autopilot already tried (failed, skipped, uncertain) is the owner's now.
    tried = {r.task_id for r in known}
    people, messages = outbox.exclusions(db)
    listed = today_list(db, settings, today, capacity=0).items
    return [t for t in listed
            if is_automatic(config, t.rule, t.params) and t.email and t.template_key
            and t.customer_id not in busy and t.id not in tried
            and not outbox.is_excluded(people, messages, t.customer_id, t.rule, t.due_on)]


def _render(db: Database, settings: Settings, refs: list[TaskRef], language: str,
            day: dt.date) -> dict[int, tuple[str, str, int | None, str | None, str, str]]:
    """customer -> (subject, body with the unsubscribe line, script id, name, e-mail, name)."""
    if not refs:
        return {}
    plan = prepare_bulk(db, settings, [], EACH_TASK, Channel.EMAIL, language, day, tasks=refs)
    return {m.customer_id: (m.subject, with_unsubscribe(m.body, language), m.template_id,
                            m.template_name, m.email, m.name)
            for m in plan.items if m.customer_id is not None}


def plan_due(db: Database, settings: Settings, today: dt.date, now: dt.datetime,
             language: str) -> Planned:
    """Put today's automatic reminders in the outbox as `planned` (or `skipped` without
    marketing consent). A message that cannot be filled in stays on Today."""
    chosen = candidates(db, settings, today)
    refs = [TaskRef(t.id, t.customer_id, t.rule, t.template_key) for t in chosen]
    filled = _render(db, settings, refs, language, today)
    refused = no_consent(db)
    added = skipped = 0
    with db.transaction() as session:
        conn = session.connection()
        for task in chosen:
            if task.customer_id not in filled:
                continue
            subject, body, template_id, template_name, email, _ = filled[task.customer_id]
            held = task.customer_id in refused
            conn.exec_driver_sql(driver_sql(
                conn, "INSERT INTO autopilot_outbox (task_id, customer_id, rule,"
                " template_id, template_name, email, subject, body, planned_on, created_at,"
                " state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING"),
                (task.id, task.customer_id, task.rule, template_id, template_name, email,
                 subject, body, today.isoformat(), now.isoformat(sep=" "),
                 outbox.SKIPPED if held else outbox.PLANNED, R_NO_CONSENT if held else ""))
            skipped += held
            added += not held
    return Planned(added, skipped)


def no_consent(db: Database) -> set[int]:
    """Customers who said no to marketing."""
    conn = db.raw_connection()
    try:
        return {int(r[0]) for r in conn.execute(
            "SELECT id FROM customers WHERE NOT marketing_consent")}
    finally:
        conn.close()


def preview(db: Database, settings: Settings, today: dt.date, language: str,
            days: int = 7) -> list[PreviewItem]:
    """Who would get what on which day, today and the `days - 1` days after it."""
    names = _names(db)
    items = [PreviewItem(today, r.customer_id, names.get(r.customer_id, ""), r.email, r.rule,
                         r.subject, r.body, r.state, r.reason)
             for r in outbox.rows(db, (outbox.PLANNED, outbox.SKIPPED))
             if r.state == outbox.PLANNED or (r.planned_on == today and r.reason == R_NO_CONSENT)]
    waiting = candidates(db, settings, today)
    filled = _render(db, settings, [TaskRef(t.id, t.customer_id, t.rule, t.template_key)
                                    for t in waiting], language, today)
    for task in waiting:
        if task.customer_id in filled:
            subject, body, _, _, email, name = filled[task.customer_id]
            items.append(PreviewItem(today, task.customer_id, name, email, task.rule, subject,
                                     body, ""))
    config = load_config(settings)
    if not any_automatic(config):
        return items
    held = _task_occasions(db)
    people, messages = outbox.exclusions(db)
    for ahead in range(1, days):
        day = today + dt.timedelta(days=ahead)
        found = collect(load_inputs(db, day), config)
        found = found[found["due_day"] == day_numbers.from_date(day)]
        refs: list[TaskRef] = []
        for row in found.itertuples(index=False):
            cid, rule = int(str(row.customer_id)), str(row.rule)
            params = _params(row.params) if rule == "custom" else None
            if ((cid, str(row.occasion_key)) in held or not is_automatic(config, rule, params)
                    or not row.template or outbox.is_excluded(people, messages, cid, rule, day)):
                continue
            refs.append(TaskRef(0, cid, rule, str(row.template)))
        refs = list({r.customer_id: r for r in reversed(refs)}.values())  # one a person
        filled = _render(db, settings, refs, language, day)
        for ref in refs:
            if ref.customer_id in filled:
                subject, body, _, _, email, name = filled[ref.customer_id]
                items.append(PreviewItem(day, ref.customer_id, name, email, ref.rule, subject,
                                         body, ""))
    refused = no_consent(db)
    return [PreviewItem(i.day, i.customer_id, i.name, i.email, i.rule, i.subject, i.body,
                        outbox.SKIPPED, R_NO_CONSENT)
            if i.customer_id in refused and not i.state else i for i in items]


def _params(text: object) -> dict[str, Any]:
    """An occasion's parameters (JSON); only the owner's own rules need them here."""
    try:
        found = json.loads(str(text)) if text else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _names(db: Database) -> dict[int, str]:
    conn = db.raw_connection()
    try:
        return {int(i): str(n) for i, n in conn.execute(
            "SELECT id, display_name FROM customers")}
    finally:
        conn.close()


def _task_occasions(db: Database) -> set[tuple[int, str]]:
    conn = db.raw_connection()
    try:
        return {(int(c), str(k)) for c, k in conn.execute(
            "SELECT customer_id, occasion_key FROM tasks")}
    finally:
        conn.close()
