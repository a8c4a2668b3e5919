"""`send-due`: sends what is due now to a real local SMTP server, prints the counts, exits 0;
refuses while the window holds the database."""

from __future__ import annotations

import datetime as dt

from app.cli import main
from app.services.autopilot.scheduler import last_run
from app.services.instance_lock import InstanceLock
from app.services.settings import Settings
from tests.services.autopilot.helpers import contacts, shop, smtp, use_server  # noqa: F401


def _counts(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in out.strip().splitlines())


def test_send_due_sends_once_and_prints_counts(db, db_arg, db_path, smtp, capsys) -> None:  # noqa: F811
    handler, port = smtp
    settings = Settings(db)
    today = dt.date.today()
    ids = shop(db, settings, today, people=2)
    use_server(settings, port, start=0, end=24)
    settings.set("send_delay_seconds", 0.0)
    if db.shared is None:  # the instance lock is a file's: a shared server has none
        with InstanceLock(db_path):  # the window is open: its own timer sends
            assert main(["send-due", "--db", db_arg]) == 2
            assert "already open" in capsys.readouterr().err
        assert handler.messages == []

    assert last_run(Settings(db)) is None  # the refused run records nothing
    assert main(["send-due", "--db", db_arg]) == 0
    counts = _counts(capsys.readouterr().out)
    ran = last_run(Settings(db))
    assert ran is not None and (ran.sent, ran.failed, ran.waiting) == (2, 0, 0)
    assert abs((dt.datetime.now() - ran.at).total_seconds()) < 120
    assert counts == {"planned": "2", "sent": "2", "failed": "0", "skipped": "0",
                      "uncertain": "0", "waiting": "0"}
    assert main(["send-due", "--db", db_arg]) == 0
    assert _counts(capsys.readouterr().out)["sent"] == "0"
    assert len(handler.messages) == 2
    assert sorted(c[0] for c in contacts(db)) == sorted(ids)


def test_send_due_reads_stop_replies_first(db, db_arg, smtp, capsys, monkeypatch) -> None:  # noqa: F811
    from app.services.autopilot import stop_replies
    from tests.imap_server import PASSWORD, USER, deliver, imap_server

    handler, port = smtp
    settings = Settings(db)
    shop(db, settings, dt.date.today(), people=2)
    use_server(settings, port, start=0, end=24)
    settings.set("send_delay_seconds", 0.0)
    monkeypatch.setattr(stop_replies, "imap_password", lambda *_: PASSWORD)
    with imap_server() as imap:
        for key, value in (("imap_enabled", True), ("imap_host", "127.0.0.1"),
                           ("imap_port", imap), ("imap_security", "none"), ("imap_user", USER)):
            settings.set(key, value)
        deliver(imap, "c0@example.com", "Re: Спасибо за покупку", "СТОП")
        assert main(["send-due", "--db", db_arg]) == 0
    counts = _counts(capsys.readouterr().out)
    assert (counts["stop_replies"], counts["planned"], counts["sent"]) == ("1", "1", "1")
    assert [m["To"] for m in handler.messages] == ["c1@example.com"]
    # The mailbox gone: a sentence, and sending is not stopped by it.
    assert main(["send-due", "--db", db_arg]) == 0
    counts = _counts(capsys.readouterr().out)
    assert "could not be reached" in counts["stop_note"]
    assert counts["sent"] == "0" and counts["failed"] == "0"
