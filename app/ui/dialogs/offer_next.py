"""The customer card's "Offer next" line: the best Products suggestion and its evidence."""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from app.services.products.suggest import CustomerSuggestions, customer_suggestions
from app.services.products.suggest import evidence_sentence as sentence
from app.ui.context import AppContext


class OfferNextLabel(QLabel):
    def __init__(self, context: AppContext, customer_id: int | None) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()
        if customer_id is None:
            return
        db, today = context.db, context.clock.today()
        context.jobs.run("offer next", lambda _job: customer_suggestions(db, customer_id, today),
                         on_success=self.show_suggestions)

    def show_suggestions(self, found: CustomerSuggestions) -> None:
        if not found.suggestions or not shiboken6.isValid(self):  # the card closed meanwhile
            return
        best = found.suggestions[0]
        evidence = sentence(best, QCoreApplication.translate)
        self.setText(self.tr("<b>Offer next:</b> %1 — %2").replace("%1", escape(best.product))
                     .replace("%2", escape(evidence)))
        self.show()
