"""The Dashboard page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state


class DashboardPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(empty_state(self.tr("Your results"), self.tr("Repeat purchase rate, retention and what your reminders brought back will be shown here.")))

    def title(self) -> str:
        return self.tr("Dashboard")
