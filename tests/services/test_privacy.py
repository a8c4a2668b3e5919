from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from app.models import Base
from app.services import privacy
from app.services.errors import UserFacingError
from app.services.messages.contacts import NewContact, log_contact

PHONE = "+79161234567"
EMAIL = "secret.person@example.org"
MESSAGE = "Здравствуйте, Секретина! Ваш личный промокод ТАЙНА-42"


def _person(db) -> tuple[int, int]:
    """A customer with everything about them, and a friend they referred."""
    conn = db.raw_connection()
    try:
        with conn:
            cid = conn.execute(
                "INSERT INTO customers (display_name, phone_raw, phone_e164, email, notes)"
                " VALUES ('Секретина Тайнова', '8 916 123-45-67', ?, ?, 'любит пуэр') RETURNING id",
                (PHONE, EMAIL)).fetchone()[0]
            friend = conn.execute(
                "INSERT INTO customers (display_name, referred_by_id) VALUES ('Друг', ?)"
                " RETURNING id",
                (cid,)).fetchone()[0]
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, product)"
                " VALUES (?, ?, ?, ?)",
                [(cid, "2026-05-01", 89000, "Кения АА"), (cid, "2026-09-01", 54000, "Сенча"),
                 (friend, "2026-09-02", 1000, "Шоколад")])
            task = conn.execute(
                "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, reason_params)"
                " VALUES (?, 'winback', 'k1', '2026-11-27', '{\"days\": 90}') RETURNING id",
                (cid,)).fetchone()[0]
            conn.execute(
                "INSERT INTO customer_stats (customer_id, orders_count, total_spent_minor)"
                " VALUES (?, 2, 143000)", (cid,))
            conn.execute(
                "INSERT INTO segment_snapshots (taken_on, customer_id, segment)"
                " VALUES ('2026-11-01', ?, 'at_risk')", (cid,))
    finally:
        conn.close()
    log_contact(db, NewContact(cid, "email", "sent", text=MESSAGE, task_id=task),
                dt.datetime(2026, 11, 20, 10))
    return cid, friend


def test_every_reference_to_customers_cascades_or_is_cleared(db):
    """A later table with a plain foreign key to customers would keep deleted people's data."""
    conn = db.raw_connection()
    try:
        refs = privacy.references_to_customers(conn)
    finally:
        conn.close()
    assert {"purchases", "contacts", "tasks", "customer_stats", "segment_snapshots"} <= {
        r.table for r in refs}
    for ref in refs:
        expected = "SET NULL" if (ref.table, ref.column) == ("customers", "referred_by_id") else (
            "CASCADE")
        assert ref.on_delete == expected, ref


def _every_value(conn) -> str:
    """Every value stored in every table, as one text (a dump that reads the same on both
    engines)."""
    return "\n".join(repr(row) for table in Base.metadata.sorted_tables
                     for row in conn.execute(f"SELECT * FROM {table.name}").fetchall())


def test_delete_customer_removes_everything_about_them(db):
    cid, friend = _person(db)
    conn = db.raw_connection()
    try:
        assert EMAIL in _every_value(conn)
    finally:
        conn.close()
    report = privacy.delete_customer(db, cid)
    assert report.rows_deleted == {"customers": 1, "purchases": 2, "contacts": 1, "tasks": 1,
                                   "customer_stats": 1, "segment_snapshots": 1}
    assert report.references_cleared == {"customers": 1}

    conn = db.raw_connection()
    try:
        dump = _every_value(conn)
        assert conn.execute("SELECT referred_by_id FROM customers WHERE id = ?",
                            (friend,)).fetchone() == (None,)
        assert conn.execute("SELECT COUNT(*) FROM purchases").fetchone() == (1,)
    finally:
        conn.close()
    for secret in (PHONE, EMAIL, "Секретина", "ТАЙНА-42", "любит пуэр"):
        assert secret not in dump

    with pytest.raises(UserFacingError):
        privacy.delete_customer(db, cid)


@pytest.mark.sqlite_only
def test_deleted_data_leaves_no_trace_in_the_sqlite_file(db):
    cid, _friend = _person(db)
    conn = db.raw_connection()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # their data is in the main file now
    conn.close()
    assert EMAIL.encode() in db.path.read_bytes()
    privacy.delete_customer(db, cid)
    conn = db.raw_connection()
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert EMAIL not in dump
    # secure_delete: the freed pages in the file itself hold no trace either.
    wal = db.path.with_name(db.path.name + "-wal")
    raw = db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert EMAIL.encode() not in raw
    assert "ТАЙНА-42".encode() not in raw


def test_export_json_holds_all_their_data_and_nobody_elses(db, tmp_path):
    cid, _friend = _person(db)
    target = privacy.export_customer_json(db, cid, tmp_path / "c.json", dt.datetime(2026, 11, 27))
    data = json.loads(target.read_text("utf-8"))
    assert data["customer"]["email"] == EMAIL
    assert data["customer"]["phone_e164"] == PHONE
    assert [p["amount_minor"] for p in data["purchases"]] == [89000, 54000]
    assert data["contacts"][0]["text"] == MESSAGE
    assert data["tasks"][0]["rule"] == "winback"
    assert data["customer_stats"][0]["total_spent_minor"] == 143000
    assert data["segment_snapshots"][0]["segment"] == "at_risk"
    assert data["exported_at"] == "2026-11-27T00:00:00"
    assert "Шоколад" not in target.read_text("utf-8")  # the friend's purchase


def test_export_csv_has_a_block_per_table(db, tmp_path):
    cid, _friend = _person(db)
    target = privacy.export_customer_csv(db, cid, tmp_path / "c.csv", currency="RUB",
                                         locale="ru")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    titles = [rows[i + 1][0] for i, r in enumerate(rows[:-1]) if not r] + [rows[0][0]]
    assert set(titles) >= {"Customer", "Purchases", "Messages and contacts", "Reminders",
                           "Summary", "Segment history"}
    assert ["E-mail", EMAIL] in rows
    flat = raw.decode("utf-8-sig")
    assert MESSAGE in flat and "Кения АА" in flat and "Шоколад" not in flat


def test_export_of_a_missing_customer_is_a_user_facing_error(db, tmp_path):
    with pytest.raises(UserFacingError):
        privacy.export_customer_json(db, 999, tmp_path / "x.json", dt.datetime(2026, 1, 1))


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def test_export_csv_shows_formulas_as_text(db, tmp_path):
    """Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula: every such text
    cell of the one-customer export gets a leading apostrophe; the E.164 phone stays a phone."""
    cid, _friend = _person(db)
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("UPDATE customers SET display_name = ?, notes = ?, phone_raw = ?,"
                         " first_name = ? WHERE id = ?", (*FORMULAS[:4], cid))
            conn.execute("UPDATE purchases SET product = ?, category = ? WHERE customer_id = ?",
                         (FORMULAS[4], FORMULAS[5], cid))
            conn.execute("UPDATE contacts SET text = ? WHERE customer_id = ?", (FORMULAS[0], cid))
    finally:
        conn.close()
    target = privacy.export_customer_csv(db, cid, tmp_path / "c.csv", currency="RUB",
                                         locale="ru")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and c != PHONE]
    assert dangerous == []
    for formula in FORMULAS:
        assert "'" + formula in cells
    assert PHONE in cells


def test_a_merged_card_is_their_data_exported_readably_and_deleted_with_them(db, tmp_path):
    from app.services.duplicates import actions
    from app.services.predictions import store

    cid, _friend = _person(db)
    conn = db.raw_connection()
    with conn:
        twin = conn.execute("INSERT INTO customers (display_name, email) VALUES"
                            " ('Sekretina Tainova', 'old.secret@example.org') RETURNING id"
                            ).fetchone()[0]
    conn.close()
    actions.merge(db, cid, twin, as_of=dt.date(2026, 11, 27))
    store.refresh(db, dt.date(2026, 11, 27), force=True)
    target = privacy.export_customer_csv(db, cid, tmp_path / "c.csv", currency="RUB",
                                         locale="en")
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    titles = [rows[i + 1][0] for i, r in enumerate(rows[:-1]) if not r]
    assert {"Cards merged", "Also known as (from merged cards)", "Predictions"} <= set(titles)
    assert ["E-mail", "old.secret@example.org"] in rows
    assert not any(cell.isdigit() and len(cell) == 5 for row in rows for cell in row)  # day nos.

    report = privacy.delete_customer(db, cid)
    assert report.rows_deleted["customer_merges"] == 1
    conn = db.raw_connection()
    try:
        left = conn.execute("SELECT COUNT(*) FROM customer_merges").fetchone()[0]
    finally:
        conn.close()
    assert left == 0  # the merge record held a copy of the twin card
