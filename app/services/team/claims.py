"""Claims: "Anna is writing" on a reminder someone opened, so two sellers do not write to the
same customer. A claim runs out by itself (a laptop closed mid-message must not lock the
reminder for ever) and is renewed while the reminder stays open.

Claiming is one statement: insert, or take over the row when it ran out or is already ours.
Two people claiming at once: the database serialises the two upserts on the key, and the
loser's update finds a live claim of someone else and returns no row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.team import changes
from app.services.team.changes import Database

TIMEOUT = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Claim:
    task_id: int
    person: str
    expires_at: dt.datetime

    def mine(self, person: str | None) -> bool:
        return person is not None and self.person == person


def _text(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds")


def _moment(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def claim(db: Database, task_id: int, person: str, now: dt.datetime,
          timeout: dt.timedelta = TIMEOUT) -> Claim:
    """Claim (or renew) a reminder for `person`. Returns the claim that holds now: ours when
    we won, the other person's when theirs is still running."""
    conn = db.raw_connection()
    try:
        with conn:
            row = conn.execute(
                "INSERT INTO task_claims (task_id, person, claimed_at, expires_at)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT (task_id) DO UPDATE SET person = excluded.person,"
                " claimed_at = excluded.claimed_at, expires_at = excluded.expires_at"
                " WHERE task_claims.expires_at <= excluded.claimed_at"
                " OR task_claims.person = excluded.person"
                " RETURNING person, expires_at",
                (task_id, person, _text(now), _text(now + timeout))).fetchone()
            if row is None:  # someone else's live claim
                row = conn.execute("SELECT person, expires_at FROM task_claims WHERE task_id = ?",
                                   (task_id,)).fetchone()
            else:
                changes.note(conn, "claim", now=now)
    finally:
        conn.close()
    return Claim(task_id, str(row[0]), _moment(row[1]))


def release(db: Database, task_id: int, person: str | None, now: dt.datetime) -> None:
    """Let go of our claim (done, skipped, closed); someone else's claim stays."""
    if person is None:
        return
    conn = db.raw_connection()
    try:
        with conn:
            gone = conn.execute("DELETE FROM task_claims WHERE task_id = ? AND person = ?",
                                (task_id, person)).rowcount
            if gone:
                changes.note(conn, "claim", now=now)
    finally:
        conn.close()


def settled(session: Session, task_id: int) -> None:
    """A reminder done, skipped or snoozed: its claim ends with it (in the caller's transaction)
    and the other windows refresh their Today."""
    session.execute(text("DELETE FROM task_claims WHERE task_id = :task_id"),
                    {"task_id": task_id})
    changes.note(session, "task")


def held_by_others(db: Database, task_ids: Iterable[int], person: str | None,
                   now: dt.datetime) -> dict[int, Claim]:
    """Live claims of other people on these reminders (what Today greys out)."""
    wanted = set(task_ids)
    if not wanted:
        return {}
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT task_id, person, expires_at FROM task_claims WHERE expires_at > ?"
            " AND person IS DISTINCT FROM CAST(? AS TEXT)",
            (_text(now), person)).fetchall()
    finally:
        conn.close()
    return {int(t): Claim(int(t), str(p), _moment(e)) for t, p, e in rows if int(t) in wanted}
