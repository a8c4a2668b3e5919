"""The Timeline tab's "Details" in the UI language: each event's particulars (a message's
channel and outcome, a score out of 10, a complaint's status and days taken, level names, the
shop's currency) before the owner's own words (products, notes, people, bonus texts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.duplicates import timeline_events as merge_kinds
from app.services.feedback import timeline_events as feedback_kinds
from app.services.loyalty import timeline_events as level_kinds
from app.services.loyalty.ladder import Ladder
from app.services.referrals import timeline_events as bonus_kinds
from app.services.timeline import TimelineEvent
from app.ui import formatting
from app.ui.dialogs.feedback_dialogs import status_label
from app.ui.i18n import PluralContext
from app.ui.level_names import level_label
from app.ui.message_actions import channel_label, outcome_label
from app.ui.rule_names import rule_label


class TimelineWords(PluralContext):
    """The translation context of this module's plural strings."""


def kind_label(event: TimelineEvent) -> str:
    return QCoreApplication.translate("timeline", event.title)


def _particulars(event: TimelineEvent, ladder: Ladder, currency: str, language: str
                 ) -> list[str]:
    kind = event.kind
    money = formatting.money(event.money_minor, currency, language)
    level = level_label(ladder, event.level)
    previous = level_label(ladder, event.previous_level)
    if kind == feedback_kinds.SCORE:
        out_of = QCoreApplication.translate("timeline", "%1 out of 10")
        return [out_of.replace("%1", str(event.score))]
    if kind == feedback_kinds.COMPLAINT:
        return [status_label(event.status)]
    if kind == feedback_kinds.COMPLAINT_RESOLVED:
        days = event.count or 0
        parts = [QCoreApplication.translate("timeline", "the same day") if days == 0
                 else TimelineWords.tr("in %n day(s)", "", days)]
        if event.money_minor:
            given = QCoreApplication.translate("timeline", "compensation %1")
            parts.append(given.replace("%1", money))
        return parts
    if kind in (level_kinds.LEVEL_UP, level_kinds.LEVEL_HAND):
        return [level]
    if kind == level_kinds.LEVEL_DOWN:
        lowered = QCoreApplication.translate("timeline", "%1 (was %2)")
        return [lowered.replace("%1", level).replace("%2", previous)]
    if kind == level_kinds.LEVEL_LOST:
        return [QCoreApplication.translate("timeline", "was %1").replace("%1", previous)]
    if kind == merge_kinds.MERGED_IN:
        return [TimelineWords.tr("%n purchase(s) came with it", "", event.count or 0)]
    if kind in (bonus_kinds.BONUS_AS_FRIEND, bonus_kinds.BONUS_AS_REFERRER) \
            and event.money_minor is not None:
        first = QCoreApplication.translate("timeline", "first order %1")
        return [first.replace("%1", money)]
    return []


def details(event: TimelineEvent, ladder: Ladder, currency: str, language: str) -> str:
    parts = []
    if event.channel:
        parts.append(channel_label(event.channel))
    if event.outcome:
        parts.append(outcome_label(event.outcome))
    if event.rule:
        parts.append(rule_label(event.rule))
    parts += _particulars(event, ladder, currency, language)
    if event.detail:
        parts.append(event.detail)
    if event.by_person:
        parts.append(QCoreApplication.translate("timeline", "by %1").replace(
            "%1", event.by_person))
    return " · ".join(parts)
