"""Reminder rule keys to short names in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import PluralContext


class RuleNames(PluralContext):
    """The translation context of this module's plural strings."""


def rule_label(rule: str) -> str:
    if rule.startswith("sequence_day_"):
        return QCoreApplication.translate("rules", "After-purchase message, day %1").replace(
            "%1", rule.rsplit("_", 1)[1])
    if rule.startswith("not_bought_"):
        days = rule.rsplit("_", 1)[1]
        if days.isdigit():
            return RuleNames.tr("Win-back after %n day(s)", "", int(days))
    names = {
        "not_bought": QCoreApplication.translate("rules", "Not bought for a while"),
        "rhythm": QCoreApplication.translate("rules", "Overdue for their usual rhythm"),
        "birthday": QCoreApplication.translate("rules", "Birthday"),
        "birthday_soon": QCoreApplication.translate("rules", "Birthday soon: prepare a gift"),
        "milestone_3": QCoreApplication.translate("rules", "3rd order: welcome as a regular"),
        "milestone_5": QCoreApplication.translate("rules", "5th order: ask what they want next"),
        "big_order": QCoreApplication.translate("rules", "Thanks for a big order"),
        "referral": QCoreApplication.translate("rules", "Ask for a recommendation"),
        "segment_at_risk": QCoreApplication.translate("rules", "Moved to “At risk”"),
        "segment_cant_lose": QCoreApplication.translate("rules", "Moved to “Can't lose them”"),
        "custom": QCoreApplication.translate("rules", "Your own rule"),
    }
    return names.get(rule, rule)
