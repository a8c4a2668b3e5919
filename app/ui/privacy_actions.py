"""A customer's data on request, from the customer card: delete them for good, or export it."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import privacy
from app.services.customers import get_card
from app.services.errors import UserFacingError
from app.services.privacy_report import Wording
from app.services.regions import message_locale
from app.services.settings import BACKUP_KEEP_DAYS, CURRENCY, PHONE_REGION
from app.ui.context import AppContext
from app.ui.crash_dialog import show_user_error
from app.ui.i18n import PluralContext
from app.ui.message_actions import channel_label, outcome_label
from app.ui.rule_names import rule_label
from app.ui.segment_names import segment_label

log = logging.getLogger(__name__)

CHANGED_BY_DELETE = ("customers", "purchases", "stats", "tasks", "contacts")


class PrivacyActions(PluralContext):
    """The translation context of this module's plural strings."""


def delete_customer(parent: QWidget, context: AppContext, customer_id: int) -> bool:
    """Confirm, then delete the customer with all their data; True when deleted."""
    try:
        name = get_card(context.db, customer_id).details.display_name
    except UserFacingError as exc:
        show_user_error(parent, exc)
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PrivacyActions", "Delete customer"),
        QCoreApplication.translate(
            "PrivacyActions", "Delete %1 and everything about them?"
        ).replace("%1", name),
        parent=parent,
    )
    keep_days = int(context.settings.get(BACKUP_KEEP_DAYS))
    box.setInformativeText(
        PrivacyActions.tr(
            "Their contact details, purchases, messages and reminders are removed for good and "
            "disappear from lists, exports and reminders. Copies in automatic backups are deleted "
            "with those backups, after %n day(s).",
            "",
            keep_days,
        )
    )
    delete_button = box.addButton(
        QCoreApplication.translate("PrivacyActions", "Delete for good"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete_button:
        return False
    try:
        privacy.delete_customer(context.db, customer_id)
    except UserFacingError as exc:
        show_user_error(parent, exc)
        return False
    for what in CHANGED_BY_DELETE:
        context.signals.data_changed.emit(what)
    context.signals.status_message.emit(
        QCoreApplication.translate(
            "PrivacyActions", "The customer and all their data were deleted."
        )
    )
    return True


def export_customer(parent: QWidget, context: AppContext, customer_id: int) -> Path | None:
    """Save everything stored about one customer as JSON or CSV; returns the file written."""
    try:
        name = get_card(context.db, customer_id).details.display_name
    except UserFacingError as exc:
        show_user_error(parent, exc)
        return None
    # The table a person reads comes first: the export answers a customer's request.
    json_filter, csv_filter = (
        QCoreApplication.translate("PrivacyActions", "JSON, every stored value (*.json)"),
        QCoreApplication.translate("PrivacyActions", "A table to read, for Excel (*.csv)"),
    )
    suggested = Path.home() / f"{safe_file_name(name) or 'customer'}-{customer_id}.csv"
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyActions", "Export customer data"),
        str(suggested),
        f"{csv_filter};;{json_filter}",
    )
    if not path:
        return None
    target = Path(path)
    as_csv = target.suffix.lower() == ".csv" or (chosen != json_filter and target.suffix == "")
    if target.suffix == "":
        target = target.with_suffix(".csv" if as_csv else ".json")
    try:
        if as_csv:
            privacy.export_customer_csv(
                context.db, customer_id, target, currency=context.settings.get(CURRENCY),
                locale=message_locale(context.language, context.settings.get(PHONE_REGION)),
                words=export_wording())
        else:
            privacy.export_customer_json(context.db, customer_id, target, context.clock.now())
    except UserFacingError as exc:
        show_user_error(parent, exc)
        return None
    context.signals.status_message.emit(
        QCoreApplication.translate("PrivacyActions", "Customer data saved to %1").replace(
            "%1", str(target)
        )
    )
    return target


def export_wording() -> Wording:
    """The readable export's words in the UI language, named as the pages name them."""
    return Wording(text=lambda text: QCoreApplication.translate("privacy", text),
                   channel=channel_label, outcome=outcome_label, rule=rule_label,
                   segment=segment_label)


def safe_file_name(text: str) -> str:
    words = re.sub(r"[^\w\- ]+", " ", text).split()
    return "-".join(words)[:60]
