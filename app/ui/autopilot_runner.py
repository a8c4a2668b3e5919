"""While the window is open, autopilot's due e-mails go out in the background.

A timer on the GUI thread starts one `send_due` job every few minutes (never two at once: the
job is the only sender while the window holds the instance lock, which is what lets a later run
tell a message interrupted mid-send from one being sent). The result is a status-bar line, and
Today refreshes when a reminder was sent or came back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.services.autopilot.sending import RunResult, has_work, send_due
from app.services.autopilot.stop_replies import StopCheck, check_stop_replies, imap_password
from app.services.messages.context import message_language
from app.services.messages.sending import SmtpConfig
from app.services.secrets import password_store
from app.ui.context import AppContext
from app.ui.jobs import Job

FIRST_RUN_MS = 60_000  # after start-up: the day's refresh comes first
EVERY_MS = 5 * 60_000


class AutopilotRunner(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        # The last line stays in the status bar as a link to the log (the window adds it).
        self.line = QLabel()
        self.line.setVisible(False)
        self.line.linkActivated.connect(lambda _link: self.open_log())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        self.timer.start(EVERY_MS)
        QTimer.singleShot(FIRST_RUN_MS, self, self.run_now)

    def run_now(self) -> None:
        context = self.context
        if self.running or not has_work(context.db, context.settings):
            return
        config = SmtpConfig.from_settings(context.settings)
        password = password_store().get(config.user, config.host) if config.user else None
        language = message_language(context.settings, context.language)

        mailbox_password = imap_password(context.settings, password_store())

        def work(_job: Job) -> tuple[StopCheck, RunResult]:
            # STOP replies first, so a customer who just said stop gets nothing more.
            stop = check_stop_replies(context.db, context.settings, mailbox_password,
                                      context.clock.now(), language)
            return stop, send_due(context.db, context.settings, context.clock.now, password,
                                  language=language)

        self.running = True
        context.jobs.run("autopilot", work, on_success=self._done,
                         on_failure=self._failed)

    def _done(self, outcome: tuple[StopCheck, RunResult]) -> None:
        self.running = False
        stop, result = outcome
        if stop.unsubscribed:
            self.context.signals.data_changed.emit("customers")
        changed = result.sent or result.failed or result.skipped or result.uncertain
        if changed:
            self.context.signals.data_changed.emit("tasks")
        stop_line = self._stop_line(stop)
        if not changed and not (result.waiting and result.note):
            if stop_line:
                self.context.signals.status_message.emit(stop_line)
            return
        line = (self.tr("Autopilot: %1 sent, %2 failed, %3 waiting.")
                .replace("%1", str(result.sent)).replace("%2", str(result.failed))
                .replace("%3", str(result.waiting)))
        if result.note:  # why some wait: quiet hours, the day's limit, no connection
            line += " " + QCoreApplication.translate(result.note_context, result.note).format(
                **result.note_params)
        line = f"{line} {stop_line}".strip()
        self.context.signals.status_message.emit(line)
        self.line.setText(f'<a href="log">{line.replace("&", "&amp;").replace("<", "&lt;")}</a>')
        self.line.setToolTip(self.tr("Open the autopilot log"))
        self.line.setVisible(True)

    def open_log(self) -> None:
        from app.ui.dialogs.autopilot_log import AutopilotLogDialog

        parent = self.parent()
        AutopilotLogDialog(self.context, parent if isinstance(parent, QWidget) else None).open()

    def _stop_line(self, stop: StopCheck) -> str:
        """Who asked to stop, or why the mailbox was not read; "" when there is nothing to say."""
        parts = []
        if stop.unsubscribed:
            parts.append(self.tr("Replied STOP: %n customer(s) marked \"do not contact\".", "",
                                 len(stop.unsubscribed)))
        if stop.note:
            parts.append(QCoreApplication.translate("autopilot", stop.note).format(
                **stop.note_params))
        return " ".join(parts)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        raise error  # a bug: the crash dialog and the log
