"""Logging in to an SMTP server with a login or password that is not plain ASCII.

smtplib encodes the AUTH answers as ASCII, so a password such as "пароль" fails with
"'ascii' codec can't encode" before the server sees it. RFC 4616 (PLAIN) defines the login
and password as UTF-8, and servers read LOGIN's answers the same way, so those two are sent
here as UTF-8 bytes. ASCII credentials still go through smtplib's own login, which also knows
CRAM-MD5.
"""

from __future__ import annotations

import base64
import smtplib

_ACCEPTED = (235, 503)  # authenticated; already authenticated
_CONTINUE = 334


def login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in like `smtp.login`, with UTF-8 credentials when they need it."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    name, secret = user.encode("utf-8"), password.encode("utf-8")
    if "PLAIN" in offered:
        code, reply = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + name + b"\0" + secret))
    elif "LOGIN" in offered:
        code, reply = smtp.docmd("AUTH", "LOGIN " + _b64(name))
        if code == _CONTINUE:
            code, reply = smtp.docmd(_b64(secret))
    else:
        raise smtplib.SMTPException("No suitable authentication method found.")
    if code not in _ACCEPTED:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
