"""Claims: one reminder, two people, two connections to the same database."""

from __future__ import annotations

import datetime as dt
import threading

from app.services.database import Database
from app.services.reminders import tasks
from app.services.team import claims
from tests.team.helpers import customer_with_task

NOW = dt.datetime(2026, 11, 27, 10, 0)


def test_the_first_claim_wins_and_the_other_sees_it(db: Database, other_db: Database) -> None:
    _, task_id = customer_with_task(db)
    anna = claims.claim(db, task_id, "Anna", NOW)
    boris = claims.claim(other_db, task_id, "Boris", NOW + dt.timedelta(minutes=1))
    assert (anna.person, boris.person) == ("Anna", "Anna")
    assert anna.expires_at == NOW + claims.TIMEOUT == boris.expires_at
    assert not boris.mine("Boris") and anna.mine("Anna")
    assert claims.held_by_others(other_db, [task_id], "Boris", NOW) == {task_id: anna}
    assert claims.held_by_others(db, [task_id], "Anna", NOW) == {}  # not shown to herself


def test_a_claim_runs_out_and_is_renewed_while_open(db: Database, other_db: Database) -> None:
    _, task_id = customer_with_task(db)
    claims.claim(db, task_id, "Anna", NOW)
    renewed = claims.claim(db, task_id, "Anna", NOW + dt.timedelta(minutes=10))
    assert renewed.expires_at == NOW + dt.timedelta(minutes=25)
    # Still hers at minute 20 (renewed), Boris's once it ran out.
    assert claims.claim(other_db, task_id, "Boris", NOW + dt.timedelta(minutes=20)).person == "Anna"
    late = NOW + dt.timedelta(minutes=25)
    assert claims.held_by_others(other_db, [task_id], "Boris", late) == {}
    assert claims.claim(other_db, task_id, "Boris", late).person == "Boris"


def test_released_on_close_and_on_done(db: Database, other_db: Database) -> None:
    _, task_id = customer_with_task(db)
    claims.claim(db, task_id, "Anna", NOW)
    claims.release(other_db, task_id, "Boris", NOW)  # not his: stays
    assert claims.claim(other_db, task_id, "Boris", NOW).person == "Anna"
    claims.release(db, task_id, "Anna", NOW)
    assert claims.claim(other_db, task_id, "Boris", NOW).person == "Boris"
    tasks.skip(other_db, task_id, NOW)
    assert claims.held_by_others(db, [task_id], "Anna", NOW) == {}
    assert claims.claim(db, task_id, "Anna", NOW).person == "Anna"  # no stale row left


def test_two_people_claiming_at_once_exactly_one_wins(db: Database, other_db: Database) -> None:
    _, task_id = customer_with_task(db)
    winners: dict[str, str] = {}
    start = threading.Barrier(2)

    def grab(database: Database, person: str) -> None:
        start.wait()
        winners[person] = claims.claim(database, task_id, person, NOW).person

    threads = [threading.Thread(target=grab, args=(database, person))
               for database, person in ((db, "Anna"), (other_db, "Boris"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Both see the same holder, who is one of them.
    assert winners["Anna"] == winners["Boris"] in ("Anna", "Boris")
    conn = db.raw_connection()
    try:
        assert conn.execute("SELECT COUNT(*) FROM task_claims").fetchone()[0] == 1
    finally:
        conn.close()
