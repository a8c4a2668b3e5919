"""The Today page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.pages.base import Page, empty_state


class TodayPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(empty_state(self.tr("Nothing due today"), self.tr("Your daily list of who to contact appears here once you have imported your sales.")))

    def title(self) -> str:
        return self.tr("Today")
