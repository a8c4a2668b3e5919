"""The one outgoing-message record: its whole text and the contact it logs."""

from __future__ import annotations

import pytest

from app.services.messages.outgoing import OutgoingMessage


def _message(channel: str) -> OutgoingMessage:
    return OutgoingMessage(7, channel, "Новинки", "Анна, здравствуйте!", 3, "Совет", 11,
                           "not_bought", name="Анна", email="anna@example.com")


def test_an_email_text_starts_with_its_subject_and_a_messenger_text_does_not() -> None:
    assert _message("email").text == "Новинки\n\nАнна, здравствуйте!"
    assert _message("whatsapp").text == "Анна, здравствуйте!"


def test_the_contact_carries_the_script_and_the_reminder() -> None:
    contact = _message("email").contact("sent")
    assert (contact.customer_id, contact.channel, contact.outcome) == (7, "email", "sent")
    assert contact.text == "Новинки\n\nАнна, здравствуйте!"
    assert (contact.template_id, contact.template_name) == (3, "Совет")
    assert (contact.task_id, contact.rule) == (11, "not_bought")


def test_a_message_to_nobody_is_not_logged() -> None:
    with pytest.raises(ValueError):
        OutgoingMessage(None, "email", "Test", "Body").contact("sent")
