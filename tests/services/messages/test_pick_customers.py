"""Choosing a customer to preview a script with (the Messages page): any letter case, Cyrillic
included, matches the name or e-mail, digits match the phone, and the latest buyers come first,
on both engines (the team's server has no SQLite functions)."""

from __future__ import annotations

from app.services.messages.context import pick_customers
from app.services.segments.recompute import recompute
from tests.conftest import TODAY


def _shop(db) -> dict[str, int]:
    conn = db.raw_connection()
    try:
        with conn:
            for cid, name, phone, email, day in (
                    (1, "Анна Ёлкина", "+79001112233", "Anna.Yolkina@Mail.ru", "2026-10-01"),
                    (2, "Boris Smith", "+447700900123", None, "2026-11-20"),
                    (3, "Вера Павлова", None, "vera@example.com", None)):
                conn.execute("INSERT INTO customers (id, display_name, phone_e164, email)"
                             " VALUES (?, ?, ?, ?)", (cid, name, phone, email))
                if day:
                    conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                                 " VALUES (?, ?, 1000)", (cid, day))
    finally:
        conn.close()
    recompute(db, TODAY)
    return {"anna": 1, "boris": 2, "vera": 3}


def test_names_emails_and_phones_match_in_any_case(db) -> None:
    ids = _shop(db)
    assert [cid for cid, _ in pick_customers(db, "АННА")] == [ids["anna"]]
    assert [cid for cid, _ in pick_customers(db, "ёлк")] == [ids["anna"]]
    assert [cid for cid, _ in pick_customers(db, "MAIL.RU")] == [ids["anna"]]
    assert [cid for cid, _ in pick_customers(db, "7700")] == [ids["boris"]]
    assert pick_customers(db, "nobody") == []


def test_no_text_lists_the_latest_buyers_first(db) -> None:
    ids = _shop(db)
    assert [cid for cid, _ in pick_customers(db)] == [ids["boris"], ids["anna"], ids["vera"]]
    assert pick_customers(db, "", limit=1) == [(ids["boris"], "Boris Smith")]
