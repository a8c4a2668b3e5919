"""A customer's whole relationship on one list, newest first: orders, messages, reminders,
recommendations.

Each kind of event comes from a *provider*: a function reading one customer's rows with one
indexed query and returning events. The kinds other features own (scores and complaints, level
changes, merges, recommendation bonuses) have their providers in their own packages; this module
knows none of them, and services/relationship.py puts the whole list together.

Titles are English source strings in the "timeline" context (the UI translates them); `detail`
is the owner's own data (products, script names, people) and is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from app.services.database import Database
from app.services.settings import QT_TRANSLATE_NOOP as _T

ORDER, REFUND, HAND_SALE = "order", "refund", "hand_sale"
CONTACT, REMINDER_DONE, REMINDER_SKIPPED = "contact", "reminder_done", "reminder_skipped"
REFERRED_BY, REFERRED = "referred_by", "referred"

TITLES = {
    ORDER: _T("timeline", "Order"),
    HAND_SALE: _T("timeline", "Sale recorded by hand"),
    REFUND: _T("timeline", "Refund"),
    CONTACT: _T("timeline", "Message"),
    REMINDER_DONE: _T("timeline", "Reminder done"),
    REMINDER_SKIPPED: _T("timeline", "Reminder skipped"),
    REFERRED_BY: _T("timeline", "Came by recommendation"),
    REFERRED: _T("timeline", "Brought a friend"),
}


@dataclass(frozen=True)
class TimelineEvent:
    day: dt.date
    kind: str
    title: str  # English source (context "timeline")
    detail: str = ""
    amount_minor: int | None = None
    # Codes the UI names in its language: a message's channel and outcome, a reminder's rule.
    channel: str = ""
    outcome: str = ""
    rule: str = ""
    at: dt.datetime | None = None  # orders the events of one day
    # Particulars the UI words in its language (plural forms, the shop's currency, level names).
    count: int | None = None
    money_minor: int | None = None  # money named in the details, not the Amount column
    score: int | None = None
    level: str = ""  # a level key
    previous_level: str = ""
    status: str = ""  # a complaint's status now
    by_person: str = ""  # who did it (team mode), where recorded


Provider = Callable[[sqlite3.Connection, int], list[TimelineEvent]]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(str(text)) if text else None


def orders(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    """Lines grouped as the order rule says (segments/orders.py): one order per order id, else
    per day; its day is its first line's. Refund lines alone make a refund, not an order."""
    groups: dict[tuple[str, str], list[tuple[str, int, str, str | None, str | None]]] = {}
    for day, amount, product, order_id, origin, note in conn.execute(
            "SELECT purchased_on, amount_minor, COALESCE(product, ''), order_id, origin, note"
            " FROM purchases WHERE customer_id = ? ORDER BY purchased_on, id", (customer_id,)):
        key = ("o", order_id) if order_id else ("d", str(day))
        groups.setdefault(key, []).append((str(day), int(amount), product, origin, note))
    events = []
    for lines in groups.values():
        amount = sum(line[1] for line in lines)
        hand = any(line[3] == "hand" for line in lines)
        kind = REFUND if all(line[1] < 0 for line in lines) else HAND_SALE if hand else ORDER
        products = ", ".join(dict.fromkeys(line[2] for line in lines if line[2]))
        notes = "; ".join(line[4] for line in lines if line[4])
        detail = " — ".join(part for part in (products, notes) if part)
        events.append(TimelineEvent(_day(lines[0][0]), kind, TITLES[kind], detail, amount))
    return events


def contacts(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    return [
        TimelineEvent(_day(at), CONTACT, TITLES[CONTACT], name or (text or "")[:80],
                      channel=channel or "", outcome=outcome or "", rule=rule or "",
                      at=_moment(at), by_person=by or "")
        for at, channel, outcome, name, text, rule, by in conn.execute(
            "SELECT contacted_at, channel, outcome, template_name, text, rule, by_person"
            " FROM contacts WHERE customer_id = ?", (customer_id,))
    ]


def reminders(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    """Reminders the owner acted on (done or skipped); open and missed ones are not history."""
    events = []
    for status, completed_at, due_on, rule in conn.execute(
            "SELECT status, completed_at, due_on, rule FROM tasks WHERE customer_id = ?"
            " AND status IN ('done', 'skipped')", (customer_id,)):
        kind = REMINDER_DONE if status == "done" else REMINDER_SKIPPED
        day = _day(completed_at) if completed_at else _day(due_on)
        events.append(TimelineEvent(day, kind, TITLES[kind], rule=str(rule),
                                    at=_moment(completed_at)))
    return events


def referrals(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    """Who recommended her (on the day she was first recorded) and whom she recommended."""
    events = []
    for kind, name, created_at in conn.execute(
            "SELECT 'by', r.display_name, c.created_at FROM customers c"
            " JOIN customers r ON r.id = c.referred_by_id WHERE c.id = ?"
            " UNION ALL SELECT 'to', display_name, created_at FROM customers"
            " WHERE referred_by_id = ?", (customer_id, customer_id)):
        event_kind = REFERRED_BY if kind == "by" else REFERRED
        events.append(TimelineEvent(_day(created_at), event_kind, TITLES[event_kind], str(name),
                                    at=_moment(created_at)))
    return events


PROVIDERS: list[Provider] = [orders, contacts, reminders, referrals]


def timeline(db: Database, customer_id: int,
             providers: list[Provider] | None = None) -> list[TimelineEvent]:
    """Every provider's events for one customer, newest first (within a day: latest first)."""
    conn = db.raw_connection()
    try:
        events = [event for provider in (PROVIDERS if providers is None else providers)
                  for event in provider(conn, customer_id)]
    finally:
        conn.close()
    return sorted(events, key=lambda e: (e.day, e.at or dt.datetime.min), reverse=True)
