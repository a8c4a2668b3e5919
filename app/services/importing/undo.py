"""Undo an import: remove exactly what the batch added, after a backup copy of the database.

Removed: the batch's purchases, and the customers it created that have nothing else (no other
purchases, no logged contacts, no notes or tags typed by the owner). Notes and tags the import
itself gave a customer it created are no reason to keep it: the import marks such a card with an
`updated_at` before its `created_at` (see `customer_extras.write_extras`); an edit on the card, or
a later import adding to it, sets `updated_at` to that moment, and the card is kept.
Customers it only matched are never touched, and what it appended to their notes and tags stays
(undo cannot tell it from what the owner wrote since).

On the shared PostgreSQL server (team mode) there is no file to copy: the undo is its one
transaction, with no backup copy (the server's own backups, pg_dump, keep what it had).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from app.services.database import Database, copy_database, rollback
from app.services.errors import UserFacingError
from app.services.team import changes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    sheet: str | None
    created_at: str
    purchases_added: int
    customers_created: int
    undone_at: str | None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    file_name: str
    purchases_removed: int
    customers_removed: int
    backup_path: Path | None  # None on the shared server: no file to copy


def list_batches(db: Database) -> list[BatchInfo]:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT id, file_name, sheet, created_at, purchases_added, customers_created,"
            " undone_at FROM import_batches ORDER BY id DESC").fetchall()
    finally:
        conn.close()
    return [BatchInfo(*row) for row in rows]


def last_undoable(db: Database) -> BatchInfo | None:
    return next((b for b in list_batches(db) if b.undone_at is None), None)


def undo_import(db: Database, batch_id: int | None, *, backup_dir: Path,
                now: dt.datetime) -> UndoResult:
    batches = {b.id: b for b in list_batches(db)}
    if batch_id is None:
        batch = last_undoable(db)
        if batch is None:
            raise UserFacingError("There is no import to undo.")
    else:
        batch = batches.get(batch_id)
        if batch is None:
            raise UserFacingError("There is no import number %1.", params=(batch_id,))
        if batch.undone_at is not None:
            raise UserFacingError("Import number %1 was already undone.", params=(batch_id,))
    backup = _backup_copy(db, batch.id, Path(backup_dir), now)
    conn = db.raw_connection()
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            purchases = conn.execute("DELETE FROM purchases WHERE batch_id = ?",
                                     (batch.id,)).rowcount
            customers = conn.execute(
                "DELETE FROM customers WHERE created_by_batch_id = ?"
                " AND ((notes = '' AND tags = '') OR updated_at < created_at)"
                " AND NOT EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = customers.id)"
                " AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.customer_id = customers.id)",
                (batch.id,)).rowcount
            conn.execute("UPDATE import_batches SET undone_at = ? WHERE id = ?",
                         (now.isoformat(sep=" "), batch.id))
            changes.note(conn, "undo-import")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    finally:
        conn.close()
    log.info("Undid import %d (%s): %d purchases, %d customers removed; backup %s", batch.id,
             batch.file_name, purchases, customers, backup.name if backup else "none")
    return UndoResult(batch.id, batch.file_name, purchases, customers, backup)


def _backup_copy(db: Database, batch_id: int, backup_dir: Path, now: dt.datetime) -> Path | None:
    """A copy of the database file as it was before the undo (SQLite only)."""
    if db.dialect != "sqlite":
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    backup = backup_dir / f"{db.path.stem}-before-undo-{batch_id}-{now:%Y%m%d-%H%M%S}.sqlite3"
    copy_database(db.path, backup)
    return backup
