"""Undo a merge exactly, or say why it cannot be; the list of merges for the undo dialog."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from typing import Any

from sqlalchemy import Boolean

from app.models import Base
from app.services import sql_dialect
from app.services.database import Database
from app.services.duplicates.merging import MergeInfo
from app.services.errors import UserFacingError

log = logging.getLogger(__name__)


def list_merges(db: Database, *, include_undone: bool = False) -> list[MergeInfo]:
    """Newest first."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT m.id, m.keep_id, m.other_id, COALESCE(c.display_name, ''),"
            f" {sql_dialect.json_text(conn, 'm.snapshot_json', 'other', 'display_name')},"
            " m.merged_at, m.undone_at"
            " FROM customer_merges m LEFT JOIN customers c ON c.id = m.keep_id"
            + ("" if include_undone else " WHERE m.undone_at IS NULL")
            + " ORDER BY m.id DESC").fetchall()
    finally:
        conn.close()
    return [MergeInfo(*row) for row in rows]


def latest_merge_of(db: Database, other_id: int) -> int | None:
    """The merge (not undone) that removed customer `other_id`."""
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT id FROM customer_merges WHERE other_id = ? AND undone_at IS NULL"
                           " ORDER BY id DESC LIMIT 1", (other_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else int(row[0])


def undo_merge(db: Database, merge_id: int, *, now: dt.datetime) -> MergeInfo:
    with db.immediate() as conn:
        info = _undo(conn, merge_id, now)
    log.info("Undid merge %d: customer %d is back", merge_id, info.other_id)
    return info


def _undo(conn: sqlite3.Connection, merge_id: int, now: dt.datetime) -> MergeInfo:
    row = conn.execute("SELECT keep_id, other_id, snapshot_json, merged_at, undone_at"
                       " FROM customer_merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise UserFacingError("There is no merge number %1.", params=(merge_id,))
    keep_id, other_id, snapshot_text, merged_at, undone_at = row
    if undone_at is not None:
        raise UserFacingError("Merge number %1 was already undone.", params=(merge_id,))
    snapshot: dict[str, Any] = json.loads(snapshot_text)
    other: dict[str, Any] = snapshot["other"]
    keep = conn.execute("SELECT display_name FROM customers WHERE id = ?", (keep_id,)).fetchone()
    if keep is None:
        raise UserFacingError(
            "The merge cannot be undone: the customer it kept (number %1) was deleted or merged "
            "into another since.", params=(keep_id,))
    if conn.execute("SELECT 1 FROM customers WHERE id = ?", (other_id,)).fetchone():
        raise UserFacingError(
            "The merge cannot be undone: customer number %1 is now someone else.",
            params=(other_id,))
    columns = list(other)
    conn.execute(f"INSERT INTO customers ({', '.join(columns)}) VALUES"
                 f" ({', '.join('?' for _ in columns)})", _typed("customers", other, columns))
    sql_dialect.ids_reinserted(conn, "customers")
    for key, rowids in snapshot["moved"].items():
        table, column = key.split(".")
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND id IN"
                         f" ({', '.join('?' for _ in chunk)})", (other_id, keep_id, *chunk))
    for table, rows in snapshot["kept_whole"].items():
        for saved in rows:
            names = list(saved)
            conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES"
                         f" ({', '.join('?' for _ in names)}) ON CONFLICT DO NOTHING",
                         _typed(table, saved, names))
        sql_dialect.ids_reinserted(conn, table)
    _restore_keep(conn, keep_id, snapshot["keep_before"], snapshot["keep_after"])
    conn.execute("DELETE FROM customer_identities WHERE merge_id = ?", (merge_id,))
    conn.execute("UPDATE customer_merges SET undone_at = ? WHERE id = ?",
                 (now.isoformat(sep=" "), merge_id))
    return MergeInfo(merge_id, keep_id, other_id, keep[0], other["display_name"], merged_at,
                     now.isoformat(sep=" "))


def _typed(table: str, saved: dict[str, Any], names: list[str]) -> list[Any]:
    """The saved values, yes/no columns as booleans: a merge recorded on SQLite (0/1) and undone
    after the shop moved to PostgreSQL must still go back into its BOOLEAN columns."""
    columns = Base.metadata.tables[table].columns
    return [bool(saved[n]) if saved[n] is not None and n in columns
            and isinstance(columns[n].type, Boolean) else saved[n] for n in names]


def _restore_keep(conn: sqlite3.Connection, keep_id: int, before: dict[str, Any],
                  after: dict[str, Any]) -> None:
    """The merge's values go back to what they were, unless the owner has changed them since
    (her edit wins); notes lose only the part the merge appended, when it is still there."""
    if not before:
        return
    names = list(before)
    current = conn.execute(f"SELECT {', '.join(names)} FROM customers WHERE id = ?",
                           (keep_id,)).fetchone()
    restore: dict[str, Any] = {}
    for name, now in zip(names, current, strict=True):
        if now == after[name] or (name == "do_not_contact" and bool(now) == bool(after[name])):
            restore[name] = before[name]
        elif name == "notes" and isinstance(now, str) and now.startswith(after[name]):
            restore[name] = before[name] + now[len(after[name]):]  # keeps what she added after
    if restore:
        assignments = ", ".join(f"{name} = ?" for name in restore)
        conn.execute(f"UPDATE customers SET {assignments} WHERE id = ?",
                     (*_typed("customers", restore, list(restore)), keep_id))
