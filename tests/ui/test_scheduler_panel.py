"""The Autopilot dialog's "When the app is closed" panel: Register / Remove drive the system's
scheduler (injected here), and the panel says whether it is registered and when send-due ran."""

from __future__ import annotations

import datetime as dt

from app.services.autopilot.scheduler import record_run
from app.services.autopilot.sending import RunResult
from app.services.errors import UserFacingError
from app.ui.dialogs.autopilot_dialog import AutopilotDialog
from tests.ui.conftest import wait_idle


class FakeScheduler:
    kind = "cron"

    def __init__(self, refuse: str = "") -> None:
        self.registered = False
        self.calls: list[str] = []
        self.refuse = refuse

    def register(self) -> None:
        self.calls.append("register")
        if self.refuse:
            raise UserFacingError("The system scheduler refused: %1", params=[self.refuse])
        self.registered = True

    def remove(self) -> None:
        self.calls.append("remove")
        self.registered = False

    def is_registered(self) -> bool:
        return self.registered


def test_register_and_remove_buttons(qtbot, context) -> None:
    fake = FakeScheduler()
    dialog = AutopilotDialog(context, find_scheduler=lambda: fake)
    qtbot.addWidget(dialog)
    panel = dialog.scheduler
    wait_idle(qtbot, context)
    assert "Not registered" in panel.state.text() and "cron" in panel.state.text()
    assert panel.last.text() == "Last run with the app closed: never."
    assert panel.register_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.register_button.click()
    wait_idle(qtbot, context)
    assert fake.calls == ["register"] and fake.registered
    assert panel.state.text().startswith("Registered (cron)")
    assert panel.remove_button.isEnabled() and not panel.register_button.isEnabled()
    panel.remove_button.click()
    wait_idle(qtbot, context)
    assert fake.calls == ["register", "remove"] and not fake.registered
    assert "Not registered" in panel.state.text()


def test_last_run_and_a_refusal_are_shown(qtbot, context, settings) -> None:
    record_run(settings, dt.datetime(2026, 11, 30, 10, 7),
               RunResult(sent=3, failed=1, waiting=2,
                         note="Today's limit of {cap} automatic e-mails is reached.",
                         note_params={"cap": 50}))
    fake = FakeScheduler(refuse="Access is denied.")
    dialog = AutopilotDialog(context, find_scheduler=lambda: fake)
    qtbot.addWidget(dialog)
    panel = dialog.scheduler
    wait_idle(qtbot, context)
    assert "10:07" in panel.last.text() and "3 sent, 1 failed, 2 waiting" in panel.last.text()
    assert "limit of 50" in panel.last.text()
    panel.register_button.click()
    wait_idle(qtbot, context)
    assert "Access is denied." in panel.state.text()
    assert panel.register_button.isEnabled()


def test_no_scheduler_found(qtbot, context) -> None:
    dialog = AutopilotDialog(context, find_scheduler=lambda: None)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    panel = dialog.scheduler
    assert "No system scheduler" in panel.state.text()
    assert not panel.register_button.isEnabled() and not panel.remove_button.isEnabled()
