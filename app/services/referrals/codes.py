"""Referral codes: a short word a customer gives friends ("ANNA7"), typed by the owner when the
friend first buys.

A code is the customer's first name in Latin capitals followed by digits. Letters O and I and
digits 0 and 1 never appear, so a code read aloud or copied from a phone screen cannot be
mistyped as another one; case and spaces do not matter when it is typed. Codes are unique
(a unique index on customers.referral_code) and made on demand: all missing ones at once, by
one pass that keeps the next free number per name. A card merged into another leaves its code
as the kept card's identity (customer_identities, kind "referral"): the code still finds the kept
customer, is never handed to someone new, and goes back to its card if the merge is undone.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from app.services import sql_dialect
from app.services.database import Database
from app.services.demo_shops import TRANSLIT
from app.services.duplicates.merging import REFERRAL_IDENTITY

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
DIGITS = "23456789"  # no 0, no 1
NAME_LETTERS = 5  # the name part's length at most: short enough to dictate
FALLBACK_NAME = "FRND"  # a customer with no usable name


def name_part(first_name: str) -> str:
    """'Анна' -> 'ANNA', 'Ольга' -> 'LGA': transliterated, capitals, ambiguous letters left out."""
    latin = first_name.strip().lower().translate(TRANSLIT).upper()
    kept = "".join(ch for ch in latin if ch in LETTERS)
    return kept[:NAME_LETTERS] or FALLBACK_NAME


def number_part(n: int) -> str:
    """The n-th number (0-based) over the digits 2-9, shortest first: 2..9, 22..99, 222..."""
    width = 1
    while n >= len(DIGITS) ** width:
        n -= len(DIGITS) ** width
        width += 1
    out = []
    for _ in range(width):
        n, digit = divmod(n, len(DIGITS))
        out.append(DIGITS[digit])
    return "".join(reversed(out))


def normalise(typed: str) -> str:
    """What the owner typed, as stored: capitals, no spaces or dashes."""
    return re.sub(r"[\s\-_.]", "", typed).upper()


class CodeMaker:
    """Hands out unique codes, remembering the next number to try per name part."""

    def __init__(self, taken: Iterable[str]) -> None:
        self._taken = {c.upper() for c in taken if c}
        self._next: dict[str, int] = {}

    def make(self, first_name: str) -> str:
        prefix = name_part(first_name)
        n = self._next.get(prefix, 0)
        while (code := prefix + number_part(n)) in self._taken:
            n += 1
        self._next[prefix] = n + 1
        self._taken.add(code)
        return code


def _first_name(first: str | None, display: str | None) -> str:
    if first and first.strip():
        return first
    words = (display or "").split()
    return words[0] if words else ""


def code_owners(conn: sqlite3.Connection) -> dict[str, int]:
    """Every code a friend may bring -> the customer it finds: each customer's own, then the
    codes of cards merged into hers (an own code wins, though none can clash: see below)."""
    owners = {str(code): int(cid) for code, cid in conn.execute(
        "SELECT referral_code, id FROM customers WHERE referral_code IS NOT NULL")}
    for code, cid in conn.execute("SELECT value, customer_id FROM customer_identities"
                                  " WHERE kind = ? ORDER BY id", (REFERRAL_IDENTITY,)):
        owners.setdefault(str(code), int(cid))
    return owners


def assign_missing(conn: sqlite3.Connection) -> int:
    """Give every customer without a code one (inside the caller's transaction); returns how
    many were made. Ordered by id, so the same database always gets the same codes. Codes of
    merged cards stay taken: undoing the merge gives the card its code back."""
    taken = list(code_owners(conn))
    missing = conn.execute("SELECT id, first_name, display_name FROM customers"
                           " WHERE referral_code IS NULL ORDER BY id").fetchall()
    if not missing:
        return 0
    maker = CodeMaker(taken)
    made = [(maker.make(_first_name(first, name)), cid) for cid, first, name in missing]
    if sql_dialect.is_postgres(conn):
        # One statement over two arrays: row-by-row updates cost a round trip each there.
        conn.execute("UPDATE customers SET referral_code = v.code"
                     " FROM unnest(CAST(? AS TEXT[]), CAST(? AS BIGINT[])) AS v(code, id)"
                     " WHERE customers.id = v.id",
                     ([code for code, _ in made], [cid for _, cid in made]))
    else:
        conn.executemany("UPDATE customers SET referral_code = ? WHERE id = ?", made)
    return len(missing)


def ensure_codes(db: Database) -> int:
    """Codes for customers added since the last call (an import, a hand sale, the demo)."""
    conn = db.raw_connection()
    try:
        if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM customers"
                        " WHERE referral_code IS NULL)").fetchone()[0]:
            return 0
        with conn:
            return assign_missing(conn)
    finally:
        conn.close()


def code_of(db: Database, customer_id: int) -> str:
    """The customer's code, made now if she has none yet ("" for an unknown customer)."""
    ensure_codes(db)
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT referral_code FROM customers WHERE id = ?",
                           (customer_id,)).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else ""
