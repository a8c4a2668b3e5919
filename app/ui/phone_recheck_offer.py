"""After the phone region changed: the stored numbers are read again in the background, and
what would change is shown before anything is written."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.phone_recheck import RecheckPreview, apply_recheck, recheck_phones
from app.services.phones import format_phone
from app.services.regions import country_name
from app.ui.context import AppContext

SHOWN = 8  # example rows in the question; the rest are counted


def offer_phone_recheck(parent: QWidget | None, context: AppContext, region: str) -> None:
    context.jobs.run("phone recheck", lambda _job: recheck_phones(context.db, region),
                     on_success=lambda preview: ask_and_apply(parent, context, preview))


def _count(text: str, number: int) -> str:
    return "• " + text.replace("%1", str(number))


def question_text(preview: RecheckPreview, language: str) -> str:
    country = html.escape(country_name(preview.region, language))
    lines = [
        QCoreApplication.translate("PhoneRecheck", "Phone numbers read again for %1:")
        .replace("%1", country),
        _count(QCoreApplication.translate("PhoneRecheck", "numbers checked: %1"),
               preview.checked),
        _count(QCoreApplication.translate("PhoneRecheck", "become valid: %1"),
               preview.now_valid),
        _count(QCoreApplication.translate("PhoneRecheck", "change: %1"), preview.changed),
        _count(QCoreApplication.translate(
            "PhoneRecheck",
            "not valid for this country (kept as written, not used for messages): %1"),
            preview.now_invalid)]
    if preview.shared:
        lines.append(_count(QCoreApplication.translate(
            "PhoneRecheck", "now the same number as another customer: %1"), preview.shared))
    kept = QCoreApplication.translate("PhoneRecheck", "kept as written")
    examples = [f"{html.escape(c.name)}: {html.escape(c.written)} — "
                f"{html.escape(format_phone(c.before) or '∅')} → "
                f"{html.escape(format_phone(c.after) or kept)}"
                for c in preview.changes[:SHOWN]]
    if len(preview.changes) > SHOWN:
        examples.append(QCoreApplication.translate("PhoneRecheck", "and %1 more")
                        .replace("%1", str(len(preview.changes) - SHOWN)))
    question = QCoreApplication.translate("PhoneRecheck", "Apply these changes?")
    return "<br>".join(lines) + "<br><br>" + "<br>".join(examples) + "<br><br>" + question


def ask_and_apply(parent: QWidget | None, context: AppContext, preview: RecheckPreview) -> None:
    if not preview.changes:
        return
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("PhoneRecheck", "Phone region changed"),
                      question_text(preview, context.language),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")  # one example a line
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    context.jobs.run("phone recheck apply", lambda _job: apply_recheck(context.db, preview),
                     on_success=lambda _count: context.signals.data_changed.emit("customers"))
