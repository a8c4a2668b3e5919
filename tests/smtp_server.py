"""A real local SMTP server's parts for the tests that send e-mail (aiosmtpd does the protocol)."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    """Stores what arrives; can refuse some recipients and drop the connection on message N."""

    def __init__(self, refuse: tuple[str, ...] = (), drop_on: int | None = None) -> None:
        self.refuse, self.drop_on = refuse, drop_on
        self.messages: list = []
        self.data_calls = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        if self.data_calls == self.drop_on:
            server.transport.close()
            return "421 Bye"
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 Message accepted"
