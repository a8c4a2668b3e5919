"""The column dialog's summary of a plan: what will be added, what is left out and why.

Counts go through Qt's plural forms ("%Ln"): "1 purchase in 1 order", "1 покупка в 1 заказе".
Rows to fix are red; cancelled orders and refunds are no mistakes, so they are told in grey.
Plain strings keep the dialog's translation context; plural ones are ImportSummary's (see
i18n.PluralContext).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from app.services import importing
from app.ui.business_words import new_and_known
from app.ui.i18n import PluralContext

_RED, _GREY = "#b3261e", "#5f6368"


class ImportSummary(PluralContext):
    """The translation context of the summary's plural strings."""


def _number(value: int) -> str:
    return QLocale().toString(int(value))


def _coloured(text: str, colour: str) -> str:
    return f"<span style='color:{colour}'>{text}</span>"


def summary_html(plan: importing.ImportPlan, person: str = "customer") -> str:
    lines = [QCoreApplication.translate("ImportMappingDialog", "Rows read: %1")
             .replace("%1", _number(plan.rows_read))]
    if plan.shape == "orders":
        lines.append(_purchases(plan))
    else:
        lines.append(QCoreApplication.translate("ImportMappingDialog",
                                                "A customer list (no purchases)."))
    lines.append(new_and_known(person)  # "New students" for a tutor
                 .replace("%1", _number(plan.customers_created))
                 .replace("%2", _number(plan.customers_matched)))
    lines += _joined_and_extras(plan)
    lines += _left_out(plan)
    if plan.conflicts:
        first = plan.conflicts[0]
        lines.append(ImportSummary.tr(
            "%Ln conflict(s): for example %1 is “%2” here but “%3” in "
            "Regulars; they are treated as one person.", "", len(plan.conflicts))
            .replace("%1", html.escape(str(first["identifier"])))
            .replace("%2", html.escape(str(first["name_in_file"])))
            .replace("%3", html.escape(str(first["known_name"]))))
    if plan.dates_ambiguous:
        lines.append(QCoreApplication.translate(
            "ImportMappingDialog", "Dates like 03/04 could be read either way; they are read "
            "as day/month.") if plan.date_order == "dmy" else QCoreApplication.translate(
            "ImportMappingDialog", "Dates like 03/04 could be read either way; they are read "
            "as month/day."))
    if not plan.has_anything:
        lines.append("<b>" + QCoreApplication.translate(
            "ImportMappingDialog", "There is nothing new to import.") + "</b>")
    return "<br>".join(lines)


def _purchases(plan: importing.ImportPlan) -> str:
    added = QCoreApplication.translate("ImportMappingDialog", "Will add <b>%1</b> %2.").replace(
        "%1", ImportSummary.tr("%Ln purchase(s)", "",
                                         plan.purchases_added)).replace(
        "%2", ImportSummary.tr("in %Ln order(s)", "",
                                         plan.orders_added))
    if plan.purchases_existing:
        added += "<br>" + ImportSummary.tr(
            "%Ln purchase(s) already in Regulars will be skipped.", "",
            plan.purchases_existing)
    return added


def _joined_and_extras(plan: importing.ImportPlan) -> list[str]:
    """Instalments joined into orders; notes, tags and referrers added to the cards."""
    lines = []
    if plan.instalment_orders:
        lines.append(ImportSummary.tr("%Ln payment(s) joined", "", plan.instalment_payments)
                     + " " + ImportSummary.tr("into %Ln instalment order(s).", "",
                                              plan.instalment_orders))
    extras = plan.extras
    added = [text for count, text in (
        (extras.customers_with_notes, ImportSummary.tr("notes for %Ln customer(s)", "",
                                                       extras.customers_with_notes)),
        (extras.customers_with_tags, ImportSummary.tr("tags for %Ln customer(s)", "",
                                                      extras.customers_with_tags)),
        (extras.referrers_linked, ImportSummary.tr("%Ln referrer(s) linked", "",
                                                   extras.referrers_linked))) if count]
    if added:
        lines.append(QCoreApplication.translate("ImportMappingDialog", "Also adds: %1.")
                     .replace("%1", ", ".join(added)))
    return lines


def _left_out(plan: importing.ImportPlan) -> list[str]:
    lines = []
    if len(plan.to_fix):
        lines.append(_coloured(ImportSummary.tr(
            "%Ln row(s) could not be read and will be left out: see "
            "the list.", "", len(plan.to_fix)), _RED))
    unknown = len(plan.extras.unknown_referrers)
    unread = plan.unread_contacts["row"].nunique()  # a phone and an e-mail: one row
    recoded = len(plan.recoded_lines)
    if unread:
        lines.append(_coloured(ImportSummary.tr(
            "%Ln row(s) will be imported without a phone or e-mail that "
            "could not be read: see the list.", "", unread), _RED))
    birthdays = len(plan.impossible_birthdays)
    if birthdays:
        lines.append(_coloured(ImportSummary.tr(
            "%Ln row(s) will be imported without a birthday that is not possible: see "
            "the list.", "", birthdays), _RED))
    if recoded:
        lines.append(_coloured(ImportSummary.tr(
            "%Ln line(s) were in another encoding (Windows-1251) and were read as such: "
            "check their names in the list.", "", recoded), _RED))
    if unknown:
        lines.append(_coloured(ImportSummary.tr(
            "%Ln referrer(s) not found among the customers: kept in their notes.", "",
            unknown), _GREY))
    if len(plan.not_sales):
        lines.append(_coloured(ImportSummary.tr(
            "Not sales, left out: %Ln row(s) of cancelled or refunded "
            "orders.", "", len(plan.not_sales)), _GREY))
    if plan.refund_lines:
        lines.append(_coloured(ImportSummary.tr(
            "Refunds (a negative amount): %Ln line(s), imported as they "
            "are.", "", plan.refund_lines), _GREY))
    return lines
