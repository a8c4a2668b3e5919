"""Add, edit and delete a purchase recorded by hand.

A hand sale is a row of `purchases` with `origin` "hand", no import batch (undoing an import
deletes by batch, so it never takes a hand sale with it) and no line key: the importer compares
only the integer keys of file lines (importing/line_keys.existing_keys), so no file's line can ever
be taken for a hand sale or the other way round. (Older SQLite files keep the text keys
"hand:<uuid>" hand sales had once; the importer skips those too.) Imported lines are not
editable here: the file is their source, and a re-import would not see an edit.

Each write also marks the figures stale (the stored purchases stamp becomes unreadable) in the
same transaction: an edit changes neither the highest id nor the count, and a kill before the
recompute must still be repaired at the next start (day.figures_are_stale).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services.customers import CustomerDetails, validate_details
from app.services.database import Database, rollback
from app.services.errors import UserFacingError
from app.services.importing.parsing import parse_money
from app.services.phones import normalize_email, normalize_phone
from app.services.products import restock_cache
from app.services.segments.recompute import FIGURES_STAMP_KEY
from app.services.settings import QT_TRANSLATE_NOOP as _T

HAND = "hand"
# A till's largest plausible sale, in minor units: beyond it the owner surely mistyped.
MAX_AMOUNT_MINOR = 10**11

ERR_AMOUNT_EMPTY = _T("errors", "Enter the amount of the sale.")
ERR_AMOUNT_BAD = _T("errors", "The amount is not a number: write it like 1200.50 or 1 200,50.")
ERR_AMOUNT_BIG = _T("errors", "The amount is too large.")
ERR_FUTURE = _T("errors", "The sale's date is in the future.")
ERR_NO_CUSTOMER = _T("errors", "Choose a customer, or add a new one.")
ERR_NOT_HAND = _T("errors", "Only sales recorded by hand can be changed here: an imported line "
                            "belongs to its file.")
ERR_GONE = _T("errors", "This sale no longer exists.")
ERR_CUSTOMER_GONE = _T("errors", "This customer no longer exists.")


@dataclass(frozen=True)
class NewCustomer:
    """A customer created together with her first hand sale (name and a way to reach her)."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class HandSale:
    customer_id: int | None  # None with `new_customer`
    day: dt.date
    amount_minor: int
    product: str = ""
    note: str = ""
    new_customer: NewCustomer | None = None


@dataclass(frozen=True)
class SavedSale:
    purchase_id: int
    customer_id: int


def parse_amount(text: str) -> int:
    """Minor units from what the owner typed ("1 200,50", "1200.50", "1,200.50"), with the
    importer's money parser so a typed amount reads like the same amount in a file."""
    if not text.strip():
        raise UserFacingError(ERR_AMOUNT_EMPTY)
    minor = float(parse_money(pd.Series([text.strip()], dtype=object))[0])
    if not np.isfinite(minor):
        raise UserFacingError(ERR_AMOUNT_BAD)
    if abs(minor) > MAX_AMOUNT_MINOR:
        raise UserFacingError(ERR_AMOUNT_BIG)
    return int(minor)


def add_sale(db: Database, sale: HandSale, *, today: dt.date, region: str) -> SavedSale:
    """Store a hand sale (and its new customer, if any) in one transaction."""
    _check(sale, today)
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        customer_id = _customer(conn, sale, region)
        cur = conn.execute(
            "INSERT INTO purchases (customer_id, purchased_on, amount_minor, product,"
            " origin, note) VALUES (?,?,?,?,?,?) RETURNING id",
            (customer_id, sale.day.isoformat(), sale.amount_minor, _text(sale.product),
             HAND, _text(sale.note)))
        purchase_id = int(cur.fetchone()[0])
        _mark_figures_stale(conn)
        conn.execute("COMMIT")
        return SavedSale(purchase_id, customer_id)
    finally:
        rollback(conn)
        conn.close()


def edit_sale(db: Database, purchase_id: int, sale: HandSale, *, today: dt.date,
              region: str) -> SavedSale:
    """Change a hand sale (its customer too: the owner may have picked the wrong person)."""
    _check(sale, today)
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        _require_hand(conn, purchase_id)
        customer_id = _customer(conn, sale, region)
        conn.execute(
            "UPDATE purchases SET customer_id = ?, purchased_on = ?, amount_minor = ?,"
            " product = ?, note = ? WHERE id = ?",
            (customer_id, sale.day.isoformat(), sale.amount_minor, _text(sale.product),
             _text(sale.note), purchase_id))
        _mark_figures_stale(conn)
        conn.execute("COMMIT")
        return SavedSale(purchase_id, customer_id)
    finally:
        rollback(conn)
        conn.close()


def delete_sale(db: Database, purchase_id: int) -> None:
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN IMMEDIATE")
        _require_hand(conn, purchase_id)
        conn.execute("DELETE FROM purchases WHERE id = ?", (purchase_id,))
        _mark_figures_stale(conn)
        conn.execute("COMMIT")
    finally:
        rollback(conn)
        conn.close()


def get_sale(db: Database, purchase_id: int) -> HandSale:
    """A hand sale as the dialog edits it."""
    conn = db.raw_connection()
    try:
        row = conn.execute(
            "SELECT customer_id, purchased_on, amount_minor, product, note, origin"
            " FROM purchases WHERE id = ?", (purchase_id,)).fetchone()
    finally:
        conn.close()
    if row is None:
        raise UserFacingError(ERR_GONE)
    if row[5] != HAND:
        raise UserFacingError(ERR_NOT_HAND)
    return HandSale(int(row[0]), dt.date.fromisoformat(row[1]), int(row[2]), row[3] or "",
                    row[4] or "")


def known_products(db: Database, limit: int = 5000) -> list[str]:
    """Product names already sold, the most sold first, for the dialog's completer."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT product FROM purchases WHERE product IS NOT NULL AND product != ''"
            " GROUP BY product ORDER BY COUNT(*) DESC, product LIMIT ?", (limit,)).fetchall()
    finally:
        conn.close()
    return [str(product) for (product,) in rows]


def _check(sale: HandSale, today: dt.date) -> None:
    if sale.day > today:
        raise UserFacingError(ERR_FUTURE)
    if abs(sale.amount_minor) > MAX_AMOUNT_MINOR:
        raise UserFacingError(ERR_AMOUNT_BIG)
    if sale.customer_id is None and sale.new_customer is None:
        raise UserFacingError(ERR_NO_CUSTOMER)


def _customer(conn: sqlite3.Connection, sale: HandSale, region: str) -> int:
    new = sale.new_customer
    if new is None:
        assert sale.customer_id is not None
        if conn.execute("SELECT 1 FROM customers WHERE id = ?",
                        (sale.customer_id,)).fetchone() is None:
            raise UserFacingError(ERR_CUSTOMER_GONE)
        return sale.customer_id
    details = CustomerDetails(display_name=new.name, phone_raw=new.phone, email=new.email)
    problems = validate_details(details, region)
    if problems:
        raise UserFacingError(problems[0])
    cur = conn.execute(
        "INSERT INTO customers (display_name, phone_raw, phone_e164, email) VALUES (?,?,?,?)"
        " RETURNING id",
        (new.name.strip(), _text(new.phone), normalize_phone(new.phone, region),
         normalize_email(new.email)))
    return int(cur.fetchone()[0])


def _require_hand(conn: sqlite3.Connection, purchase_id: int) -> None:
    row = conn.execute("SELECT origin FROM purchases WHERE id = ?", (purchase_id,)).fetchone()
    if row is None:
        raise UserFacingError(ERR_GONE)
    if row[0] != HAND:
        raise UserFacingError(ERR_NOT_HAND)


def _mark_figures_stale(conn: sqlite3.Connection) -> None:
    restock_cache.forget(conn)  # an edited line leaves the purchases stamp as it was
    conn.execute("INSERT INTO settings (key, value_json) VALUES (?, '[-1, -1]') ON CONFLICT (key)"
                 " DO UPDATE SET value_json = excluded.value_json", (FIGURES_STAMP_KEY,))


def _text(value: str) -> str | None:
    return value.strip() or None


def hand_sale_ids(db: Database, customer_id: int) -> set[int]:
    """Which of a customer's purchase lines were recorded by hand (the card lets only those be
    changed)."""
    conn = db.raw_connection()
    try:
        return {int(i) for (i,) in conn.execute(
            "SELECT id FROM purchases WHERE customer_id = ? AND origin = ?", (customer_id, HAND))}
    finally:
        conn.close()
