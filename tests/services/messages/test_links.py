"""Links that open a message elsewhere: every character must arrive as typed."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from app.services.messages.links import (
    Recipient,
    has_channel,
    mailto_link,
    message_link,
    sms_link,
    telegram_link,
    telegram_username,
    whatsapp_link,
)

TRICKY = "Анна, привет! 🎉\nСкидка 10% + подарок & доставка?\n#1 = ок"


def test_whatsapp_link_encodes_everything() -> None:
    url = whatsapp_link("+7 912 345-67-89", TRICKY)
    assert url.startswith("https://wa.me/79123456789?text=")
    encoded = url.split("text=", 1)[1]
    for raw in ("+", "&", "\n", " ", "#", "=", "?"):
        assert raw not in encoded
    assert "%2B" in encoded and "%26" in encoded and "%0A" in encoded
    assert "%F0%9F%8E%89" in encoded  # the emoji as UTF-8
    assert unquote(encoded) == TRICKY
    assert parse_qs(urlsplit(url).query)["text"] == [TRICKY]


def test_whatsapp_without_text() -> None:
    assert whatsapp_link("+79123456789", "") == "https://wa.me/79123456789"


def test_telegram_by_username_or_phone() -> None:
    assert telegram_link("@anna_k") == "https://t.me/anna_k"
    assert telegram_link("https://t.me/anna_k") == "https://t.me/anna_k"
    assert telegram_link(None, "+79123456789") == "https://t.me/+79123456789"
    assert telegram_link("", None) is None
    assert telegram_username("not a name!") is None
    link = message_link("telegram", Recipient(telegram="@anna_k"), "", TRICKY)
    assert link.needs_copy and "text" not in link.url


def test_sms_link() -> None:
    url = sms_link("+79123456789", TRICKY)
    assert url.startswith("sms:+79123456789?body=")
    assert parse_qs(url.split("?", 1)[1])["body"] == [TRICKY]


def test_mailto_link_subject_and_body() -> None:
    url = mailto_link("anna@example.com", "Спасибо & до встречи", TRICKY)
    assert url.startswith("mailto:anna@example.com?subject=")
    query = parse_qs(urlsplit(url).query)
    assert query["subject"] == ["Спасибо & до встречи"]
    assert query["body"] == [TRICKY.replace("\n", "\r\n")]
    assert "%0D%0A" in url and "+" not in url.split("?", 1)[1]


@pytest.mark.parametrize(("channel", "recipient", "expected"), [
    ("email", Recipient(email="a@b.ru"), True),
    ("email", Recipient(phone_e164="+79123456789"), False),
    ("whatsapp", Recipient(phone_e164="+79123456789"), True),
    ("whatsapp", Recipient(email="a@b.ru"), False),
    ("telegram", Recipient(phone_e164="+79123456789"), True),
    ("sms", Recipient(), False),
])
def test_has_channel(channel: str, recipient: Recipient, expected: bool) -> None:
    assert has_channel(channel, recipient) is expected
    assert (message_link(channel, recipient, "s", "b") is not None) is expected
