"""Sending what autopilot planned: quiet hours, a daily cap, a polite pace, exactly once.

Exactly once: a row is committed as `sending`, with the Message-ID the e-mail will carry, before
the SMTP call, and as `sent` after it (with the contact logged and the task closed). Only one
sender runs at a time (the GUI's timer and `send-due` both hold the instance lock), so a row
found in `sending` when a run starts was left by a process that died in between. Without reading
the mailbox's Sent folder we cannot know whether the server took it, so it is never sent again:
if its contact was already logged it is `sent`, otherwise it becomes `uncertain` and its task
goes back to Today, where the owner sees it and decides.

No network (or a login that fails): the row goes back to `planned` and waits for the next run.
A refused address or message is `failed` (with the server's reason) and the task is back on Today.
"""

from __future__ import annotations

import datetime as dt
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any

from app.models import Channel, ContactOutcome
from app.services.autopilot import outbox
from app.services.autopilot.modes import any_automatic, list_unsubscribe
from app.services.autopilot.planning import R_NO_CONSENT, plan_due
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.contacts import NewContact, log_contact, message_text
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.sending import (
    R_DATA,
    R_RECIPIENT,
    Mailer,
    SendFailure,
    SmtpConfig,
    build_message,
)
from app.services.reminders import tasks
from app.services.reminders.config import load_config
from app.services.settings import (
    AUTOPILOT_DAILY_CAP,
    AUTOPILOT_SEND_FROM,
    AUTOPILOT_SEND_UNTIL,
    FREQUENCY_CAP_DAYS,
    SEND_DELAY_SECONDS,
    Settings,
)
from app.services.settings import QT_TRANSLATE_NOOP as _T

R_UNCERTAIN = _T("autopilot", "Possibly sent: the app stopped while sending. Check your Sent "
                              "folder; it is back on Today.")
R_EXCLUDED = _T("autopilot", "Excluded in the preview.")
R_DO_NOT_CONTACT = _T("autopilot", "Asked not to be contacted.")
R_RECENT = _T("autopilot", "Written to recently (days between messages).")
R_TASK_GONE = _T("autopilot", "The reminder was done or skipped by hand.")
N_QUIET = _T("autopilot", "Quiet hours: automatic e-mails go out from {start}:00 to {end}:00.")
N_CAP = _T("autopilot", "Today's limit of {cap} automatic e-mails is reached.")


@dataclass
class RunResult:
    planned: int = 0  # newly put in the outbox by this run
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    uncertain: int = 0  # left in `sending` by an earlier run that died
    waiting: int = 0  # planned rows still waiting (hours, cap, network)
    note: str = ""  # why the run stopped early: an English source sentence (context
    # "autopilot" or "sending") to format with `note_params`
    note_params: dict[str, Any] = field(default_factory=dict)
    note_context: str = "autopilot"  # "sending": a connection or login problem

    @property
    def note_text(self) -> str:
        return self.note.format(**self.note_params) if self.note else ""


def within_hours(settings: Settings, moment: dt.datetime) -> bool:
    start, end = int(settings.get(AUTOPILOT_SEND_FROM)), int(settings.get(AUTOPILOT_SEND_UNTIL))
    return start <= moment.hour < end


def resolve_interrupted(db: Database, now: dt.datetime) -> int:
    """Rows left in `sending`: `sent` when their contact was logged, else `uncertain`."""
    uncertain = 0
    conn = db.raw_connection()
    try:
        logged = {int(r[0]) for r in conn.execute(
            "SELECT o.id FROM autopilot_outbox o JOIN contacts k ON k.task_id = o.task_id"
            " WHERE o.state = 'sending' AND k.outcome = 'sent'")}
    finally:
        conn.close()
    for row in outbox.rows(db, (outbox.SENDING,)):
        if row.id in logged:
            outbox.set_state(db, row.id, outbox.SENT, now)
        else:
            outbox.set_state(db, row.id, outbox.UNCERTAIN, now, R_UNCERTAIN)
            uncertain += 1
    return uncertain


def has_work(db: Database, settings: Settings) -> bool:
    """Some rule is automatic, or messages wait in the outbox (cheap: for the window's timer)."""
    return any_automatic(load_config(settings)) or bool(
        outbox.rows(db, (outbox.PLANNED, outbox.SENDING)))


def send_due(db: Database, settings: Settings, now: Callable[[], dt.datetime],
             password: str | None, *, language: str,
             sleep: Callable[[float], None] = time.sleep,
             cancelled: Callable[[], bool] = lambda: False,
             before_send: Callable[[outbox.OutboxRow], None] | None = None,
             ssl_context: ssl.SSLContext | None = None) -> RunResult:
    """Plan today's automatic messages and send those due now. `before_send` runs between
    recording a row as `sending` and the SMTP call (tests kill the process there)."""
    started = now()
    result = RunResult(uncertain=resolve_interrupted(db, started))
    config = SmtpConfig.from_settings(settings)
    problem = config.problem()
    if problem:  # nothing is planned: the reminders stay on Today until e-mail is set up
        result.note, result.note_context = problem, "sending"
        result.waiting = len(outbox.rows(db, (outbox.PLANNED,)))
        return result
    result.planned, result.skipped = plan_due(db, settings, started.date(), started, language)
    due = outbox.rows(db, (outbox.PLANNED,))
    result.waiting = len(due)
    if not due:
        return result
    if not within_hours(settings, started):
        result.note = N_QUIET
        result.note_params = {"start": settings.get(AUTOPILOT_SEND_FROM),
                              "end": settings.get(AUTOPILOT_SEND_UNTIL)}
        return result
    cap = int(settings.get(AUTOPILOT_DAILY_CAP))
    room = cap - outbox.sent_on(db, started.date())
    delay = float(settings.get(SEND_DELAY_SECONDS))
    with Mailer(config, password, ssl_context) as mailer:
        for row in due:
            if room <= 0:
                result.note, result.note_params = N_CAP, {"cap": cap}
                break
            moment = now()
            if cancelled() or not within_hours(settings, moment):
                break
            why = _skip_reason(db, settings, row, moment.date())
            if why:
                outbox.set_state(db, row.id, outbox.SKIPPED, moment, why)
                result.skipped += 1
                result.waiting -= 1
                continue
            if result.sent or result.failed:
                sleep(delay)
            outcome, failure = _send_one(db, config, mailer, row, now, before_send)
            if not outcome:
                continue
            if outcome == outbox.PLANNED and failure is not None:  # out of reach: next time
                result.note, result.note_params = failure.reason, failure.params
                result.note_context = "sending"
                break
            result.waiting -= 1
            if outcome == outbox.SENT:
                result.sent += 1
                room -= 1
            else:
                result.failed += 1
    return result


def _send_one(db: Database, config: SmtpConfig, mailer: Mailer, row: outbox.OutboxRow,
              now: Callable[[], dt.datetime],
              before_send: Callable[[outbox.OutboxRow], None] | None,
              ) -> tuple[str, SendFailure | None]:
    """(the row's new state, the failure if any); ("", None) when another run took it."""
    domain = config.from_address.rpartition("@")[2] or None
    message_id = make_msgid(domain=domain)
    if not outbox.record_sending(db, row.id, message_id, now()):
        return "", None
    if before_send is not None:
        before_send(row)
    email = OutgoingMessage(row.customer_id, Channel.EMAIL, row.subject, row.body,
                            row.template_id, row.template_name, row.task_id, row.rule,
                            email=row.email)
    message = build_message(config, email, now())
    del message["Message-ID"]
    message["Message-ID"] = message_id
    message["List-Unsubscribe"] = list_unsubscribe(config.from_address)
    message["Auto-Submitted"] = "auto-generated"
    try:
        mailer.send(message)
    except SendFailure as failure:
        if failure.reason in (R_RECIPIENT, R_DATA):
            outbox.set_state(db, row.id, outbox.FAILED, now(), str(failure))
            return outbox.FAILED, failure
        outbox.back_to_planned(db, row.id, str(failure))
        return outbox.PLANNED, failure
    contact_id = _log_and_close(db, row, now())
    outbox.set_state(db, row.id, outbox.SENT, now(), contact_id=contact_id)
    return outbox.SENT, None


def _log_and_close(db: Database, row: outbox.OutboxRow, when: dt.datetime) -> int:
    """The contact (e-mail, sent) and the task closed as done, as a manual send would."""
    text = message_text(Channel.EMAIL, row.subject, row.body)
    if row.task_id is not None:
        try:
            return tasks.done(db, row.task_id, when, channel=Channel.EMAIL, text=text,
                              template_id=row.template_id, template_name=row.template_name,
                              outcome=ContactOutcome.SENT.value)
        except UserFacingError:
            pass  # closed meanwhile: the contact is still logged below
    return log_contact(db, NewContact(row.customer_id, Channel.EMAIL, ContactOutcome.SENT.value,
                                      text, row.template_id, row.template_name, None, row.rule),
                       when)


def _skip_reason(db: Database, settings: Settings, row: outbox.OutboxRow,
                 today: dt.date) -> str:
    """Checked again just before sending: things may have changed since planning."""
    people, messages = outbox.exclusions(db)
    if outbox.is_excluded(people, messages, row.customer_id, row.rule, row.planned_on):
        return R_EXCLUDED
    cap = int(settings.get(FREQUENCY_CAP_DAYS))
    conn = db.raw_connection()
    try:
        dnc = conn.execute("SELECT do_not_contact, marketing_consent FROM customers"
                           " WHERE id = ?", (row.customer_id,)).fetchone()
        status = conn.execute("SELECT status FROM tasks WHERE id = ?",
                              (row.task_id,)).fetchone() if row.task_id else None
        last = conn.execute(
            "SELECT MAX(date(contacted_at)) FROM contacts WHERE customer_id = ?"
            " AND outcome != 'failed' AND (task_id IS NULL OR task_id != ?)",
            (row.customer_id, row.task_id or -1)).fetchone()[0]
    finally:
        conn.close()
    if dnc is None or dnc[0]:
        return R_DO_NOT_CONTACT
    if dnc[1] is not None and not dnc[1]:  # imported after planning: "no" to marketing
        return R_NO_CONSENT
    if row.task_id is not None and (status is None or status[0] not in ("open", "snoozed")):
        return R_TASK_GONE
    if cap > 0 and last and dt.date.fromisoformat(last) + dt.timedelta(days=cap) > today:
        return R_RECENT
    return ""
