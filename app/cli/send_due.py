"""`send-due`: send the automatic e-mails due now (autopilot) and exit; for the system scheduler.

Prints one line per count (planned, sent, failed, skipped, uncertain, waiting) and, when the run
stopped early, why (quiet hours, the daily cap, no network). Exits 0 whenever it ran, even if
nothing could be sent: the messages wait for the next run. It writes, so it takes the window's
instance lock: while the app is open the app's own timer sends, and this command says so and
exits with 2. When "Read STOP replies from the mailbox" is on, the mailbox is read first
(`stop_replies`: customers newly marked "do not contact"); a mailbox out of reach prints a
`stop_note` line and sending goes on. The SMTP password comes from the system keyring (saved
by the app's Settings); without it a server that needs a login is not reached and the messages wait.
"""

from __future__ import annotations

import argparse

from app.cli.common import SubParsers, open_db_for, subparser


def register_send_due(commands: SubParsers) -> None:
    subparser(commands, "send-due", "send the automatic e-mails (autopilot) due now: within the "
              "quiet hours and the daily limit; the rest wait for the next run", cmd_send_due)


def cmd_send_due(args: argparse.Namespace) -> int:
    from app.services.autopilot.scheduler import record_run
    from app.services.autopilot.sending import send_due
    from app.services.autopilot.stop_replies import check_stop_replies, imap_password
    from app.services.clock import Clock
    from app.services.day import refresh_day
    from app.services.messages.context import message_language
    from app.services.messages.sending import SmtpConfig
    from app.services.reminders.report import default_language
    from app.services.secrets import password_store
    from app.services.settings import Settings

    db = open_db_for(args, writing=True)
    try:
        settings, clock = Settings(db), Clock()
        refresh_day(db, settings, clock.today(), clock.now())
        config = SmtpConfig.from_settings(settings)
        password = password_store().get(config.user, config.host) if config.user else None
        language = message_language(settings, default_language(settings))
        stop = check_stop_replies(db, settings, imap_password(settings, password_store()),
                                  clock.now(), language)
        result = send_due(db, settings, clock.now, password, language=language)
        record_run(settings, clock.now(), result)
    finally:
        db.dispose()
    if stop.checked or stop.note:  # the mailbox is read (IMAP on)
        print(f"stop_replies: {len(stop.unsubscribed)}")
    if stop.note:
        print(f"stop_note: {stop.note_text}")
    for name in ("planned", "sent", "failed", "skipped", "uncertain", "waiting"):
        print(f"{name}: {getattr(result, name)}")
    if result.note:
        print(f"note: {result.note_text}")
    return 0
