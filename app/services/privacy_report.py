"""One customer's data as a person reads it: the answer to "what do you keep about me?".

The JSON export (privacy.py) keeps every stored value for another program; this one is for the
customer and the owner: money in the shop's currency ("£120.50", "1 200,50 ₽"), dates as dates,
names instead of internal keys (no row ids, batch numbers, duplicate checks or script keys), and
headings in the UI language. Every table that refers to the customer still appears; one this
module does not know yet (a later migration) is shown with its own column names minus its keys.

Headings and fixed words are marked for translation here; the UI passes a `Wording` that
translates them and names channels, outcomes, reminder reasons and segments as its pages do.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from app.services.day_numbers import to_date
from app.services.money import format_money
from app.services.settings import QT_TRANSLATE_NOOP as _T

Label = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Wording:
    """How the export names things; the defaults are the English source texts and raw keys."""

    text: Label = _same  # translates this module's marked strings (context "privacy")
    channel: Label = _same
    outcome: Label = _same
    rule: Label = _same
    segment: Label = _same


@dataclass
class Section:
    title: str
    header: list[str]
    rows: list[list[object]] = field(default_factory=list)


_YES, _NO = _T("privacy", "Yes"), _T("privacy", "No")
_STATUS = {"open": _T("privacy", "On the list"), "done": _T("privacy", "Done"),
           "snoozed": _T("privacy", "Postponed"), "skipped": _T("privacy", "Skipped"),
           "missed": _T("privacy", "Missed")}
_IDENTITY = {"phone": _T("privacy", "Phone"), "email": _T("privacy", "E-mail"),
             "code": _T("privacy", "Customer code"), "name": _T("privacy", "Name"),
             "referral": _T("privacy", "Referral code")}
_COMPLAINT_STATUS = {"open": _T("privacy", "Open"), "in_progress": _T("privacy", "In progress"),
                     "resolved": _T("privacy", "Resolved")}
# Columns that are the database's own bookkeeping, never shown to a person.
_KEYS = {"id", "customer_id", "batch_id", "dedup_key", "created_by_batch_id", "task_id",
         "template_id", "occasion_key", "reason_params", "priority", "computed_as_of"}


@dataclass(frozen=True)
class _Format:
    currency: str
    locale: str  # Babel's, e.g. "en_GB", "ru"
    words: Wording

    def t(self, text: str) -> str:
        return self.words.text(text)

    def money(self, minor: object) -> str:
        return "" if minor is None else format_money(int(str(minor)), self.currency, self.locale)

    def date(self, value: object) -> str:
        if not value:
            return ""
        text = str(value)
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
        shown = format_date(day, "long", locale=self.locale)
        return f"{shown} {text[11:16]}" if len(text) > 10 and text[11:16] else shown

    def number(self, value: object) -> str:
        return "" if value is None else format_decimal(float(str(value)), locale=self.locale)

    def percent(self, value: object) -> str:
        return "" if value is None else format_percent(float(str(value)), locale=self.locale)

    def yes_no(self, value: object) -> str:
        return self.t(_YES) if value else self.t(_NO)


def readable_sections(data: dict[str, Any], names: dict[str, dict[Any, str]], *,
                      currency: str, locale: str, words: Wording) -> list[Section]:
    """`data` as privacy.customer_data returns it; `names` maps ids to names for the keys it
    refers to ("customers": who referred them, "templates": script key -> script name)."""
    f = _Format(currency, locale, words)
    sections = [_customer(data["customer"], names, f)]
    builders: dict[str, Callable[[list[dict[str, Any]]], Section]] = {
        "customer_stats": lambda rows: _stats(rows, f),
        "purchases": lambda rows: _purchases(rows, f),
        "contacts": lambda rows: _contacts(rows, f),
        "tasks": lambda rows: _tasks(rows, names, f),
        "segment_snapshots": lambda rows: _history(rows, f),
        "predictions": lambda rows: _outlook(rows, f),
        "customer_identities": lambda rows: _identities(rows, f),
        "customer_merges": lambda rows: _merges(rows, f),
        "scores": lambda rows: _scores(rows, f),
        "complaints": lambda rows: _complaints(rows, f),
    }
    order = [*builders, *(t for t in data if t not in builders)]  # the known ones first
    for table in order:
        if table == "customer" or table not in data:
            continue
        rows = data[table]
        build = builders.get(table)
        if build is None and not rows:
            continue  # a later table with nothing about this person
        sections.append(build(rows) if build else _other(table, rows, f))
    return sections


def _customer(row: dict[str, Any], names: dict[str, dict[Any, str]], f: _Format) -> Section:
    birthday = ""
    if row.get("birthday_month") and row.get("birthday_day"):
        year = row.get("birthday_year") or 2000  # a leap year, so 29 February is a date
        shown = format_date(dt.date(int(year), int(row["birthday_month"]),
                                    int(row["birthday_day"])),
                            "long" if row.get("birthday_year") else "d MMMM", locale=f.locale)
        birthday = shown
    referrer = names.get("customers", {}).get(row.get("referred_by_id"), "")
    fields: list[tuple[str, object]] = [
        (_T("privacy", "Name"), row.get("display_name")),
        (_T("privacy", "First name"), row.get("first_name")),
        (_T("privacy", "Phone"), row.get("phone_e164") or row.get("phone_raw")),
        (_T("privacy", "Phone as written"), row.get("phone_raw")),
        (_T("privacy", "E-mail"), row.get("email")),
        (_T("privacy", "Telegram"), row.get("telegram")),
        (_T("privacy", "Birthday"), birthday),
        (_T("privacy", "Preferred channel"),
         f.words.channel(row["preferred_channel"]) if row.get("preferred_channel") else ""),
        (_T("privacy", "Notes"), row.get("notes")),
        (_T("privacy", "Tags"), row.get("tags")),
        (_T("privacy", "Do not contact"), f.yes_no(row.get("do_not_contact"))),
        (_T("privacy", "Customer code in the shop's records"), row.get("external_code")),
        (_T("privacy", "Referred by"), referrer),
        (_T("privacy", "Added on"), f.date(row.get("created_at"))),
        (_T("privacy", "Last changed"), f.date(row.get("updated_at"))),
    ]
    return Section(f.t(_T("privacy", "Customer")),
                   [f.t(_T("privacy", "Detail")), f.t(_T("privacy", "Value"))],
                   [[f.t(label), "" if value is None else value] for label, value in fields])


def _stats(rows: list[dict[str, Any]], f: _Format) -> Section:
    header = [_T("privacy", "Orders"), _T("privacy", "Total spent"),
              _T("privacy", "First order"), _T("privacy", "Last order"), _T("privacy", "Segment")]
    return _section(f, _T("privacy", "Summary"), header, (
        [r["orders_count"], f.money(r["total_spent_minor"]), f.date(r["first_order_on"]),
         f.date(r["last_order_on"]), f.words.segment(r["segment"]) if r["segment"] else ""]
        for r in rows))


def _purchases(rows: list[dict[str, Any]], f: _Format) -> Section:
    header = [_T("privacy", "Date"), _T("privacy", "Product"), _T("privacy", "Category"),
              _T("privacy", "Quantity"), _T("privacy", "Amount"), _T("privacy", "Order number")]
    return _section(f, _T("privacy", "Purchases"), header, (
        [f.date(r["purchased_on"]), r["product"] or "", r["category"] or "",
         f.number(r["quantity"]), f.money(r["amount_minor"]), r["order_id"] or ""]
        for r in rows))


def _contacts(rows: list[dict[str, Any]], f: _Format) -> Section:
    header = [_T("privacy", "When"), _T("privacy", "Channel"), _T("privacy", "What happened"),
              _T("privacy", "Reason"), _T("privacy", "Script"), _T("privacy", "Text"),
              _T("privacy", "Bought again on")]
    return _section(f, _T("privacy", "Messages and contacts"), header, (
        [f.date(r["contacted_at"]), f.words.channel(r["channel"]) if r["channel"] else "",
         f.words.outcome(r["outcome"]), f.words.rule(r["rule"]) if r["rule"] else "",
         r["template_name"] or "", r["text"] or "", f.date(r["converted_on"])]
        for r in rows))


def _tasks(rows: list[dict[str, Any]], names: dict[str, dict[Any, str]], f: _Format) -> Section:
    scripts = names.get("templates", {})
    header = [_T("privacy", "Due"), _T("privacy", "Reason"), _T("privacy", "Status"),
              _T("privacy", "Postponed until"), _T("privacy", "Script"),
              _T("privacy", "Listed on"), _T("privacy", "Closed on")]
    return _section(f, _T("privacy", "Reminders"), header, (
        [f.date(r["due_on"]), f.words.rule(r["rule"]), f.t(_STATUS.get(r["status"], r["status"])),
         f.date(r["snoozed_until"]), scripts.get(r["template_key"], "") if r["template_key"]
         else "", f.date(r["created_at"]), f.date(r["completed_at"])]
        for r in rows))


def _scores(rows: list[dict[str, Any]], f: _Format) -> Section:
    return _section(f, _T("privacy", "Satisfaction scores"),
                    [_T("privacy", "Date"), _T("privacy", "Score (0-10)"),
                     _T("privacy", "Comment")],
                    ([f.date(r["scored_on"]), r["score"], r["comment"] or ""] for r in rows))


def _complaints(rows: list[dict[str, Any]], f: _Format) -> Section:
    header = [_T("privacy", "Date"), _T("privacy", "Complaint"), _T("privacy", "Status"),
              _T("privacy", "Resolution"), _T("privacy", "Compensation"),
              _T("privacy", "Amount"), _T("privacy", "Resolved on")]
    return _section(f, _T("privacy", "Complaints"), header, (
        [f.date(r["opened_on"]), r["text"] or "",
         f.t(_COMPLAINT_STATUS.get(r["status"], r["status"])), r["resolution"] or "",
         r["compensation"] or "", f.money(r["compensation_minor"]) if r["compensation_minor"]
         else "", f.date(r["resolved_on"])] for r in rows))


def _history(rows: list[dict[str, Any]], f: _Format) -> Section:
    return _section(f, _T("privacy", "Segment history"),
                    [_T("privacy", "Date"), _T("privacy", "Segment")],
                    ([f.date(r["taken_on"]), f.words.segment(r["segment"])] for r in rows))


def _outlook(rows: list[dict[str, Any]], f: _Format) -> Section:
    header = [_T("privacy", "Next order expected"), _T("privacy", "Chance still a customer"),
              _T("privacy", "Value in the next 12 months")]
    return _section(f, _T("privacy", "Predictions"), header, (
        [f.date(to_date(int(r["next_day"])).isoformat()) if r["next_day"] is not None else "",
         f.percent(r["p_alive"]), f.money(r["predicted_value_12m_minor"])]
        for r in rows))


def _identities(rows: list[dict[str, Any]], f: _Format) -> Section:
    return _section(f, _T("privacy", "Also known as (from merged cards)"),
                    [_T("privacy", "Kind"), _T("privacy", "Value")],
                    ([f.t(_IDENTITY.get(r["kind"], r["kind"])), r["value"]] for r in rows))


def _merges(rows: list[dict[str, Any]], f: _Format) -> Section:
    return _section(f, _T("privacy", "Cards merged"),
                    [_T("privacy", "Merged on"), _T("privacy", "Undone on")],
                    ([f.date(r["merged_at"]), f.date(r["undone_at"])] for r in rows))


def _other(table: str, rows: list[dict[str, Any]], f: _Format) -> Section:
    columns = [c for c in (rows[0] if rows else {}) if c not in _KEYS and not c.endswith("_id")]
    section = Section(table.replace("_", " ").capitalize(), columns)
    section.rows = [[_plain(r[c], c, f) for c in columns] for r in rows]
    return section


def _plain(value: object, column: str, f: _Format) -> object:
    if column.endswith("_minor"):
        return f.money(value)
    if column.endswith(("_on", "_at")):
        return f.date(value)
    return "" if value is None else value


def _section(f: _Format, title: str, header: list[str],
             rows: Iterable[list[object]]) -> Section:
    return Section(f.t(title), [f.t(h) for h in header], list(rows))


def names_for(conn: sqlite3.Connection, customer: dict[str, Any],
              language: str) -> dict[str, dict[Any, str]]:
    """The names the export shows instead of keys: who referred the customer, and the scripts
    (a reminder stores a built-in script's key, or the id of the owner's own script)."""
    referrer: dict[Any, str] = {}
    if customer.get("referred_by_id") is not None:
        row = conn.execute("SELECT display_name FROM customers WHERE id = ?",
                           (customer["referred_by_id"],)).fetchone()
        if row is not None:
            referrer[customer["referred_by_id"]] = row[0]
    scripts: dict[Any, str] = {}
    # The UI language's copy of a built-in script wins over the other language's.
    for key, name, tid in conn.execute(
            "SELECT builtin_key, name, id FROM templates ORDER BY language = ?", (language,)):
        scripts[str(tid)] = name
        if key is not None:
            scripts[key] = name
    return {"customers": referrer, "templates": scripts}
