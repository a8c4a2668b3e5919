"""Bulk messages for a segment, a selection or today's list: fill in every message, skip whom
we must not or cannot reach, then export a CSV for a mailing service or send the e-mails.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.models import Channel
from app.services.csv_safety import safe_row
from app.services.database import Database
from app.services.messages.context import build_context, load_facts, shop_values
from app.services.messages.library import TemplateInfo, find_template
from app.services.messages.links import Recipient, has_channel, usual_channel
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.render import MSG_NO_TEMPLATE, render_message
from app.services.phones import format_phone, normalize_phone
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.settings import Settings

PREFERRED = "preferred"  # each customer's own preferred channel
EACH_TASK = "each_task"  # each reminder's own suggested script (today's list)
FALLBACK_TEMPLATE = "soft_reminder"

SKIP_DO_NOT_CONTACT = _T("bulk", "Asked not to be contacted")
SKIP_NO_CHANNEL = _T("bulk", "No address for this channel")
SKIP_NOT_FOUND = _T("bulk", "Customer no longer exists")
SKIP_RENDER = _T("bulk", "The message could not be filled in")

CSV_COLUMNS = ("name", "phone", "email", "channel", "text")


@dataclass(frozen=True)
class TaskRef:
    """A reminder on today's list, for bulk messages that answer it."""

    task_id: int
    customer_id: int
    rule: str
    template_key: str | None


@dataclass(frozen=True)
class SkippedItem:
    customer_id: int
    name: str
    reason: str  # English source sentence (context "bulk")
    detail: str = ""  # e.g. the template error, English


@dataclass
class BulkPlan:
    items: list[OutgoingMessage] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    problem: str = ""  # set when nothing could be prepared (e.g. the template is missing)
    # variable -> how many prepared messages have a gap where it is empty (owner's own scripts)
    gaps: dict[str, int] = field(default_factory=dict)

    def emails(self) -> list[OutgoingMessage]:
        return [item for item in self.items if item.channel == Channel.EMAIL]


def prepare_bulk(db: Database, settings: Settings, customer_ids: Iterable[int],
                 template_key_or_id: str | int, channel: str, language: str,
                 today: dt.date, tasks: Sequence[TaskRef] = ()) -> BulkPlan:
    """Fill the script in for every customer, in the given order; say why each skip happened.

    With `tasks` (today's list) each message answers its reminder: with EACH_TASK as the script,
    each one uses its reminder's suggested script.
    """
    by_customer = {t.customer_id: t for t in tasks}
    ids = list(dict.fromkeys([*(t.customer_id for t in tasks), *(int(i) for i in customer_ids)]))
    templates: dict[str | int, TemplateInfo | None] = {}

    def template_for(cid: int) -> TemplateInfo | None:
        key: str | int = template_key_or_id
        if key == EACH_TASK:
            ref = by_customer.get(cid)
            key = (ref.template_key if ref is not None else None) or FALLBACK_TEMPLATE
        if key not in templates:
            templates[key] = find_template(db, key, language)
        return templates[key]

    if template_key_or_id != EACH_TASK:
        templates[template_key_or_id] = find_template(db, template_key_or_id, language)
        if templates[template_key_or_id] is None:
            return BulkPlan(problem=MSG_NO_TEMPLATE.format(name=template_key_or_id))
    facts = load_facts(db, ids)
    shop = shop_values(settings)
    offers: dict[int, str] = {}

    def next_of(cid: int, template: TemplateInfo) -> str:
        """The Products suggestion, computed for everyone once and only when a script uses it."""
        if "next_product" not in f"{template.subject or ''}{template.body}":
            return ""
        if not offers:
            from app.services.products.suggest import next_products

            offers.update(next_products(db, ids, today) or {0: ""})
        return offers.get(cid, "")
    plan = BulkPlan()
    for cid in ids:
        fact = facts.get(cid)
        if fact is None:
            plan.skipped.append(SkippedItem(cid, "", SKIP_NOT_FOUND))
            continue
        if fact.do_not_contact:
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_DO_NOT_CONTACT))
            continue
        recipient = Recipient(fact.phone_e164, fact.email, fact.telegram)
        wanted = channel
        if channel == PREFERRED:  # as Today shows it: the chosen channel, else the usual one
            wanted = fact.preferred_channel or usual_channel(
                fact.phone_e164 or "", fact.email or "", fact.telegram or "") or Channel.WHATSAPP
        if not has_channel(wanted, recipient):
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_NO_CHANNEL, wanted))
            continue
        template = template_for(cid)
        if template is None:
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_RENDER))
            continue
        context = build_context(fact, template.language, today, **shop,
                                next_product=next_of(cid, template))
        rendered = render_message(template.subject, template.body, context, template.language,
                                  template.id, template.name)
        if rendered.error is not None:
            plan.skipped.append(SkippedItem(cid, fact.name, SKIP_RENDER, rendered.error.message))
            continue
        for name in rendered.empty:
            plan.gaps[name] = plan.gaps.get(name, 0) + 1
        ref = by_customer.get(cid)
        plan.items.append(OutgoingMessage(
            cid, wanted, rendered.subject, rendered.body, template.id, template.name,
            ref.task_id if ref else None, ref.rule if ref else None, name=fact.name,
            email=fact.email or "", phone=format_phone(fact.phone_e164),
            telegram=fact.telegram or ""))
    return plan


def export_csv(items: Iterable[OutgoingMessage], path: Path) -> int:
    """name, phone, email, channel, text; UTF-8 with BOM so Excel shows Cyrillic. Returns rows.

    The text of an e-mail starts with its subject line, as a mailing service expects one column.
    Phones are in E.164 (+79123456789), the form mailing services import; cells that a
    spreadsheet would run as formulas are escaped.
    """
    count = 0
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for item in items:
            phone = normalize_phone(item.phone) or item.phone
            writer.writerow(safe_row([item.name, phone, item.email, item.channel, item.text]))
            count += 1
    return count

