"""The autopilot log: each automatic e-mail's outcome and reason, newest first."""

from __future__ import annotations

import datetime as dt

from app.services.autopilot import outbox
from app.services.autopilot.log import entries
from app.services.autopilot.sending import R_EXCLUDED
from tests.services.autopilot.log_data import outbox_of_each_kind


def test_entries_newest_first_with_outcome_and_reason(db, settings, clock) -> None:
    today = clock.today()
    ids = outbox_of_each_kind(db, settings, today)
    found = entries(db)
    assert [(e.customer_id, e.outcome, e.at.time()) for e in found] == [
        (ids[3], outbox.UNCERTAIN, dt.time(10, 10)),
        (ids[1], outbox.FAILED, dt.time(10, 5)),
        (ids[0], outbox.SENT, dt.time(10, 0)),
        (ids[4], outbox.PLANNED, dt.time(9, 0)),  # same time: the later row first
        (ids[2], outbox.SKIPPED, dt.time(9, 0)),
    ]
    by_id = {e.customer_id: e for e in found}
    assert by_id[ids[1]].reason.endswith("550 no such user")
    assert by_id[ids[2]].reason == R_EXCLUDED
    assert by_id[ids[0]].reason == "" and by_id[ids[0]].name == "Покупатель 0"
    assert by_id[ids[0]].email == "c0@example.com"
    assert entries(db, limit=2) == found[:2]
