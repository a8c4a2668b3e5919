"""Links that open a filled-in message in WhatsApp, Telegram, SMS or the mail client.

Text is percent-encoded as UTF-8 with nothing left "safe", so Cyrillic, emoji, newlines, "+" and
"&" arrive as typed (a bare "+" would become a space, a bare "&" would end the text).
Telegram cannot prefill a message, so its link says `needs_copy`: copy the text first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from app.models import Channel

_TG_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


@dataclass(frozen=True)
class Recipient:
    """How a customer can be reached (from the customer's card)."""

    phone_e164: str | None = None
    email: str | None = None
    telegram: str | None = None


@dataclass(frozen=True)
class MessageLink:
    url: str
    needs_copy: bool = False  # the app must copy the text to the clipboard before opening


def encode(text: str) -> str:
    return quote(text, safe="")


def phone_digits(phone_e164: str | None) -> str:
    return re.sub(r"\D", "", phone_e164 or "")


def whatsapp_link(phone_e164: str, text: str) -> str:
    url = f"https://wa.me/{phone_digits(phone_e164)}"
    return f"{url}?text={encode(text)}" if text else url


def telegram_link(username: str | None = None, phone_e164: str | None = None) -> str | None:
    """t.me/<username>, or t.me/+<digits> (opens a chat by phone number if the user allows it)."""
    name = telegram_username(username)
    if name:
        return f"https://t.me/{name}"
    digits = phone_digits(phone_e164)
    return f"https://t.me/+{digits}" if digits else None


def telegram_username(value: str | None) -> str | None:
    """"@anna_k", "t.me/anna_k" or "https://t.me/anna_k" -> "anna_k"; None if it is not one."""
    text = (value or "").strip()
    text = re.sub(r"^(https?://)?(www\.)?(t\.me|telegram\.me)/", "", text).lstrip("@").strip("/")
    return text if _TG_USERNAME.match(text) else None


def sms_link(phone_e164: str, text: str) -> str:
    """RFC 5724 form, understood by Android, iOS and desktop phone apps."""
    number = "+" + phone_digits(phone_e164)
    return f"sms:{number}?body={encode(text)}" if text else f"sms:{number}"


def mailto_link(email: str, subject: str, body: str) -> str:
    """RFC 6068: the address stays readable, subject and body are encoded, newlines as CRLF."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    params = []
    if subject:
        params.append(f"subject={encode(subject)}")
    if body:
        params.append(f"body={encode(body)}")
    address = quote(email, safe="@.+-_")
    return f"mailto:{address}" + ("?" + "&".join(params) if params else "")


def usual_channel(phone: str, email: str, telegram: str) -> str:
    """The channel for a customer who chose none: the one Today shows and bulk messages use."""
    if phone:
        return Channel.WHATSAPP.value
    if telegram:
        return Channel.TELEGRAM.value
    return Channel.EMAIL.value if email else ""


def has_channel(channel: str, recipient: Recipient) -> bool:
    """Whether the customer can be reached on `channel` at all."""
    if channel == Channel.EMAIL:
        return bool(recipient.email)
    if channel == Channel.TELEGRAM:
        return telegram_link(recipient.telegram, recipient.phone_e164) is not None
    if channel in (Channel.WHATSAPP, Channel.SMS, Channel.PHONE):
        return bool(phone_digits(recipient.phone_e164))
    return channel == Channel.IN_PERSON


def message_link(channel: str, recipient: Recipient, subject: str, body: str) -> MessageLink | None:
    """The link for `channel`, or None when the customer has no address for it (or it has none)."""
    if channel == Channel.WHATSAPP and phone_digits(recipient.phone_e164):
        return MessageLink(whatsapp_link(recipient.phone_e164 or "", body))
    if channel == Channel.TELEGRAM:
        url = telegram_link(recipient.telegram, recipient.phone_e164)
        return MessageLink(url, needs_copy=True) if url else None
    if channel == Channel.SMS and phone_digits(recipient.phone_e164):
        return MessageLink(sms_link(recipient.phone_e164 or "", body))
    if channel == Channel.EMAIL and recipient.email:
        return MessageLink(mailto_link(recipient.email, subject, body))
    if channel == Channel.PHONE and phone_digits(recipient.phone_e164):
        return MessageLink("tel:+" + phone_digits(recipient.phone_e164), needs_copy=True)
    return None
