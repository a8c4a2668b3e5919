"""Telling other windows that data changed, so their pages refresh (team mode, and two
windows on one SQLite file).

Polling, not PostgreSQL's LISTEN/NOTIFY: a poll works the same on both engines, needs no
connection kept open (a notification sent while a laptop was reconnecting is lost; a counter is
still there), and a small query every few seconds costs the server nothing. Writers append one
row per change to `changes` in the same transaction as the change (appending never waits for
another writer, unlike bumping one shared counter row). A window's mark is the count and the
highest id of the rows other windows wrote: ids committed out of order still change the count.
Rows older than two days are pruned by the writers.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any, Protocol

# This process (one window): its own writes do not make its pages refresh.
ORIGIN = uuid.uuid4().hex[:16]
KEEP = dt.timedelta(days=2)

_PRUNE = "DELETE FROM changes WHERE changed_at < :before"
_APPEND = ("INSERT INTO changes (kind, origin, changed_at)"
           " VALUES (:kind, :origin, :changed_at)")


class Database(Protocol):
    """services.database.Database, which imports this package (so not imported here)."""

    def raw_connection(self) -> sqlite3.Connection: ...


class _Executes(Protocol):  # a raw connection (sqlite3 or team.connection) or a Session
    def execute(self, statement: Any, params: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Mark:
    count: int
    last_id: int


def note(conn: _Executes, kind: str, *, origin: str = ORIGIN,
         now: dt.datetime | None = None) -> None:
    """Record a change inside the caller's transaction (raw connection or ORM session)."""
    when = now or dt.datetime.now()
    params = {"kind": kind, "origin": origin,
              "changed_at": when.isoformat(sep=" ", timespec="seconds"),
              "before": (when - KEEP).isoformat(sep=" ", timespec="seconds")}
    if hasattr(conn, "get_bind"):  # an ORM session takes text() statements
        from sqlalchemy import text

        conn.execute(text(_PRUNE), params)
        conn.execute(text(_APPEND), params)
    else:
        conn.execute(_PRUNE, {"before": params["before"]})
        conn.execute(_APPEND, {k: params[k] for k in ("kind", "origin", "changed_at")})


def mark(db: Database, origin: str = ORIGIN) -> Mark:
    """Where other windows' changes stand; a different mark than last time means refresh."""
    conn = db.raw_connection()
    try:
        count, last = conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM changes WHERE origin <> ?",
            (origin,)).fetchone()
    finally:
        conn.close()
    return Mark(int(count), int(last))
