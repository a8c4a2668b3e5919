"""Reminder rule keys to short names in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.business_words import by_order
from app.ui.i18n import PluralContext


class RuleNames(PluralContext):
    """The translation context of this module's plural strings."""


def rule_label(rule: str, order: str = "order") -> str:
    """`order`: the business's word for a sale; a services business's rules speak of lessons
    or visits ("No lesson for a while")."""
    if rule.startswith("sequence_day_"):
        return by_order(
            order, QCoreApplication.translate("rules", "After-purchase message, day %1"),
            QCoreApplication.translate("rules", "After-visit message, day %1"),
            QCoreApplication.translate("rules", "After-lesson message, day %1"),
        ).replace("%1", rule.rsplit("_", 1)[1])
    if rule.startswith("not_bought_"):
        days = rule.rsplit("_", 1)[1]
        if days.isdigit():
            return RuleNames.tr("Win-back after %n day(s)", "", int(days))
    names = {
        "not_bought": QCoreApplication.translate("rules", "Not bought for a while"),
        "rhythm": QCoreApplication.translate("rules", "Overdue for their usual rhythm"),
        "restock": QCoreApplication.translate(
            "rules", "Time to restock (products with a clear interval)"),
        "birthday": QCoreApplication.translate("rules", "Birthday"),
        "birthday_soon": QCoreApplication.translate("rules", "Birthday soon: prepare a gift"),
        "milestone_3": QCoreApplication.translate("rules", "3rd order: welcome as a regular"),
        "milestone_5": QCoreApplication.translate("rules", "5th order: ask what they want next"),
        "big_order": QCoreApplication.translate("rules", "Thanks for a big order"),
        "referral": QCoreApplication.translate("rules", "Ask for a recommendation"),
        "segment_at_risk": QCoreApplication.translate("rules", "Moved to “At risk”"),
        "segment_cant_lose": QCoreApplication.translate("rules", "Moved to “Can't lose them”"),
        "custom": QCoreApplication.translate("rules", "Your own rule"),
        "feedback": QCoreApplication.translate("rules", "Ask for a 0–10 score"),
        "complaint": QCoreApplication.translate("rules", "Complaint: resolve within 48 hours"),
        "complaint_followup": QCoreApplication.translate(
            "rules", "After a complaint: is everything all right now?"),
        "points_expiring": QCoreApplication.translate(
            "rules", "Points expire soon (when points are on)"),
    }
    if order != "order":
        names |= _services_names(order)
    return names.get(rule, rule)


def _services_names(order: str) -> dict[str, str]:
    """The names that speak of a sale, for a services business."""
    return {
        "not_bought": by_order(
            order, "", QCoreApplication.translate("rules", "No visit for a while"),
            QCoreApplication.translate("rules", "No lesson for a while")),
        "milestone_3": by_order(
            order, "", QCoreApplication.translate("rules", "3rd visit: welcome as a regular"),
            QCoreApplication.translate("rules", "3rd lesson: welcome as a regular")),
        "milestone_5": by_order(
            order, "", QCoreApplication.translate("rules", "5th visit: ask about the result"),
            QCoreApplication.translate("rules", "5th lesson: ask about the result")),
        "rhythm": by_order(
            order, "", QCoreApplication.translate("rules", "Overdue for their usual visit"),
            QCoreApplication.translate("rules", "Overdue for their usual lesson")),
        "big_order": QCoreApplication.translate(
            "rules", "Thanks for a big payment"),
        "restock": QCoreApplication.translate(
            "rules", "Time to come again (services with a clear interval)"),
        "referral": QCoreApplication.translate(
            "rules", "Ask for a review or a recommendation"),
    }
