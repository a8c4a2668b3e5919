"""The Today page's header lines: how many to contact, overdue and brought back; who waits for
the next days; who cannot be written to. Worded for the kind of business (business_words)."""

from __future__ import annotations

from app.services.reminders.tasks import TodayList
from app.ui import business_words as words
from app.ui.i18n import PluralContext


class TodayHeader(PluralContext):
    """The translation context of the header's plural strings."""


def summary_text(listed: TodayList, person: str, came_back: int) -> str:
    """'15 to contact · 2 overdue · 3 came back after your messages (last 30 days)'."""
    overdue = sum(1 for t in listed.items if t.overdue)
    today = len(listed.items)
    # With people waiting, the waiting line says how many are for today.
    parts = ([words.to_contact(person, today) or TodayHeader.tr("%n to contact", "", today)]
             if listed.items and not listed.later else [])
    if overdue:
        parts.append(TodayHeader.tr("%n overdue", "", overdue))
    if came_back:  # closing the loop: messages that brought customers back
        parts.append(words.came_back(person, came_back) or TodayHeader.tr(
            "%n came back after your messages (last 30 days)", "", came_back))
    return " · ".join(parts)


def waiting_text(listed: TodayList, person: str, cap_days: int) -> str:
    """'15 for today · 27 more are waiting; they come up in the next days · 9 reminders held
    back (at most one message per customer in 7 days)'; "" when nobody waits."""
    parts = []
    today, later, held = len(listed.items), len(listed.later), listed.waiting
    if later and today:  # when the day is done, the empty page says it
        parts.append(TodayHeader.tr("%n for today", "", today))
        parts.append(words.more_waiting(person, later) or TodayHeader.tr(
            "%n more are waiting; they come up in the next days", "", later))
    if held:
        pause = TodayHeader.tr("%n day(s)", "", cap_days)
        held_text = words.held_back(person, held) or TodayHeader.tr(
            "%n reminder(s) held back (at most one message per customer in %1)", "", held)
        parts.append(held_text.replace("%1", pause))
    return " · ".join(parts)


def unreachable_link(person: str, count: int) -> str:
    """A link to the people with a reminder but no way to write; "" for nobody."""
    if not count:
        return ""
    return '<a href="unreachable">%1</a>'.replace("%1", words.by_person(
        person,
        TodayHeader.tr("%n customer(s) to see in person or add a contact: no phone, e-mail or "
                       "Telegram", "", count),
        TodayHeader.tr("%n client(s) to see in person or add a contact: no phone, e-mail or "
                       "Telegram", "", count),
        TodayHeader.tr("%n student(s) to see in person or add a contact: no phone, e-mail or "
                       "Telegram", "", count)))
