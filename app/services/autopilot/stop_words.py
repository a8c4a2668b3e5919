"""Whether a reply says "stop writing to me": the words, and where in the e-mail they count.

A reply is a STOP reply when its subject (without "Re:", "Fwd:", "Ответ:"...) or one of the first
few lines the customer wrote herself is one of `STOP_WORDS` and nothing else (case and
punctuation aside: "Stop!", "СТОП.", "Unsubscribe please" does not count). Only her own text is
read: lines quoted with ">" and everything from a quote header ("On ... wrote:", "... написал(а):",
"-----Original Message-----") or a signature ("-- ") on are ignored, so a normal reply that quotes
our own unsubscribe line ("...reply STOP and we won't write again") is not a STOP reply. Whole
lines only, so "Stop by on Friday?" stays a normal reply.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

STOP_WORDS = frozenset({
    "stop", "unsubscribe", "stop all", "remove me",
    "стоп", "отписаться", "отписать", "отпишите", "отпишите меня",
})
FIRST_LINES = 3  # of her own text
_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|ответ|отв|пересл)\s*(\[\d+\])?\s*:\s*)+",
                     re.IGNORECASE)
_QUOTE_HEADER = re.compile(
    r"(wrote:|написал\(а\):|написала?:|пишет:)\s*$|^-{2,}\s*(original message|исходное сообщение)"
    r"|^(from|от):\s.+@", re.IGNORECASE)
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_TAGS = re.compile(r"<[^>]+>")
_BLOCKQUOTE = re.compile(r"<blockquote.*?</blockquote>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div)\s*/?>", re.IGNORECASE)


def _word(text: str) -> str:
    return _PUNCT.sub(" ", text).strip().casefold()


def is_stop_text(text: str) -> bool:
    return _word(text) in STOP_WORDS


def own_lines(body: str) -> list[str]:
    """The first non-empty lines she wrote, before any quote or signature."""
    lines: list[str] = []
    for raw in body.splitlines():
        line = raw.strip()
        if line.startswith(">") or _QUOTE_HEADER.search(line) or raw.rstrip() == "--":
            break
        if line:
            lines.append(line)
            if len(lines) == FIRST_LINES:
                break
    return lines


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError):  # an unknown charset: nothing readable
        return ""
    if part.get_content_type() == "text/html":
        text = _BLOCKQUOTE.sub("\n>", text)  # her mail app's quote: the end of her text
        text = _TAGS.sub("", _BREAKS.sub("\n", text))
    return text


def is_stop_reply(message: EmailMessage) -> bool:
    if str(message.get("Auto-Submitted", "no")).strip().lower() != "no":
        return False  # an out-of-office or a bounce is not the customer's answer
    subject = _PREFIX.sub("", str(message.get("Subject", "")))
    lines = own_lines(body_text(message))
    return is_stop_text(subject) or any(is_stop_text(line) for line in lines)
