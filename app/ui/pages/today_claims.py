"""Today in team mode: the reminder on screen is claimed ("Anna is writing") for the others,
renewed while it stays open and released when another is chosen or the window closes; the
others' claims grey their rows, and acting on one asks first."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.reminders.tasks import TaskItem
from app.services.team import claims, people
from app.ui.context import AppContext
from app.ui.table_models.today_model import TodayModel

RENEW_MS = 5 * 60 * 1000  # well inside the claim's timeout


class ClaimKeeper(QObject):
    def __init__(self, context: AppContext, model: TodayModel) -> None:
        super().__init__()
        self.context, self.model = context, model
        self.held: int | None = None  # the task this window claimed
        self.renew = QTimer(self)
        self.renew.setInterval(RENEW_MS)
        self.renew.timeout.connect(lambda: self.hold(self.held))

    def hold(self, task_id: int | None) -> None:
        """Claim the reminder now on screen (None: nothing), letting go of the previous one."""
        person = people.current()
        if person is None:  # solo: nobody to tell
            return
        db, now, previous = self.context.db, self.context.clock.now(), self.held
        self.held = task_id

        def work(_job: object) -> claims.Claim | None:
            if previous is not None and previous != task_id:
                claims.release(db, previous, person, now)
            return None if task_id is None else claims.claim(db, task_id, person, now)

        self.context.jobs.run("claim", work, on_success=self._claimed)
        if task_id is None:
            self.renew.stop()
        else:
            self.renew.start()

    def _claimed(self, claim: claims.Claim | None) -> None:
        if claim is not None and not claim.mine(people.current()):
            self.model.set_claims({**self.model.claimed, claim.task_id: claim.person})

    def release(self) -> None:
        """The window closes: the claim goes at once, not in fifteen minutes."""
        person, held = people.current(), self.held
        self.renew.stop()
        self.held = None
        if person is not None and held is not None:
            db, now = self.context.db, self.context.clock.now()
            self.context.jobs.run("release claim",
                                  lambda _job: claims.release(db, held, person, now))

    def may_act(self, parent: QWidget, task: TaskItem) -> bool:
        """True unless someone else is writing and the user does not want to go on."""
        person = self.model.claimed.get(task.id)
        if person is None:
            return True
        answer = QMessageBox.question(
            parent, self.tr("Someone is writing"),
            self.tr("%1 opened this reminder and may be writing to this customer right now. "
                    "Go on anyway?").replace("%1", person))
        return answer == QMessageBox.StandardButton.Yes


def others_claims(context: AppContext, task_ids: list[int]) -> dict[int, str]:
    """For the page's load job (off the GUI thread): who else holds which reminder."""
    held = claims.held_by_others(context.db, task_ids, people.current(),
                                 context.clock.now())
    return {task_id: claim.person for task_id, claim in held.items()}
