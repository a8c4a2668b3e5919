"""A merged card's referral code keeps finding the customer it was merged into (the referrer
picker and an imported referral-code column), is never handed to someone new, and goes back to
its own card when the merge is undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.database import Database
from app.services.duplicates import actions
from app.services.importing import service as import_service
from app.services.referrals.codes import code_of, code_owners, ensure_codes
from app.services.referrals.picker import load_referrer_index
from app.services.settings import Settings
from tests.services.referrals.helpers import add_customer, add_line

AS_OF = dt.date(2026, 3, 31)
NOW = dt.datetime(2026, 3, 31, 12, 0)


def _picked(db: Database, typed: str) -> tuple[int, str, bool]:
    first = load_referrer_index(db).search(typed)[0]
    return first.hit.id, first.code, first.by_code


def _import_friend(db: Database, tmp_path: Path, friend: str, typed: str) -> int | None:
    sales = tmp_path / f"{friend}.csv"
    sales.write_text("Date,Customer,Amount,Referral code\n"
                     f"2026-03-02,{friend},12.50,{typed}\n", encoding="utf-8")
    settings = Settings(db)
    prepared = import_service.prepare(db, sales, settings=settings, as_of=AS_OF)
    import_service.commit(db, prepared.plan, settings=settings, as_of=AS_OF)
    conn = db.raw_connection()
    try:
        row = conn.execute("SELECT referred_by_id FROM customers WHERE display_name = ?",
                           (friend,)).fetchone()
    finally:
        conn.close()
    return row[0]


def _card(db: Database, customer_id: int) -> tuple[object, ...]:
    conn = db.raw_connection()
    try:
        return tuple(conn.execute("SELECT * FROM customers WHERE id = ?",
                                  (customer_id,)).fetchone())
    finally:
        conn.close()


def test_merge_keeps_the_code_and_undo_gives_it_back(db: Database, tmp_path: Path) -> None:
    anna = add_customer(db, "Anna Smith", phone="+447700900001")
    boris = add_customer(db, "Boris Brown", phone="+447700900002")
    # Not the newest card: SQLite would give the newest id to the next customer, and a merge
    # whose other card's id is taken cannot be undone.
    add_customer(db, "Zoe Black", phone="+447700900003")
    add_line(db, anna, dt.date(2026, 1, 5), 1_000)
    add_line(db, boris, dt.date(2026, 1, 9), 2_000)
    anna_code, boris_code = code_of(db, anna), code_of(db, boris)
    boris_before = _card(db, boris)
    assert _picked(db, boris_code.lower()) == (boris, boris_code, True)

    merge_id = actions.merge(db, anna, boris, as_of=AS_OF)
    # Typed in the picker (any case, spaces): Anna, shown with her own code.
    assert _picked(db, f" {boris_code[:2].lower()} {boris_code[2:]}") == (anna, anna_code, True)
    assert _picked(db, anna_code) == (anna, anna_code, True)
    # A referral-code column of an import names Anna too.
    assert _import_friend(db, tmp_path, "Vera Green", boris_code.lower()) == anna
    # A new Boris gets a code of his own, never the merged card's.
    another = add_customer(db, "Boris White")
    ensure_codes(db)
    assert code_of(db, another) not in (boris_code, anna_code)
    assert code_owners_of(db, boris_code) == anna

    actions.unmerge(db, merge_id, as_of=AS_OF, now=NOW)
    assert _card(db, boris) == boris_before  # his code too, exactly as it was
    assert _picked(db, boris_code) == (boris, boris_code, True)
    assert _import_friend(db, tmp_path, "Olga Stone", boris_code) == boris
    assert code_owners_of(db, boris_code) == boris


def code_owners_of(db: Database, code: str) -> int | None:
    conn = db.raw_connection()
    try:
        return code_owners(conn).get(code)
    finally:
        conn.close()
