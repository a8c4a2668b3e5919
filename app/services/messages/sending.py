"""E-mail straight from the app over SMTP, one message per customer, at a polite pace.

Each message that the server accepts is logged as a Contact right away, so a failure or a cancel
half-way loses nothing: the results say which were sent and which failed (with a reason the owner
can act on), and the failed ones can simply be sent again. Runs in a background job; the caller
supplies `cancelled`, `on_result` and (in tests) `sleep`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlalchemy.exc import IntegrityError

from app.models import Channel, ContactOutcome
from app.services.database import Database
from app.services.messages.contacts import log_contact
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.smtp_login import login
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.settings import (
    SMTP_HOST,
    SMTP_PLAIN_LOGIN_ALLOWED,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_SENDER_EMAIL,
    SMTP_SENDER_NAME,
    SMTP_USER,
    Settings,
)

log = logging.getLogger(__name__)

R_AUTH = _T("sending", "The server did not accept the login or password.")
R_NO_AUTH = _T("sending", "The server does not offer a login; clear the login in Settings or "
                          "check the encryption setting.")
R_RECIPIENT = _T("sending", "The server refused the address {address}: {detail}")
R_SENDER = _T("sending", "The server refused the sender address {address}: {detail}")
R_DATA = _T("sending", "The server rejected the message: {detail}")
R_DISCONNECTED = _T("sending", "The server closed the connection.")
R_NO_STARTTLS = _T("sending", "The server does not support STARTTLS; choose another encryption "
                              "setting.")
R_TLS = _T("sending", "The secure connection failed ({detail}); check the port and the "
                      "encryption setting.")
R_NOT_FOUND = _T("sending", "The server {host} was not found; check its name and the internet "
                            "connection.")
R_CONNECT = _T("sending", "Could not connect to {host}:{port} ({detail}).")
R_OTHER = _T("sending", "Sending failed: {detail}")
R_NO_HOST = _T("sending", "Enter the SMTP server in Settings → E-mail.")
R_NO_SENDER = _T("sending", "Enter the sender address or the login in Settings → E-mail.")
R_NO_PASSWORD = _T("sending", "The e-mail password is needed.")
R_CANCELLED = _T("sending", "Not sent: cancelled.")
R_PLAIN_LOGIN = _T("sending", "Logging in without encryption sends the password in the clear; "
                              "confirm it when sending, or choose STARTTLS or SSL/TLS in "
                              "Settings → E-mail.")

SENT, FAILED, NOT_SENT = "sent", "failed", "not_sent"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"  # "starttls" | "ssl" | "none"
    user: str = ""
    sender_email: str = ""
    sender_name: str = ""
    timeout: float = 30.0
    # The owner agreed that this login may go to this server unencrypted (security "none").
    plain_login_allowed: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpConfig:
        config = cls(host=settings.get(SMTP_HOST).strip(), port=int(settings.get(SMTP_PORT)),
                     security=settings.get(SMTP_SECURITY), user=settings.get(SMTP_USER).strip(),
                     sender_email=settings.get(SMTP_SENDER_EMAIL).strip(),
                     sender_name=settings.get(SMTP_SENDER_NAME).strip())
        return with_stored_consent(settings, config)

    @property
    def login_key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def needs_plain_login_consent(self) -> bool:
        """A login over an unencrypted connection the owner has not agreed to yet."""
        return self.security == "none" and bool(self.user) and not self.plain_login_allowed

    @property
    def from_address(self) -> str:
        return self.sender_email or self.user

    def problem(self) -> str | None:
        """What is missing before anything can be sent (English source sentence), or None."""
        if not self.host:
            return R_NO_HOST
        if "@" not in self.from_address:
            return R_NO_SENDER
        if self.needs_plain_login_consent:
            return R_PLAIN_LOGIN
        return None


@dataclass(frozen=True)
class SendResult:
    email: OutgoingMessage
    status: str  # SENT | FAILED | NOT_SENT
    reason: str = ""  # English source sentence (context "sending"), formatted with params
    params: dict[str, Any] = field(default_factory=dict)
    contact_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == SENT

    @property
    def message(self) -> str:
        return self.reason.format(**self.params) if self.reason else ""


def with_stored_consent(settings: Settings, config: SmtpConfig) -> SmtpConfig:
    """`config` with `plain_login_allowed` as the owner answered before for this server."""
    allowed = settings.get(SMTP_PLAIN_LOGIN_ALLOWED) == config.login_key
    return replace(config, plain_login_allowed=allowed)


def allow_plain_login(settings: Settings, config: SmtpConfig) -> SmtpConfig:
    """Remember that the owner agreed to log in to this server without encryption."""
    settings.set(SMTP_PLAIN_LOGIN_ALLOWED, config.login_key)
    return replace(config, plain_login_allowed=True)


class SendFailure(Exception):
    def __init__(self, reason: str, *, fatal: bool = False, **params: Any) -> None:
        super().__init__(reason.format(**params))
        self.reason, self.params, self.fatal = reason, params, fatal


def build_message(config: SmtpConfig, email: OutgoingMessage, when: dt.datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = Address(config.sender_name, addr_spec=config.from_address)
    message["To"] = Address(email.name, addr_spec=email.email)
    message["Subject"] = email.subject
    message["Date"] = format_datetime(when.astimezone())
    message["Message-ID"] = make_msgid(domain=config.from_address.rpartition("@")[2] or None)
    message.set_content(email.body)
    return message


class Mailer:
    """One SMTP connection: connect lazily, reconnect after the server drops us."""

    def __init__(self, config: SmtpConfig, password: str | None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.config, self.password = config, password
        self.ssl_context = ssl_context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def connect(self) -> None:
        cfg = self.config
        try:
            if cfg.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout,
                                                      context=self.ssl_context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            try:
                smtp.ehlo()
                if cfg.security == "starttls":
                    smtp.starttls(context=self.ssl_context)
                    smtp.ehlo()
                if cfg.user:
                    if not self.password:
                        raise SendFailure(R_NO_PASSWORD, fatal=True)
                    login(smtp, cfg.user, self.password)
            except BaseException:
                _quietly_close(smtp)
                raise
        except SendFailure:
            raise
        except Exception as exc:
            raise _failure(exc, cfg, fatal=True) from exc
        self._smtp = smtp

    def send(self, message: EmailMessage) -> None:
        if self._smtp is None:
            self.connect()
        assert self._smtp is not None
        try:
            self._smtp.send_message(message)
        except Exception as exc:
            if isinstance(exc, smtplib.SMTPServerDisconnected | OSError):
                self.close()  # the next message reconnects
            raise _failure(exc, self.config) from exc

    def close(self) -> None:
        if self._smtp is not None:
            smtp, self._smtp = self._smtp, None
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                _quietly_close(smtp)

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def send_batch(db: Database, config: SmtpConfig, password: str | None,
               emails: list[OutgoingMessage], *, now: Callable[[], dt.datetime],
               delay: float = 0.0, sleep: Callable[[float], None] = time.sleep,
               cancelled: Callable[[], bool] = lambda: False,
               on_result: Callable[[int, SendResult], None] | None = None,
               ssl_context: ssl.SSLContext | None = None) -> list[SendResult]:
    """Send `emails` one by one; returns one result per e-mail, in order."""
    results: list[SendResult] = []

    def record(result: SendResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(len(results) - 1, result)

    problem = config.problem()
    stop: tuple[str, dict[str, Any]] | None = (problem, {}) if problem else None
    with Mailer(config, password, ssl_context) as mailer:
        for index, email in enumerate(emails):
            if stop is None and (cancelled() or (index and not _pause(delay, sleep, cancelled))):
                stop = (R_CANCELLED, {})
            if stop is not None:
                record(SendResult(email, NOT_SENT, stop[0], stop[1]))
                continue
            try:
                mailer.send(build_message(config, email, now()))
            except SendFailure as failure:
                record(SendResult(email, FAILED, failure.reason, failure.params))
                if failure.fatal:  # cannot connect or log in: the rest would fail the same way
                    stop = (failure.reason, failure.params)
                continue
            record(SendResult(email, SENT, contact_id=_log_sent(db, email, now())))
    return results


# The test e-mail is written in the owner's UI language: the caller translates these.
TEST_SUBJECT = _T("sending", "Regulars: test e-mail")
TEST_BODY = _T(
    "sending", "This is a test e-mail from Regulars. Your e-mail settings work.")


def send_test_email(config: SmtpConfig, password: str | None, to_email: str,
                    now: Callable[[], dt.datetime],
                    ssl_context: ssl.SSLContext | None = None, *,
                    subject: str = TEST_SUBJECT, body: str = TEST_BODY) -> SendResult:
    """One short e-mail to the owner, to check the settings (not logged as a contact)."""
    email = OutgoingMessage(None, Channel.EMAIL, subject, body, email=to_email)
    problem = config.problem()
    if problem is not None:
        return SendResult(email, NOT_SENT, problem)
    with Mailer(config, password, ssl_context) as mailer:
        try:
            mailer.send(build_message(config, email, now()))
        except SendFailure as failure:
            return SendResult(email, FAILED, failure.reason, failure.params)
    return SendResult(email, SENT)


def _log_sent(db: Database, email: OutgoingMessage, when: dt.datetime) -> int | None:
    if email.customer_id is None:
        return None
    contact = replace(email, channel=Channel.EMAIL).contact(ContactOutcome.SENT)
    try:
        return log_contact(db, contact, when)
    except IntegrityError:
        # The script or the reminder was deleted while sending: keep the contact without them.
        return log_contact(db, replace(contact, template_id=None, task_id=None), when)


def _pause(delay: float, sleep: Callable[[float], None], cancelled: Callable[[], bool]) -> bool:
    """Wait `delay` seconds in short steps; False when cancelled meanwhile."""
    remaining = delay
    while remaining > 0:
        step = min(0.2, remaining)
        sleep(step)
        remaining -= step
        if cancelled():
            return False
    return True


def _failure(exc: BaseException, cfg: SmtpConfig, fatal: bool = False) -> SendFailure:
    detail = _detail(exc)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendFailure(R_AUTH, fatal=True)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        text = str(exc).lower()
        return SendFailure(R_NO_STARTTLS if "starttls" in text else R_NO_AUTH, fatal=True)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        address, (code, raw) = next(iter(exc.recipients.items()))
        return SendFailure(R_RECIPIENT, address=address, detail=_server_text(code, raw))
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return SendFailure(R_SENDER, fatal=True, address=exc.sender,
                           detail=_server_text(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPDataError):
        return SendFailure(R_DATA, detail=_server_text(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendFailure(R_DISCONNECTED, fatal=fatal)
    if isinstance(exc, smtplib.SMTPException) and "auth" in str(exc).lower():
        return SendFailure(R_NO_AUTH, fatal=True)
    if isinstance(exc, ssl.SSLError):
        return SendFailure(R_TLS, fatal=True, detail=detail)
    if isinstance(exc, socket.gaierror):
        return SendFailure(R_NOT_FOUND, fatal=True, host=cfg.host)
    if isinstance(exc, OSError):
        return SendFailure(R_CONNECT, fatal=fatal, host=cfg.host, port=cfg.port, detail=detail)
    log.warning("Unexpected SMTP failure: %s", type(exc).__name__)
    return SendFailure(R_OTHER, fatal=fatal, detail=detail)


def _server_text(code: int, raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return f"{code} {text}".strip()


def _detail(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _quietly_close(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        smtp.close()
