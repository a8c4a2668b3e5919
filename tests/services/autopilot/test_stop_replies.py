"""STOP replies read from a real local IMAP server (pymap), with nothing changed on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.services.autopilot.stop_replies import N_UNREACHABLE, check_stop_replies
from app.services.autopilot.stop_words import own_lines
from tests.imap_server import PASSWORD, USER, deliver, flags, imap_server
from tests.services.reminders.data import add_customer
from tests.smtp_server import free_port

NOW = dt.datetime(2025, 4, 1, 10, 0)
QUOTING_REPLY = """Thank you, the cake was lovely! We'll come again on Friday.

On Mon, 31 Mar 2025 Sweet Shop <shop@example.com> wrote:
> If you would rather not get these e-mails, reply
> STOP
> and we won't write again.
"""


@pytest.fixture
def imap() -> Iterator[int]:
    with imap_server() as port:
        yield port


def use_mailbox(settings, port: int) -> None:
    for key, value in (("imap_enabled", True), ("imap_host", "127.0.0.1"), ("imap_port", port),
                       ("imap_security", "none"), ("imap_user", USER)):
        settings.set(key, value)


def customer(db, cid: int) -> tuple[int, str]:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT do_not_contact, notes FROM customers WHERE id = ?",
                            (cid,)).fetchone()
    finally:
        conn.close()


def test_stop_replies_mark_customers_and_nothing_else(db, settings, imap) -> None:
    anna = add_customer(db, "Анна", email="anna@example.com")
    bob = add_customer(db, "Bob", email="Bob@Example.com")
    carol = add_customer(db, "Carol", email="carol@example.com")
    use_mailbox(settings, imap)
    deliver(imap, "Анна <anna@example.com>", "Re: Спасибо за покупку", "СТОП\n\n> Спасибо!")
    deliver(imap, "bob@example.com", "Re: Thank you", "Stop!")
    deliver(imap, "carol@example.com", "Re: Thank you", QUOTING_REPLY)
    deliver(imap, "stranger@example.com", "unsubscribe", "")
    result = check_stop_replies(db, settings, PASSWORD, NOW, "ru")
    assert (result.checked, sorted(result.unsubscribed), result.unknown) == (4, [anna, bob], 1)
    assert result.note == ""
    dnc, notes = customer(db, anna)
    assert dnc == 1
    assert notes == "2025-04-01: ответ «СТОП» на автоматическое письмо (anna@example.com): " \
                    "отмечен(а) «не беспокоить»."
    assert customer(db, bob)[0] == 1
    assert customer(db, carol) == (0, "")
    # Read-only: no message was marked seen or deleted.
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags(imap))
    # A second run reads nothing twice; a new message after it is read once.
    again = check_stop_replies(db, settings, PASSWORD, NOW, "ru")
    assert (again.checked, again.unsubscribed, again.unknown) == (0, [], 0)
    deliver(imap, "carol@example.com", "unsubscribe", "")
    third = check_stop_replies(db, settings, PASSWORD, NOW + dt.timedelta(hours=1), "en")
    assert (third.checked, third.unsubscribed) == (1, [carol])
    assert "replied STOP to an automatic e-mail (carol@example.com)" in customer(db, carol)[1]


def test_mailbox_out_of_reach_gives_a_sentence(db, settings) -> None:
    use_mailbox(settings, free_port())  # nobody listens there
    result = check_stop_replies(db, settings, PASSWORD, NOW, "en")
    assert result.note == N_UNREACHABLE
    assert "could not be reached" in result.note_text and "Sending goes on" in result.note_text
    assert settings.get("imap_seen") == {}


def test_wrong_password_gives_a_sentence(db, settings, imap) -> None:
    use_mailbox(settings, imap)
    result = check_stop_replies(db, settings, "wrong", NOW, "en")
    assert "refused the login" in result.note_text


def test_off_by_default(db, settings) -> None:
    assert check_stop_replies(db, settings, PASSWORD, NOW, "en").note == ""


@pytest.mark.parametrize(("body", "lines"), [
    ("Hi\n\nSTOP\n-- \nAnna", ["Hi", "STOP"]),
    ("ok\nАнна <a@b.c> написал(а):\n> СТОП", ["ok"]),
    ("a\nb\nc\nd", ["a", "b", "c"]),
])
def test_own_lines_stop_at_quotes_and_signatures(body: str, lines: list[str]) -> None:
    assert own_lines(body) == lines
