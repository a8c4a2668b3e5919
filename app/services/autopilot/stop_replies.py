"""STOP replies read from the mailbox over IMAP: the customer who wrote one is "do not contact".

Optional (Settings: "Read STOP replies from the mailbox"), run before each autopilot sending
run, by `send-due` and by the window's timer. Read-only on the server: the INBOX is opened with
EXAMINE and messages fetched with BODY.PEEK, so nothing is marked read, moved or deleted.

New messages only: the mailbox's UIDVALIDITY and the highest UID seen are remembered (setting
`imap_seen`, per login@server). The first check of a mailbox (or one whose UIDVALIDITY changed)
reads the messages of the last `FIRST_CHECK_DAYS` days, which covers replies to the automatic
e-mails sent so far without reading years of mail.

The sender is matched to customers by e-mail address (lower case; every customer with that
address). Each one newly marked gets a dated line in her card's notes saying why, in the
message language. A mailbox out of reach never stops sending: the result carries a sentence
and the next run tries again from where the last one stopped.

The password: the e-mail password the owner saved for SMTP (same keychain entry), since the
mailbox is the same account at nearly every provider. A different IMAP login can have its own
keychain entry (login@imap-server), which is tried first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from typing import Any

from app.services.autopilot.stop_words import is_stop_reply
from app.services.database import Database
from app.services.phones import normalize_email
from app.services.secrets import PasswordStore
from app.services.settings import (
    IMAP_ENABLED,
    IMAP_HOST,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_SEEN,
    IMAP_USER,
    SMTP_HOST,
    SMTP_USER,
    Settings,
)
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.team.connection import driver_sql

log = logging.getLogger(__name__)

FIRST_CHECK_DAYS = 30
TIMEOUT_SECONDS = 20
N_NO_HOST = _T("autopilot", "STOP replies were not checked: the IMAP server is not set in "
                            "Settings. Sending goes on.")
N_NO_PASSWORD = _T("autopilot", "STOP replies were not checked: the e-mail password is not "
                                "saved. Sending goes on.")
N_UNREACHABLE = _T("autopilot", "STOP replies were not checked: the mailbox {server} could not "
                                "be reached. Sending goes on; the next run tries again.")
N_REFUSED = _T("autopilot", "STOP replies were not checked: the mailbox {server} refused the "
                            "login or the request. Sending goes on.")
NOTE_LINES = {
    "en": "{day}: replied STOP to an automatic e-mail ({address}): marked \"do not contact\".",
    "ru": "{day}: ответ «СТОП» на автоматическое письмо ({address}): отмечен(а) «не "
          "беспокоить».",
}


@dataclass
class StopCheck:
    checked: int = 0  # new messages read
    unsubscribed: list[int] = field(default_factory=list)  # customers newly marked
    unknown: int = 0  # STOP replies from an address no customer has
    note: str = ""  # an English source sentence (context "autopilot"), formatted with params
    note_params: dict[str, Any] = field(default_factory=dict)

    @property
    def note_text(self) -> str:
        return self.note.format(**self.note_params) if self.note else ""


def imap_login(settings: Settings) -> str:
    return str(settings.get(IMAP_USER)).strip() or str(settings.get(SMTP_USER)).strip()


def imap_password(settings: Settings, store: PasswordStore) -> str | None:
    """Its own keychain entry if the owner made one, else the SMTP password."""
    user, host = imap_login(settings), str(settings.get(IMAP_HOST)).strip()
    own = store.get(user, host) if user and host else None
    smtp_user = str(settings.get(SMTP_USER)).strip()
    return own or (store.get(smtp_user, str(settings.get(SMTP_HOST)).strip())
                   if smtp_user else None)


def _connect(settings: Settings, ssl_context: ssl.SSLContext | None) -> imaplib.IMAP4:
    host, port = str(settings.get(IMAP_HOST)).strip(), int(settings.get(IMAP_PORT))
    security = str(settings.get(IMAP_SECURITY))
    context = ssl_context or ssl.create_default_context()
    if security == "ssl":
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=TIMEOUT_SECONDS)
    conn = imaplib.IMAP4(host, port, timeout=TIMEOUT_SECONDS)
    if security == "starttls":
        conn.starttls(context)
    return conn


def check_stop_replies(db: Database, settings: Settings, password: str | None, now: dt.datetime,
                       language: str, ssl_context: ssl.SSLContext | None = None) -> StopCheck:
    """Read new INBOX messages and mark customers who replied STOP. Never raises for a mailbox
    problem: the result's note says what happened."""
    result = StopCheck()
    if not settings.get(IMAP_ENABLED):
        return result
    host = str(settings.get(IMAP_HOST)).strip()
    server = f"{host}:{settings.get(IMAP_PORT)}"
    if not host:
        result.note = N_NO_HOST
        return result
    if not password:
        result.note = N_NO_PASSWORD
        return result
    mailbox = f"{imap_login(settings)}@{server}"
    try:
        conn = _connect(settings, ssl_context)
    except (OSError, imaplib.IMAP4.error) as exc:
        log.info("IMAP %s out of reach: %s", server, exc)
        result.note, result.note_params = N_UNREACHABLE, {"server": server}
        return result
    try:
        conn.login(imap_login(settings), password)
        replies, validity, last = _new_messages(conn, settings, mailbox, now)
    except (OSError, imaplib.IMAP4.error) as exc:
        log.info("IMAP %s refused: %s", server, exc)
        result.note, result.note_params = N_REFUSED, {"server": server}
        return result
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            conn.logout()
    result.checked = len(replies)
    stop_senders = [sender for sender, message in replies if is_stop_reply(message)]
    _mark(db, settings, stop_senders, now, language, result, mailbox, validity, last)
    return result


def _new_messages(conn: imaplib.IMAP4, settings: Settings, mailbox: str, now: dt.datetime,
                  ) -> tuple[list[tuple[str, EmailMessage]], str, int]:
    """(sender, message) of the INBOX messages not seen yet; the UIDVALIDITY and highest UID."""
    status, _ = conn.select("INBOX", readonly=True)  # EXAMINE: nothing changes on the server
    if status != "OK":
        raise imaplib.IMAP4.error("INBOX")
    validity = str((conn.response("UIDVALIDITY")[1] or [b""])[0] or b"", "ascii", "replace")
    seen = dict(settings.get(IMAP_SEEN)).get(mailbox) or {}
    last = int(seen.get("uid", 0)) if seen.get("uidvalidity") == validity else 0
    if last:
        criteria: tuple[str, ...] = ("UID", f"{last + 1}:*")
    else:
        since = (now.date() - dt.timedelta(days=FIRST_CHECK_DAYS)).strftime("%d-%b-%Y")
        criteria = ("SINCE", since)
    status, data = conn.uid("SEARCH", *criteria)
    if status != "OK":
        raise imaplib.IMAP4.error("SEARCH")
    # "n:*" always includes the highest UID, even when it is below n: filter.
    uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last)
    found: list[tuple[str, EmailMessage]] = []
    for uid in uids:
        status, parts = conn.uid("FETCH", str(uid), "(BODY.PEEK[])")
        raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
        if status != "OK" or not isinstance(raw, bytes):
            continue
        message = message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        sender = normalize_email(parseaddr(str(message.get("From", "")))[1])
        if sender:
            found.append((sender, message))
    return found, validity, max([last, *uids])


def _mark(db: Database, settings: Settings, senders: list[str], now: dt.datetime,
          language: str, result: StopCheck, mailbox: str, validity: str, last: int) -> None:
    """Mark the senders' customers, then remember where the mailbox was read to (a crash in
    between reads the same messages again, and marking twice changes nothing)."""
    line = NOTE_LINES.get(language, NOTE_LINES["en"])
    with db.transaction() as session:
        conn = session.connection()
        for sender in dict.fromkeys(senders):
            rows = conn.exec_driver_sql(driver_sql(
                conn, "SELECT id, do_not_contact, notes FROM customers WHERE lower(email) = ?"),
                (sender,)).fetchall()
            if not rows:
                result.unknown += 1
            for cid, dnc, notes in rows:
                if dnc:
                    continue
                text = line.format(day=now.date().isoformat(), address=sender)
                conn.exec_driver_sql(driver_sql(
                    conn, "UPDATE customers SET do_not_contact = TRUE, notes = ? WHERE id = ?"),
                    ((f"{notes.rstrip()}\n{text}" if notes.strip() else text), cid))
                result.unsubscribed.append(int(cid))
    seen = dict(settings.get(IMAP_SEEN))
    seen[mailbox] = {"uidvalidity": validity, "uid": last}
    settings.set(IMAP_SEEN, seen)
