"""A process killed between recording a message as `sending` and hearing back from the server:
the next run resolves the row without sending it again."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.services.autopilot import outbox
from app.services.autopilot.sending import send_due
from app.services.reminders.tasks import list_today
from tests.services.autopilot.helpers import contacts, shop, states, use_server

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import datetime as dt, os, signal, sys
from app.services.autopilot import sending
from app.services.database import open_database, open_shared_database
from app.services.settings import Settings
from app.services.team.address import SharedAddress, is_shared_address

where, kill_at = sys.argv[2], int(sys.argv[3])
seen = []

def die(row=None):
    seen.append(row)
    if len(seen) == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

if where == "after_smtp":  # the server took it; the process dies before saying "sent"
    real = sending._log_and_close
    def log_and_close(db, row, when):
        die(row)
        return real(db, row, when)
    sending._log_and_close = log_and_close
target = sys.argv[1]  # the test's database: a file, or the shared server's address
db = (open_shared_database(SharedAddress.parse(target), None) if is_shared_address(target)
      else open_database(target))
moment = dt.datetime.fromisoformat(sys.argv[4])
sending.send_due(db, Settings(db), lambda: moment, None, language="ru",
                 sleep=lambda s: None, before_send=die if where == "before_smtp" else None)
"""


@pytest.mark.parametrize("where", ["before_smtp", "after_smtp"])
def test_killed_run_sends_nothing_twice(db, db_path, settings, clock, smtp, where) -> None:
    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=3)
    use_server(settings, port)
    settings.set("send_delay_seconds", 0.0)
    moment = dt.datetime.combine(clock.today(), dt.time(10))
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD),
         db.shared.url() if db.shared else str(db_path), where, "2",
         moment.isoformat()], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert states(db) == {"sent": 1, "sending": 1, "planned": 1}
    delivered = 2 if where == "after_smtp" else 1
    assert len(handler.messages) == delivered

    result = send_due(db, settings, lambda: moment, None, language="ru", sleep=lambda s: None)
    assert (result.uncertain, result.sent) == (1, 1)
    assert states(db) == {"sent": 2, "uncertain": 1}
    # The killed one was not sent again: each customer got at most one e-mail.
    assert len(handler.messages) == delivered + 1
    addresses = [m["To"].addresses[0].addr_spec for m in handler.messages]
    assert len(addresses) == len(set(addresses))
    # It is back on Today for the owner, with the reason; no contact logged for it.
    (uncertain,) = outbox.rows(db, (outbox.UNCERTAIN,))
    assert "Possibly sent" in uncertain.reason
    assert [t.customer_id for t in list_today(db, settings, clock.today())] == [
        uncertain.customer_id]
    assert sorted(c[0] for c in contacts(db)) == sorted(
        set(ids) - {uncertain.customer_id})
    # And later runs leave it alone.
    assert send_due(db, settings, lambda: moment, None, language="ru").sent == 0
    assert len(handler.messages) == delivered + 1
