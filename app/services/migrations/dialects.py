"""Which engine a step runs on: steps after the PostgreSQL baseline run on both (team mode)."""

from __future__ import annotations

import sqlite3


def dialect_of(conn: sqlite3.Connection) -> str:
    """"sqlite", or "postgresql" for team mode's connection (`team.connection`)."""
    return str(getattr(conn, "dialect", "sqlite"))
