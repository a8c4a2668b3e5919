"""The Messages page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state


class MessagesPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(empty_state(self.tr("Message scripts"), self.tr("Ready-made messages for every occasion appear here.")))

    def title(self) -> str:
        return self.tr("Messages")
