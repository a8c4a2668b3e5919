"""What every page and dialog needs, passed explicitly (no global service locator)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.services.clock import Clock
from app.services.database import Database
from app.services.settings import Settings
from app.ui.jobs import JobRunner


class AppSignals(QObject):
    """Services' news for the UI, emitted on the GUI thread.

    data_changed(what): "purchases", "customers", "stats", "tasks", "templates", "settings",
    "contacts", "predictions".
    """

    data_changed = Signal(str)
    status_message = Signal(str)
    today_count_changed = Signal(int)


@dataclass
class AppContext:
    db: Database
    settings: Settings
    clock: Clock
    jobs: JobRunner
    signals: AppSignals
    language: str = "en"  # "ru" or "en": the UI language in force
