"""The Segments page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state


class SegmentsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(empty_state(self.tr("No segments yet"), self.tr("Import your sales and Regulars groups your customers into segments such as Champions, Loyal and At risk.")))

    def title(self) -> str:
        return self.tr("Segments")
