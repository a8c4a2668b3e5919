"""A customer's personal data on request: export everything about them, or delete it for good.

Both follow the foreign keys to `customers` found in the live schema instead of a fixed table list,
so a table added by a later migration is exported and deleted too (its key must cascade; the tests
check that every key to `customers` does).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import sql_dialect
from app.services.csv_safety import safe_row
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.privacy_report import Wording, names_for, readable_sections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reference:
    table: str
    column: str
    on_delete: str  # "CASCADE", "SET NULL", ...


@dataclass(frozen=True)
class DeletionReport:
    customer_id: int
    rows_deleted: dict[str, int]  # table -> rows removed (customers included)
    references_cleared: dict[str, int]  # table -> rows whose link to the customer was set to NULL


def references_to_customers(conn: sqlite3.Connection) -> list[Reference]:
    return [Reference(*found) for found in sql_dialect.references_to(conn, "customers")]


def delete_customer(db: Database, customer_id: int) -> DeletionReport:
    """Remove the customer and every row about them; the freed pages are overwritten with zeros."""
    conn = db.raw_connection()
    sqlite = not sql_dialect.is_postgres(conn)
    try:
        if sqlite:
            conn.execute("PRAGMA secure_delete = ON")
        refs = references_to_customers(conn)
        with conn:
            found = conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,))
            if found.fetchone() is None:
                raise UserFacingError("This customer no longer exists.")
            deleted: dict[str, int] = {}
            cleared: dict[str, int] = {}
            for ref in refs:
                count = _count(conn, ref, customer_id)
                if not count:
                    continue
                if ref.on_delete == "CASCADE":
                    deleted[ref.table] = deleted.get(ref.table, 0) + count
                elif ref.on_delete == "SET NULL":
                    cleared[ref.table] = cleared.get(ref.table, 0) + count
                else:  # RESTRICT / NO ACTION: remove the rows ourselves, they are about this person
                    conn.execute(f'DELETE FROM "{ref.table}" WHERE "{ref.column}" = ?',
                                 (customer_id,))
                    deleted[ref.table] = deleted.get(ref.table, 0) + count
            merges = _delete_merge_records(conn, customer_id)
            if merges:
                deleted["customer_merges"] = merges
            conn.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
            deleted["customers"] = 1
            left = {r.table: _count(conn, r, customer_id) for r in refs}
            if any(left.values()):  # pragma: no cover - a schema without the cascades
                raise RuntimeError(f"rows still refer to the deleted customer: {left}")
        if sqlite:
            # Move the zeroed pages out of the write-ahead log into the main file now. (The
            # server's own files are its administrator's: VACUUM is theirs to schedule.)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    log.info("Deleted customer #%d and %d related row(s)", customer_id,
             sum(deleted.values()) - 1)
    return DeletionReport(customer_id, deleted, cleared)


def customer_data(db: Database, customer_id: int) -> dict[str, Any]:
    """Everything stored about one customer: their row plus every row that refers to them."""
    conn = db.raw_connection()
    try:
        found = _dicts(conn, "SELECT * FROM customers WHERE id = ?", (customer_id,))
        if not found:
            raise UserFacingError("This customer no longer exists.")
        data: dict[str, Any] = {"customer": found[0]}
        for ref in references_to_customers(conn):
            if ref.table == "customers":  # customers they referred: not their data
                continue
            # By the first column: the id, or the key of a table with one row per customer.
            data.setdefault(ref.table, []).extend(_dicts(
                conn, f'SELECT * FROM "{ref.table}" WHERE "{ref.column}" = ? ORDER BY 1',
                (customer_id,)))
        data["customer_merges"] = _dicts(
            conn, f"SELECT * FROM customer_merges WHERE {_MERGED} ORDER BY id",
            (customer_id, customer_id))
    finally:
        conn.close()
    return data


# A merge record has no foreign key (it outlives the card it removed) but holds a copy of that
# card: it is this person's data, exported and deleted with them.
_MERGED = "keep_id = ? OR other_id = ?"


def _delete_merge_records(conn: sqlite3.Connection, customer_id: int) -> int:
    return conn.execute(f"DELETE FROM customer_merges WHERE {_MERGED}",
                        (customer_id, customer_id)).rowcount


def export_customer_json(db: Database, customer_id: int, target: Path,
                         exported_at: dt.datetime) -> Path:
    payload = {
        "format": "regulars-customer-export",
        "version": 1,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "note": "Money amounts (*_minor) are in minor units: kopecks or cents.",
        **customer_data(db, customer_id),
    }
    _write(target, json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")
    log.info("Exported customer #%d as JSON", customer_id)
    return target


def export_customer_csv(db: Database, customer_id: int, target: Path, *, currency: str,
                        locale: str, words: Wording | None = None) -> Path:
    """One CSV (UTF-8 with BOM, opens in Excel) a person reads: a block per kind of data
    (title, header, rows), money in `currency` and dates as `locale` writes them, names
    instead of internal keys (privacy_report).

    Text that a spreadsheet would run as a formula is escaped (csv_safety); the JSON export
    keeps every value exactly as stored.
    """
    data = customer_data(db, customer_id)
    conn = db.raw_connection()
    try:
        names = names_for(conn, data["customer"], locale.split("_")[0])
    finally:
        conn.close()
    lines: list[list[Any]] = []
    for section in readable_sections(data, names, currency=currency, locale=locale,
                                     words=words or Wording()):
        if lines:
            lines.append([])
        lines.append(safe_row([section.title]))
        lines.append(safe_row(section.header))
        lines.extend(safe_row(row) for row in section.rows)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(lines)
    except OSError as exc:
        raise UserFacingError("The file could not be written.",
                              hint="Choose another folder or check free disk space.") from exc
    log.info("Exported customer #%d as CSV", customer_id)
    return target


def _write(target: Path, text: str) -> None:
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserFacingError("The file could not be written.",
                              hint="Choose another folder or check free disk space.") from exc


def _dicts(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _count(conn: sqlite3.Connection, ref: Reference, customer_id: int) -> int:
    return int(conn.execute(
        f'SELECT COUNT(*) FROM "{ref.table}" WHERE "{ref.column}" = ?', (customer_id,)
    ).fetchone()[0])
