"""A real IMAP server for tests: pymap's in-memory backend in its own process."""

from __future__ import annotations

import imaplib
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from tests.smtp_server import free_port

USER, PASSWORD = "shop@example.com", "mailbox-secret"


@contextmanager
def imap_server() -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pymap.main import main; sys.exit(main())",
         "--host", "127.0.0.1", "--port", str(port), "--no-tls",
         "dict", "--demo-user", USER, "--demo-password", PASSWORD],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                imaplib.IMAP4("127.0.0.1", port, timeout=2).logout()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("pymap did not start") from None
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(10)


def deliver(port: int, sender: str, subject: str, body: str) -> None:
    """Put a message in the INBOX as the customer's mail server would (APPEND)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, USER, subject
    message.set_content(body)
    conn = imaplib.IMAP4("127.0.0.1", port)
    try:
        conn.login(USER, PASSWORD)
        conn.append("INBOX", None, None, message.as_bytes())
    finally:
        conn.logout()


def flags(port: int) -> list[bytes]:
    """Every message's flags, to show nothing was marked read or deleted."""
    conn = imaplib.IMAP4("127.0.0.1", port)
    try:
        conn.login(USER, PASSWORD)
        conn.select("INBOX", readonly=True)
        _, data = conn.fetch("1:*", "(FLAGS)")
        return [d for d in data if isinstance(d, bytes)]
    finally:
        conn.logout()
