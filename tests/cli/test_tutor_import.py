"""A UK tutor's students and payments (Google Sheets CSVs) imported through the command line, with
the phone region found from an en_GB locale. Expected figures are computed here from the sheets'
definition (tests/services/importing/tutor_sheets.py), student by student."""

import re
import sqlite3

import pytest

from app.cli import main
from app.services.regions import suggested_region
from tests.services.importing import tutor_sheets as sheets


def query(db_path, sql, *params):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def uk_e164(raw: str) -> str:
    """By hand: the digits without the trunk 0 or the 44/0044 country prefix, after +44."""
    digits = re.sub(r"\D", "", raw)
    for prefix in ("0044", "44", "0"):
        if digits.startswith(prefix):
            digits = digits[len(prefix):]
            break
    return "+44" + digits


@pytest.fixture
def tutor_db(tmp_path, capsys):
    db = str(tmp_path / "tutor.sqlite3")
    region = suggested_region("en_GB")
    assert region == "GB"
    assert main(["--db", db, "settings", "set", "phone_region", region]) == 0
    assert main(["--db", db, "settings", "set", "instalment_days", "14"]) == 0
    students, payments = sheets.write_students(tmp_path), sheets.write_payments(tmp_path)
    capsys.readouterr()
    assert main(["--db", db, "import", str(students), "--yes"]) == 0
    students_out = capsys.readouterr().out
    assert main(["--db", db, "import", str(payments), "--yes"]) == 0
    payments_out = capsys.readouterr().out
    return db, students, payments, students_out, payments_out


def customer(db, i):
    rows = query(db, "SELECT id, phone_raw, phone_e164, notes, tags, referred_by_id,"
                     " birthday_day, birthday_month, birthday_year FROM customers"
                     " WHERE display_name = ?", sheets.name(i))
    assert len(rows) == 1, sheets.name(i)
    return rows[0]


def test_phones_are_uk_numbers_or_kept_as_typed(tutor_db):
    db = tutor_db[0]
    assert query(db, "SELECT COUNT(*) FROM customers")[0][0] == sheets.STUDENTS
    for i in range(sheets.STUDENTS):
        _id, raw, e164, *_ = customer(db, i)
        assert raw == sheets.phone(i)
        if i in sheets.INVALID_PHONES:
            assert e164 is None
        else:
            assert e164 == uk_e164(sheets.phone(i))
    others = query(db, "SELECT COUNT(*) FROM customers WHERE phone_e164 NOT LIKE '+44%'")
    assert others[0][0] == 0


def test_totals_orders_and_day_first_dates(tutor_db):
    db, *_, payments_out = tutor_db
    assert "Purchases to add:             129" in payments_out
    # 120 packages; Zoë's halves are one order, José's refund is none, Oliver's two courses 30
    # days apart are two, Isla's three thirds within 14 days are one: 120 + 1 + 1 + 2 + 1.
    assert "Orders to add:                125" in payments_out
    assert "5  payments joined into 2 instalment orders" in payments_out
    stats = {i: query(db, "SELECT s.orders_count, s.total_spent_minor, s.first_order_on,"
                          " s.last_order_on FROM customer_stats s JOIN customers c"
                          " ON c.id = s.customer_id WHERE c.display_name = ?",
                      sheets.name(i))[0] for i in range(5)}
    assert stats[0] == (2, 20000 + 12000 + 12000, "2025-01-01", "2025-04-03")  # not 3 orders
    assert stats[1] == (2, 21000 + 35000 - 3500, "2025-01-02", "2025-03-05")
    assert stats[2][:2] == (1, 22000)  # "Amelia P." in the payments, matched by e-mail
    assert stats[3] == (3, 23000 + 2 * 105000, "2025-01-04", "2025-03-26")
    assert stats[4] == (2, 24000 + 10000, "2025-01-05", "2025-05-01")
    expected_total = sum(p for i in range(sheets.STUDENTS) for _d, _n, p in sheets.payments(i))
    assert query(db, "SELECT SUM(amount_minor) FROM purchases")[0][0] == expected_total
    # 03/04/2025 is 3 April, not 4 March.
    assert query(db, "SELECT purchased_on, amount_minor FROM purchases WHERE product = ?"
                     " ORDER BY purchased_on", sheets.COURSE)[:2] == [
        ("2025-04-03", 12000), ("2025-04-13", 12000)]
    joined = query(db, "SELECT COUNT(DISTINCT order_id) FROM purchases p JOIN customers c"
                       " ON c.id = p.customer_id WHERE c.display_name = ? AND product = ?",
                   sheets.name(0), sheets.COURSE)
    assert joined[0][0] == 1


def test_notes_tags_referrers_and_birthdays(tutor_db):
    db, _s, _p, students_out, _ = tutor_db
    assert "Referrers linked:              13" in students_out
    assert "Mrs Patel's neighbour" in students_out  # the unknown referrer is a warning
    for i in range(sheets.STUDENTS):
        _id, _raw, _e, notes, tags, referrer, day, month, year = customer(db, i)
        expected_notes = [sheets.notes(i)] if sheets.notes(i) else []
        if i == sheets.UNKNOWN_REFERRER[0]:
            expected_notes.append(f"Referred by: {sheets.UNKNOWN_REFERRER[1]}")
        assert notes == "\n".join(expected_notes)
        assert tags == sheets.tags(i)
        expected_referrer = {9: i - 1}.get(i % 10, 2 if i == 40 else None)
        assert referrer == (None if expected_referrer is None
                            else customer(db, expected_referrer)[0])
        kind = i % 3  # day and month / full date / none
        assert (day, month) == ((i % 28 + 1, i % 12 + 1) if kind < 2 else (None, None))
        assert year == (2010 if kind == 1 else None)


def test_importing_both_again_adds_nothing_and_undo_removes_the_students(tutor_db, capsys):
    db, students, payments, *_ = tutor_db
    notes_before = query(db, "SELECT id, notes, tags FROM customers ORDER BY id")
    assert main(["--db", db, "import", str(payments), "--yes"]) == 1
    assert main(["--db", db, "import", str(students), "--yes"]) == 1
    assert "Nothing to import" in capsys.readouterr().out
    assert query(db, "SELECT id, notes, tags FROM customers ORDER BY id") == notes_before
    assert query(db, "SELECT COUNT(*) FROM purchases")[0][0] == 129
    assert main(["--db", db, "undo-import", "2", "--yes"]) == 0
    assert main(["--db", db, "undo-import", "1", "--yes"]) == 0
    assert "removed 0 purchases and 120 customers" in capsys.readouterr().out
    assert query(db, "SELECT COUNT(*) FROM customers")[0][0] == 0
