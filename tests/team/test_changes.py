"""The change marks other windows poll: each kind of write moves them, own writes do not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import ContactOutcome
from app.services import customers, importing
from app.services.database import Database
from app.services.duplicates.merging import merge_customers
from app.services.feedback.records import log_complaint
from app.services.importing.cancelling import ImportCancelled
from app.services.messages.contacts import NewContact, log_contact
from app.services.reminders import tasks
from app.services.settings import Settings
from app.services.team import changes, claims
from tests.services.importing import samples
from tests.team.helpers import customer_with_task

NOW = dt.datetime(2026, 11, 27, 10, 0)
OTHER = "another-window"


def test_each_kind_of_write_moves_the_mark_for_other_windows(db: Database,
                                                             other_db: Database) -> None:
    keep_id, task_id = customer_with_task(db)
    other_id, other_task = customer_with_task(db, "Мария К.")
    seen = [changes.mark(other_db, OTHER)]
    assert seen[0] == changes.mark(db)  # nothing written through the hooks yet

    def moved() -> bool:
        now = changes.mark(other_db, OTHER)
        result, seen[0] = now != seen[0], now
        return result

    writes = [
        lambda: claims.claim(db, task_id, "Anna", NOW),
        lambda: claims.release(db, task_id, "Anna", NOW),
        lambda: log_contact(db, NewContact(keep_id, "phone", ContactOutcome.CALLED.value), NOW),
        lambda: log_complaint(db, Settings(db), keep_id, "Opened box", NOW.date()),
        lambda: customers.save_details(db, keep_id, customers.get_card(db, keep_id).details),
        lambda: tasks.skip(db, task_id, NOW),
        lambda: tasks.snooze(db, other_task, 3, NOW.date()),
        lambda: merge_customers(db, keep_id, other_id),
    ]
    for number, write in enumerate(writes):
        write()
        assert moved(), number
        assert changes.mark(db) == changes.mark(db, changes.ORIGIN)  # not for this window
    assert changes.mark(db).count == 0
    assert not moved()  # reading does not move it


def test_old_rows_are_pruned_by_later_writes(db: Database) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            changes.note(conn, "contact", origin=OTHER, now=NOW - dt.timedelta(days=3))
            changes.note(conn, "contact", origin=OTHER, now=NOW - dt.timedelta(days=1))
        assert changes.mark(db).count == 2
        with conn:
            changes.note(conn, "contact", origin=OTHER, now=NOW)
    finally:
        conn.close()
    assert changes.mark(db).count == 2


def test_an_import_and_its_undo_move_the_mark_in_their_own_transactions(
        db: Database, other_db: Database, settings: Settings, tmp_path: Path) -> None:
    path = samples.write_cp1251_sales(tmp_path)
    seen = changes.mark(other_db, OTHER)

    # Cancelled after every line was written: the note goes with the rest of the import.
    written = [False]
    prepared = importing.prepare(db, path, settings=settings, as_of=NOW.date())
    with pytest.raises(ImportCancelled):
        importing.commit(db, prepared.plan, settings=settings, as_of=NOW.date(),
                         progress=lambda done, _stage: written.__setitem__(0, done >= 1.0),
                         cancelled=lambda: written[0])
    assert written[0]
    assert changes.mark(other_db, OTHER) == seen

    importing.commit(db, prepared.plan, settings=settings, as_of=NOW.date())
    after_import = changes.mark(other_db, OTHER)
    assert after_import.count == seen.count + 2  # the lines, then their figures
    assert changes.mark(db) == changes.mark(db, changes.ORIGIN)  # not for this window

    importing.undo_last(db, None, settings=settings, now=NOW, as_of=NOW.date())
    assert changes.mark(other_db, OTHER).count == after_import.count + 2
    assert kinds(db) == ["import", "figures", "undo-import", "figures"]


def kinds(db: Database) -> list[str]:
    conn = db.raw_connection()
    try:
        return [kind for (kind,) in conn.execute("SELECT kind FROM changes ORDER BY id")]
    finally:
        conn.close()
