"""Merge OTHER into KEEP, and undo it.

Every table with a foreign key to customers.id is found from the schema (a table added later is
moved too): its rows that refer to OTHER are moved to KEEP, and their ids are recorded. A row that
cannot move because KEEP already has its twin (the same month's segment snapshot, the same
reminder) is saved whole in the record and removed with OTHER. Figures (customer_stats) and
predictions are derived: OTHER's are dropped and everything is recomputed. OTHER's phone,
e-mail, card code and name stay as KEEP's other identities, so the next import of an old file
still finds KEEP; so does her referral code, so a friend who brings it later is KEEP's friend.

Undo re-creates OTHER with its own id from the saved row, moves the recorded rows that are still
at KEEP back, puts back the saved rows, and returns the fields the merge filled on KEEP unless the
owner has changed them since.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.models import Base
from app.services import sql_dialect
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.team import changes as team_changes
from app.services.team import people

log = logging.getLogger(__name__)

REFERRAL_IDENTITY = "referral"  # customer_identities.kind of a merged card's referral code

# Derived from purchases and rebuilt after a merge (figures by the recompute, predictions by a
# fresh fit): not moved, dropped with OTHER.
DERIVED_TABLES = frozenset({"customer_stats", "predictions"})
# Fields KEEP takes from OTHER when her own are empty; groups fill together (a phone's raw and
# E.164 forms; a birthday's day, month and year).
FILLED_GROUPS: tuple[tuple[str, ...], ...] = (
    ("phone_raw", "phone_e164"), ("email",), ("telegram",), ("first_name",),
    ("birthday_day", "birthday_month", "birthday_year"), ("preferred_channel",),
    ("external_code",), ("referred_by_id",),
)
# The referral code too: a friend given OTHER's code still finds KEEP (referrals/codes.py).
IDENTITY_FIELDS = (("phone", "phone_e164"), ("email", "email"), ("code", "external_code"),
                   ("name", "display_name"), (REFERRAL_IDENTITY, "referral_code"))


@dataclass(frozen=True)
class MergeInfo:
    id: int
    keep_id: int
    other_id: int
    keep_name: str  # as it is now ("" when KEEP is gone)
    other_name: str  # as it was before the merge
    merged_at: str
    undone_at: str | None


def customer_references() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to customers.id in the schema, derived ones left out."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id" \
                    and table.name not in DERIVED_TABLES:
                found.append((table.name, fk.parent.name))
    return sorted(found)


def merge_customers(db: Database, keep_id: int, other_id: int) -> int:
    """Merge `other_id` into `keep_id` in one transaction; the merge record's id (for undo).
    The caller recomputes the figures afterwards (`merge_and_recompute`)."""
    if keep_id == other_id:
        raise UserFacingError("A customer cannot be merged with herself.")
    with db.immediate() as conn:
        merge_id = _merge(conn, keep_id, other_id)
    log.info("Merged customer %d into %d (merge %d)", other_id, keep_id, merge_id)
    return merge_id


def _row(conn: sqlite3.Connection, table: str, where: str, params: tuple[Any, ...]
         ) -> dict[str, Any] | None:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))


def _customer(conn: sqlite3.Connection, customer_id: int) -> dict[str, Any]:
    row = _row(conn, "customers", "id = ?", (customer_id,))
    if row is None:
        raise UserFacingError("There is no customer number %1.", params=(customer_id,))
    return row


def _merge(conn: sqlite3.Connection, keep_id: int, other_id: int) -> int:
    keep, other = _customer(conn, keep_id), _customer(conn, other_id)
    moved: dict[str, list[int]] = {}
    kept_whole: dict[str, list[dict[str, Any]]] = {}
    for table, column in customer_references():
        where = f"{column} = ?" + (" AND id != ?" if table == "customers" else "")
        params = (other_id, keep_id) if table == "customers" else (other_id,)
        row_ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE {where}", params)]
        if not row_ids:
            continue
        _move_rows(conn, table, column, keep_id, row_ids)
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cursor.description]
        stuck = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        stuck_ids = {row["id"] for row in stuck}
        moved[f"{table}.{column}"] = [r for r in row_ids if r not in stuck_ids]
        if stuck:
            kept_whole[table] = stuck
    changes = _filled_fields(keep, other)
    identities = _identities(keep, changes, other)
    conn.execute("DELETE FROM customers WHERE id = ?", (other_id,))
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        conn.execute(f"UPDATE customers SET {assignments} WHERE id = ?",
                     (*changes.values(), keep_id))
    snapshot = {"other": other, "keep_before": {k: keep[k] for k in changes},
                "keep_after": changes, "moved": moved, "kept_whole": kept_whole}
    merge_id = int(conn.execute(
        "INSERT INTO customer_merges (keep_id, other_id, snapshot_json, by_person)"
        " VALUES (?, ?, ?, ?) RETURNING id",
        (keep_id, other_id, json.dumps(snapshot, ensure_ascii=False, default=str),
         people.current())).fetchone()[0])
    conn.executemany(
        "INSERT INTO customer_identities (customer_id, kind, value, merge_id) VALUES (?, ?, ?, ?)",
        [(keep_id, kind, value, merge_id) for kind, value in identities])
    team_changes.note(conn, "merge")
    return merge_id


def _move_rows(conn: sqlite3.Connection, table: str, column: str, keep_id: int,
               row_ids: list[int]) -> None:
    """Point the rows at KEEP; a row that would break a uniqueness rule (KEEP already has its
    twin) stays where it is. All at once when nothing clashes, else row by row, each in its own
    savepoint: PostgreSQL has no UPDATE OR IGNORE, and a failed statement there spoils the whole
    transaction unless it is rolled back to a savepoint."""
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        if _clashes(conn, f"UPDATE {table} SET {column} = ? WHERE id IN ({marks})",
                    (keep_id, *chunk)):
            for row_id in chunk:
                _clashes(conn, f"UPDATE {table} SET {column} = ? WHERE id = ?", (keep_id, row_id))


def _clashes(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> bool:
    """Run `sql`; True (and nothing changed) when it breaks a uniqueness rule."""
    conn.execute("SAVEPOINT merge_move")
    try:
        conn.execute(sql, params)
    except Exception as exc:
        if not sql_dialect.is_constraint_violation(exc):
            raise
        conn.execute("ROLLBACK TO SAVEPOINT merge_move")
        conn.execute("RELEASE SAVEPOINT merge_move")
        return True
    conn.execute("RELEASE SAVEPOINT merge_move")
    return False


def _filled_fields(keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for group in FILLED_GROUPS:
        if all(keep[f] in (None, "") for f in group) and any(other[f] not in (None, "")
                                                             for f in group):
            changes.update({f: other[f] for f in group})
    if changes.get("referred_by_id") == keep["id"] or keep["referred_by_id"] == other["id"]:
        # She cannot have recommended the shop to herself.
        changes["referred_by_id"] = None if changes.get("referred_by_id") == keep["id"] \
            else other["referred_by_id"] if other["referred_by_id"] != keep["id"] else None
    if other["notes"].strip():
        changes["notes"] = (keep["notes"].rstrip() + "\n\n" + other["notes"].strip()).strip()
    tags = [t.strip() for t in (keep["tags"] + "," + other["tags"]).split(",") if t.strip()]
    merged_tags = ", ".join(dict.fromkeys(tags, None))
    if merged_tags != keep["tags"] and other["tags"].strip():
        changes["tags"] = merged_tags
    if other["do_not_contact"] and not keep["do_not_contact"]:
        changes["do_not_contact"] = True  # one of her records asked not to be contacted
    return changes


def _identities(keep: dict[str, Any], changes: dict[str, Any], other: dict[str, Any]
                ) -> list[tuple[str, str]]:
    found = []
    for kind, field in IDENTITY_FIELDS:
        value = other[field]
        if kind == "email" and value:
            value = value.lower()
        now = changes.get(field, keep[field])
        if value and (value.lower() if kind == "email" else value) != (
                now.lower() if kind == "email" and now else now):
            found.append((kind, value))
    return found
