"""When the app is closed: register `send-due` with the system's scheduler (or remove it), see
whether it is registered and when it last ran.

Asking the scheduler runs a program (crontab, schtasks, systemctl), so every question and change
is a job; `find` picks this computer's scheduler and is injected by tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import paths
from app.services.autopilot import scheduler
from app.services.autopilot.scheduler import Scheduler, last_run
from app.services.errors import UserFacingError
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.jobs import Job

Finder = Callable[[], "Scheduler | None"]

class SchedulerPanel(QGroupBox):
    def __init__(self, context: AppContext, find: Finder | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When the app is closed"))
        self.context = context
        self.find_scheduler: Finder = find or (lambda: scheduler.for_this_system(
            context.db.path, paths.log_dir()))
        self.state = QLabel(self.tr("Asking the system's scheduler…"))
        self.state.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.register_button.clicked.connect(lambda: self._change(register=True))
        self.remove_button.clicked.connect(lambda: self._change(register=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.last)
        layout.addLayout(buttons)
        self.registered: bool | None = None
        self._busy(True)
        self._show_last_run()
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.register_button.setEnabled(not busy and self.registered is not True)
        self.remove_button.setEnabled(not busy and self.registered is True)

    def refresh(self) -> None:
        find = self.find_scheduler

        def work(_job: Job) -> tuple[str, bool] | None:
            found = find()
            return None if found is None else (found.kind, found.is_registered())

        self.context.jobs.run("scheduler", work, on_success=self._show_state,
                              on_failure=self._failed)

    def _change(self, *, register: bool) -> None:
        find = self.find_scheduler
        self._busy(True)

        def work(_job: Job) -> tuple[str, bool] | None:
            found = find()
            if found is None:
                return None
            if register:
                found.register()
            else:
                found.remove()
            return found.kind, found.is_registered()

        self.context.jobs.run("scheduler", work, on_success=self._show_state,
                              on_failure=self._failed)

    def _kind_name(self, kind: str) -> str:
        return {"windows": self.tr("Windows Task Scheduler"),
                "launchd": self.tr("launchd (a LaunchAgent)"),
                "systemd": self.tr("systemd user timer"),
                "cron": self.tr("cron")}.get(kind, kind)

    def _show_state(self, found: tuple[str, bool] | None) -> None:
        if found is None:
            self.registered = None
            self.state.setText(self.tr(
                "No system scheduler was found on this computer (neither a systemd user "
                "instance nor cron). Automatic e-mails go out while the app is open."))
            self._busy(True)
            return
        kind, self.registered = found
        if self.registered:
            text = self.tr("Registered (%1): automatic e-mails go out every hour, also "
                           "while the app is closed.")
        else:
            text = self.tr("Not registered: automatic e-mails go out only while the app is "
                           "open. Register them with %1 to send every hour.")
        self.state.setText(text.replace("%1", self._kind_name(kind)))
        self._busy(False)
        self._show_last_run()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self.state.setText(error_message(error))
        self._busy(False)

    def _show_last_run(self) -> None:
        ran = last_run(self.context.settings)
        if ran is None:
            self.last.setText(self.tr("Last run with the app closed: never."))
            return
        when = f"{formatting.date(ran.at.date(), self.context.language)} {ran.at:%H:%M}"
        text = (self.tr("Last run with the app closed: %1 — %2 sent, %3 failed, %4 waiting.")
                .replace("%1", when).replace("%2", str(ran.sent))
                .replace("%3", str(ran.failed)).replace("%4", str(ran.waiting)))
        if ran.note:  # why some wait: quiet hours, the day's limit, no connection
            text += " " + QCoreApplication.translate(ran.note_context, ran.note).format(
                **ran.note_params)
        self.last.setText(text)
