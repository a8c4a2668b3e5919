"""Changing the phone region re-reads stored numbers from their written text, previewed first."""

from app.services.database import Database
from app.services.phone_recheck import apply_recheck, recheck_phones

ROWS = [  # name, written, stored (as a Russian-region import left them)
    ("Amy", "7700 900121", "+77700900121"),  # read as Kazakh
    ("Ben", "07911 123456", None),  # rejected
    ("Vera", "8 912 345 67 89", "+79123456789"),
    ("Dan", None, "+447911123456"),  # stored without its text
    ("Eve", "0044 7400 123456", "+700447400123456"),
    ("Fay", None, None),
]


def _shop(db: Database) -> None:
    conn = db.raw_connection()
    conn.executemany("INSERT INTO customers (display_name, phone_raw, phone_e164) VALUES (?, ?, ?)",
                     ROWS)
    conn.commit()
    conn.close()


def _phones(db: Database) -> list[tuple[str, str | None, str | None]]:
    conn = db.raw_connection()
    rows = conn.execute("SELECT display_name, phone_raw, phone_e164 FROM customers ORDER BY id")
    result = rows.fetchall()
    conn.close()
    return result


def test_the_preview_lists_what_would_change_and_writes_nothing(db: Database) -> None:
    _shop(db)
    preview = recheck_phones(db, "GB")
    assert preview.checked == 5
    assert [(c.name, c.before, c.after) for c in preview.changes] == [
        ("Amy", "+77700900121", None), ("Ben", None, "+447911123456"),
        ("Vera", "+79123456789", None), ("Eve", "+700447400123456", "+447400123456")]
    assert (preview.now_valid, preview.now_invalid, preview.changed, preview.shared) == (1, 2, 1, 1)
    assert _phones(db) == [tuple(row) for row in ROWS]


def test_applying_changes_only_numbers_still_as_previewed_and_keeps_the_text(
        db: Database) -> None:
    _shop(db)
    preview = recheck_phones(db, "GB")
    conn = db.raw_connection()
    conn.execute("UPDATE customers SET phone_e164 = '+79000000000' WHERE display_name = 'Vera'")
    conn.commit()
    conn.close()
    assert apply_recheck(db, preview) == 3
    assert _phones(db) == [
        ("Amy", "7700 900121", None), ("Ben", "07911 123456", "+447911123456"),
        ("Vera", "8 912 345 67 89", "+79000000000"), ("Dan", None, "+447911123456"),
        ("Eve", "0044 7400 123456", "+447400123456"), ("Fay", None, None)]
    assert [c.name for c in recheck_phones(db, "GB").changes] == ["Vera"]


def test_a_number_made_invalid_keeps_its_old_form_as_its_text(db: Database) -> None:
    conn = db.raw_connection()
    conn.execute("INSERT INTO customers (display_name, phone_e164) VALUES ('Zoe', '+77700900121')")
    conn.commit()
    conn.close()
    assert apply_recheck(db, recheck_phones(db, "RU")) == 1
    assert _phones(db) == [("Zoe", "+77700900121", None)]
