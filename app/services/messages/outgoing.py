"""One filled-in message to one customer on one channel: the record the send dialog, the Today
page and bulk messages copy, open, export or e-mail, and log as a contact."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.messages.contacts import NewContact, message_text
from app.services.messages.links import Recipient


@dataclass(frozen=True)
class OutgoingMessage:
    customer_id: int | None  # None only for the owner's test e-mail, which is never logged
    channel: str  # a models.Channel value
    subject: str  # used by e-mail only
    body: str
    template_id: int | None = None
    template_name: str | None = None
    task_id: int | None = None  # the reminder this message answers (today's list)
    rule: str | None = None
    # The customer's name and addresses, where the message needs them (e-mail, export).
    name: str = ""
    email: str = ""
    phone: str = ""  # international display form, "" when unknown
    telegram: str = ""  # the card's Telegram username, for opening the chat one by one

    def recipient(self) -> Recipient:
        """Where the message can be opened (the display phone keeps every digit)."""
        return Recipient(self.phone or None, self.email or None, self.telegram or None)

    @property
    def text(self) -> str:
        """The whole text as one piece (an e-mail's starts with its subject line)."""
        return message_text(self.channel, self.subject, self.body)

    def contact(self, outcome: str) -> NewContact:
        """The contact to log when this message was copied, opened, exported or sent."""
        if self.customer_id is None:
            raise ValueError("a message without a customer is not logged")
        return NewContact(customer_id=self.customer_id, channel=self.channel, outcome=outcome,
                          text=self.text, template_id=self.template_id,
                          template_name=self.template_name, task_id=self.task_id, rule=self.rule)
