"""The base class of every sidebar page: a title, lazy refresh, and an empty-state helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.jobs import Job, LatestJobs
from app.ui.widgets.centered import centered_column


class Page(QWidget):
    """A sidebar page. Subclasses build widgets in __init__ and load data in `refresh()`.

    `refresh()` is called when the page is first shown and whenever data it shows has changed
    while it is visible; it must not block (start a background job for anything slow).
    """

    #: data_changed kinds that make this page stale
    depends_on: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._loads = LatestJobs(context.jobs)
        context.signals.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows."""

    def load_latest(self, name: str, work: Callable[[Job], Any],
                    on_success: Callable[[Any], None]) -> Job:
        """Run a load in the background; only the newest load of this name reaches the page
        (loads overlap when data changes while one is running)."""
        return self._loads.run(name, work, on_success=on_success)

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, what: str) -> None:
        if what in self.depends_on or not self.depends_on:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()


def empty_state(title: str, text: str) -> QWidget:
    """A centred, friendly message for a page with nothing to show yet."""
    box = QWidget()
    heading = QLabel(f"<h2>{title}</h2>")
    heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    body.setObjectName("empty_state_text")
    layout = QVBoxLayout(box)
    layout.addStretch(1)
    layout.addLayout(centered_column(heading, body))
    layout.addStretch(2)
    return box
