"""Team mode at start: who is using this laptop (asked once), and the poll that refreshes the
pages when another person changes the shared data. Solo mode: neither."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.services.team import people
from app.ui.change_watcher import ChangeWatcher
from app.ui.context import AppContext


def start_team(window: QWidget, context: AppContext) -> ChangeWatcher | None:
    """Returns the running watcher (kept by the window) in team mode."""
    team = context.db.dialect == "postgresql"
    if people.load(team):
        ask_name(window)
    if not team:
        return None
    watcher = ChangeWatcher(context)
    watcher.setParent(window)
    watcher.start()
    return watcher


def ask_name(parent: QWidget | None) -> str | None:
    """Once per laptop: the name the others see on claims and in the history."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("TeamStart", "Who is using Regulars?"),
        QCoreApplication.translate(
            "TeamStart", "Your name, as the others in the shop will see it (\"Anna is "
            "writing\", \"sent by Anna\"). Asked once on this computer."))
    if ok and people.clean(name):
        return people.store_name(name)
    return None
