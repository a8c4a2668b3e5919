"""Bulk messages for a segment, a selection or today's list: fill in every message, skip whom
we must not or cannot reach, then export a CSV for a mailing service or send the e-mails.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.models import Channel
from app.services.database import Database
from app.services.links import Recipient, has_channel
from app.services.message_context import build_context, load_facts, shop_values
from app.services.phones import format_phone
from app.services.sending import OutgoingEmail
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.settings import Settings
from app.services.template_library import find_template
from app.services.templates import MSG_NO_TEMPLATE, render_message

PREFERRED = "preferred"  # each customer's own preferred channel

SKIP_DO_NOT_CONTACT = _T("bulk", "Asked not to be contacted")
SKIP_NO_CHANNEL = _T("bulk", "No address for this channel")
SKIP_NOT_FOUND = _T("bulk", "Customer no longer exists")
SKIP_RENDER = _T("bulk", "The message could not be filled in")

CSV_COLUMNS = ("name", "phone", "email", "channel", "text")


@dataclass(frozen=True)
class BulkItem:
    customer_id: int
    name: str
    phone: str  # international display form, "" when unknown
    email: str
    channel: str
    subject: str
    body: str
    template_id: int | None
    template_name: str


@dataclass(frozen=True)
class SkippedItem:
    customer_id: int
    name: str
    reason: str  # English source sentence (context "bulk")
    detail: str = ""  # e.g. the template error, English


@dataclass
class BulkPlan:
    items: list[BulkItem] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    problem: str = ""  # set when nothing could be prepared (e.g. the template is missing)

    def emails(self) -> list[OutgoingEmail]:
        return [to_email(item) for item in self.items if item.channel == Channel.EMAIL]


def prepare_bulk(db: Database, settings: Settings, customer_ids: Iterable[int],
                 template_key_or_id: str | int, channel: str, language: str,
                 today: dt.date) -> BulkPlan:
    """Fill the script in for every customer, in the given order; say why each skip happened."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    template = find_template(db, template_key_or_id, language)
    if template is None:
        return BulkPlan(problem=MSG_NO_TEMPLATE.format(name=template_key_or_id))
    facts = load_facts(db, ids)
    shop = shop_values(settings)
    plan = BulkPlan()
    for cid in ids:
        fact = facts.get(cid)
        if fact is None:
            plan.skipped.append(SkippedItem(cid, "", SKIP_NOT_FOUND))
            continue
        if fact.do_not_contact:
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_DO_NOT_CONTACT))
            continue
        wanted = (fact.preferred_channel or Channel.WHATSAPP) if channel == PREFERRED else channel
        recipient = Recipient(fact.phone_e164, fact.email, fact.telegram)
        if not has_channel(wanted, recipient):
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_NO_CHANNEL, wanted))
            continue
        context = build_context(fact, template.language, today, **shop)
        rendered = render_message(template.subject, template.body, context, template.language,
                                  template.id, template.name)
        if rendered.error is not None:
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_RENDER, rendered.error.message))
            continue
        plan.items.append(BulkItem(
            cid, fact.name, format_phone(fact.phone_e164), fact.email or "", wanted,
            rendered.subject, rendered.body, template.id, template.name))
    return plan


def to_email(item: BulkItem) -> OutgoingEmail:
    return OutgoingEmail(item.customer_id, item.email, item.name, item.subject, item.body,
                         item.template_id, item.template_name)


def export_csv(items: Iterable[BulkItem], path: Path) -> int:
    """name, phone, email, channel, text; UTF-8 with BOM so Excel shows Cyrillic. Returns rows.

    The text of an e-mail starts with its subject line, as a mailing service expects one column.
    """
    count = 0
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for item in items:
            text = item.body
            if item.channel == Channel.EMAIL and item.subject:
                text = f"{item.subject}\n\n{item.body}"
            writer.writerow([_safe_cell(item.name), item.phone, item.email, item.channel,
                             _safe_cell(text)])
            count += 1
    return count


def _safe_cell(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; a leading quote prevents it."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
