"""The one-customer export a person reads: money with the currency, dates, names, no keys."""

from __future__ import annotations

import csv
import datetime as dt

from app.services import privacy
from app.services.messages.contacts import NewContact, log_contact
from app.services.messages.library import ensure_builtin_templates
from app.services.privacy_report import Wording


def _spaces(text: str) -> str:
    """Babel separates with no-break spaces (U+00A0, U+202F) so a number never wraps."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _tutor_student(db) -> int:
    """A UK tutor's student: two instalments of a course, a reminder, a logged message."""
    ensure_builtin_templates(db)
    conn = db.raw_connection()
    try:
        with conn:
            batch = conn.execute(
                "INSERT INTO import_batches (file_name, file_hash, created_at, purchases_added,"
                " customers_created) VALUES ('payments.csv', 'ab12', '2026-04-02 10:00:00', 2, 1)"
                " RETURNING id").fetchone()[0]
            cid = conn.execute(
                "INSERT INTO customers (display_name, first_name, phone_raw, phone_e164, email,"
                " birthday_month, birthday_day, created_by_batch_id, created_at)"
                " VALUES ('Emily Clarke', 'Emily', '07911 123456', '+447911123456',"
                " 'emily@example.co.uk', 2, 29, ?, '2026-04-02 10:00:00') RETURNING id",
                (batch,)).fetchone()[0]
            conn.executemany(
                "INSERT INTO purchases (customer_id, purchased_on, amount_minor, product,"
                " order_id, batch_id, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(cid, "2026-04-03", 12050, "GCSE Maths course", "INV-7", batch, 987654321),
                 (cid, "2026-05-03", 12050, "GCSE Maths course", "INV-7", batch, 123456789)])
            conn.execute(
                "INSERT INTO customer_stats (customer_id, orders_count, total_spent_minor,"
                " first_order_on, last_order_on, segment, computed_as_of)"
                " VALUES (?, 1, 24100, '2026-04-03', '2026-05-03', 'at_risk', '2026-11-27')",
                (cid,))
            task = conn.execute(
                "INSERT INTO tasks (customer_id, rule, occasion_key, due_on, reason_params,"
                " template_key) VALUES (?, 'not_bought', 'lapse:2026-05-03', '2026-07-02',"
                " '{\"days\": 60}', 'soft_reminder') RETURNING id", (cid,)).fetchone()[0]
    finally:
        conn.close()
    log_contact(db, NewContact(cid, "email", "sent", text="Hello Emily", task_id=task,
                               rule="not_bought"), dt.datetime(2026, 7, 2, 9, 30))
    return cid


def _export(db, tmp_path, cid, **kwargs) -> tuple[list[list[str]], str]:
    target = privacy.export_customer_csv(db, cid, tmp_path / "c.csv", **kwargs)
    text = target.read_text("utf-8-sig")
    return list(csv.reader(text.splitlines())), text


def _block(rows: list[list[str]], title: str) -> list[dict[str, str]]:
    start = rows.index([title])
    header = rows[start + 1]
    out = []
    for row in rows[start + 2:]:
        if not row:
            break
        out.append(dict(zip(header, row, strict=True)))
    return out


def test_a_uk_students_export_reads_like_a_statement(db, tmp_path) -> None:
    cid = _tutor_student(db)
    rows, text = _export(db, tmp_path, cid, currency="GBP", locale="en_GB")
    # 12050 pence each; two instalments make £241 (whole amounts without pence, as the app
    # writes money everywhere: services.money).
    assert [(p["Date"], p["Amount"]) for p in _block(rows, "Purchases")] == [
        ("3 April 2026", "£120.50"), ("3 May 2026", "£120.50")]
    [summary] = _block(rows, "Summary")
    assert summary["Total spent"] == "£241" and summary["Last order"] == "3 May 2026"
    assert summary["Segment"] == "at_risk"  # the default wording keeps the key; the UI names it
    [task] = _block(rows, "Reminders")
    assert task["Due"] == "2 July 2026" and task["Status"] == "On the list"
    assert task["Script"] == "Soft reminder"  # the script's name, not "soft_reminder"
    [contact] = _block(rows, "Messages and contacts")
    assert contact["When"] == "2 July 2026 09:30" and contact["Text"] == "Hello Emily"
    details = dict(r for r in _block_pairs(rows))
    assert details["Birthday"] == "29 February"
    assert details["Phone"] == "+447911123456" and details["Do not contact"] == "No"
    # No internal keys anywhere: row ids, the import batch, duplicate checks, script keys.
    for internal in ("987654321", "123456789", "lapse:", "soft_reminder", "payments.csv",
                     "customer_id", "batch_id", "dedup_key", "_minor", "reason_params"):
        assert internal not in text, internal


def _block_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    return [(r["Detail"], r["Value"]) for r in _block(rows, "Customer")]


def test_roubles_and_the_ui_wording(db, tmp_path) -> None:
    cid = _tutor_student(db)
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE purchases SET amount_minor = 120050")
    conn.close()
    words = Wording(text=lambda t: {"Purchases": "Покупки", "Amount": "Сумма",
                                    "Date": "Дата"}.get(t, t),
                    segment=lambda key: {"at_risk": "В зоне риска"}[key])
    rows, _text = _export(db, tmp_path, cid, currency="RUB", locale="ru", words=words)
    amounts = [_spaces(p["Сумма"]) for p in _block(rows, "Покупки")]
    assert amounts == ["1 200,50 ₽", "1 200,50 ₽"]  # 120050 kopecks
    assert _spaces(_block(rows, "Покупки")[0]["Дата"]) == "3 апреля 2026 г."
    assert _block(rows, "Summary")[0]["Segment"] == "В зоне риска"
