"""Hand-recorded sales: stored like imported lines, never confused with them, and followed by the
figures and Today."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import TaskStatus
from app.services import importing
from app.services.day import figures_are_stale, refresh_day
from app.services.errors import UserFacingError
from app.services.importing.line_keys import existing_keys
from app.services.sales import records
from app.services.sales.records import HandSale, NewCustomer
from tests.conftest import TODAY
from tests.services.importing import samples
from tests.services.reminders.data import add_customer, add_order

NOW = dt.datetime.combine(TODAY, dt.time(9))
SALES = ("Дата;Клиент;Телефон;Сумма\n"
         "01.11.2026;Анна Ким;+7 913 111-22-33;500\n"
         "02.11.2026;Борис Орлов;+7 913 111-22-44;700\n")


def _rows(db, sql: str, *params):
    conn = db.raw_connection()
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _open_rules(db, customer_id: int) -> list[str]:
    return [r for (r,) in _rows(db, "SELECT rule FROM tasks WHERE customer_id = ? AND status = ?",
                                customer_id, TaskStatus.OPEN.value)]


def _stats(db, customer_id: int) -> tuple[int, int, str]:
    return _rows(db, "SELECT orders_count, total_spent_minor, last_order_on FROM customer_stats"
                     " WHERE customer_id = ?", customer_id)[0]


@pytest.mark.parametrize(("text", "minor"), [
    ("1 200,50", 120050), ("1200.50", 120050), ("1,200.50", 120050), ("1\u00a0200,50", 120050),
    ("350", 35000), ("0", 0), ("12,5", 1250)])
def test_amounts_are_read_like_the_importer_reads_them(text: str, minor: int) -> None:
    assert records.parse_amount(text) == minor


@pytest.mark.parametrize("text", ["", "  ", "abc", "12-5", "1.2.3,4,5", "1e400"])
def test_a_bad_amount_is_a_sentence(text: str) -> None:
    with pytest.raises(UserFacingError):
        records.parse_amount(text)


def test_add_edit_delete_and_the_figures_follow(db, settings) -> None:
    anna = add_customer(db, "Анна")
    add_order(db, anna, TODAY - dt.timedelta(days=40), 100_000)
    refresh_day(db, settings, TODAY, NOW)
    assert _stats(db, anna) == (1, 100_000, (TODAY - dt.timedelta(days=40)).isoformat())

    saved = records.add_sale(db, HandSale(anna, TODAY - dt.timedelta(days=2), 120_050, "Кофе",
                                          "в чате"), today=TODAY, region="RU")
    assert figures_are_stale(db, TODAY)  # the write says so itself, before any recompute
    refresh_day(db, settings, TODAY, NOW, recompute_figures=True)
    assert _stats(db, anna) == (2, 220_050, (TODAY - dt.timedelta(days=2)).isoformat())
    row = _rows(db, "SELECT batch_id, origin, note, product, dedup_key"
                    " FROM purchases WHERE id = ?", saved.purchase_id)[0]
    assert row == (None, "hand", "в чате", "Кофе", None)  # no line key: never a file's line

    records.edit_sale(db, saved.purchase_id, HandSale(anna, TODAY, 50_000, "Чай"),
                      today=TODAY, region="RU")
    # An edit changes neither the highest id nor the count: the stale mark must still be seen.
    assert figures_are_stale(db, TODAY)
    refresh_day(db, settings, TODAY, NOW, recompute_figures=True)
    assert _stats(db, anna) == (2, 150_000, TODAY.isoformat())
    assert records.get_sale(db, saved.purchase_id) == HandSale(anna, TODAY, 50_000, "Чай", "")

    records.delete_sale(db, saved.purchase_id)
    refresh_day(db, settings, TODAY, NOW, recompute_figures=True)
    assert _stats(db, anna) == (1, 100_000, (TODAY - dt.timedelta(days=40)).isoformat())
    with pytest.raises(UserFacingError, match="no longer exists"):
        records.delete_sale(db, saved.purchase_id)


def test_a_new_customer_and_her_sale_are_one_write(db) -> None:
    saved = records.add_sale(db, HandSale(None, TODAY, 90_000, new_customer=NewCustomer(
        "Вера Лис", phone="8 913 111-22-55")), today=TODAY, region="RU")
    assert _rows(db, "SELECT display_name, phone_e164 FROM customers WHERE id = ?",
                 saved.customer_id) == [("Вера Лис", "+79131112255")]
    # A bad phone refuses the whole sale: no customer without her sale, no sale without her.
    with pytest.raises(UserFacingError, match="phone"):
        records.add_sale(db, HandSale(None, TODAY, 90_000, new_customer=NewCustomer(
            "Глеб", phone="12")), today=TODAY, region="RU")
    assert _rows(db, "SELECT COUNT(*) FROM customers") == [(1,)]
    assert _rows(db, "SELECT COUNT(*) FROM purchases") == [(1,)]


def test_refused_sales(db) -> None:
    anna = add_customer(db, "Анна")
    with pytest.raises(UserFacingError, match="future"):
        records.add_sale(db, HandSale(anna, TODAY + dt.timedelta(days=1), 100),
                         today=TODAY, region="RU")
    with pytest.raises(UserFacingError, match="Choose a customer"):
        records.add_sale(db, HandSale(None, TODAY, 100), today=TODAY, region="RU")
    with pytest.raises(UserFacingError, match="no longer exists"):
        records.add_sale(db, HandSale(anna + 99, TODAY, 100), today=TODAY, region="RU")
    add_order(db, anna, TODAY, 100)  # an imported line
    (imported,) = _rows(db, "SELECT id FROM purchases")[0]
    with pytest.raises(UserFacingError, match="imported line"):
        records.edit_sale(db, imported, HandSale(anna, TODAY, 5), today=TODAY, region="RU")
    with pytest.raises(UserFacingError, match="imported line"):
        records.delete_sale(db, imported)
    assert _rows(db, "SELECT amount_minor FROM purchases") == [(100,)]


def test_hand_sales_never_meet_an_import(db, settings, tmp_path) -> None:
    """Keys unique and apart from every file's; re-importing and undoing leave hand sales."""
    path = samples.write_text(tmp_path, "sales.csv", SALES)
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                     headers=prepared.raw.headers)
    (anna,) = _rows(db, "SELECT id FROM customers WHERE display_name = 'Анна Ким'")[0]
    # The same day and amount as her imported line: still a separate, hand line.
    for _ in range(3):
        records.add_sale(db, HandSale(anna, dt.date(2026, 11, 1), 50_000), today=TODAY,
                         region="RU")
    hand = _rows(db, "SELECT id, dedup_key FROM purchases WHERE origin = 'hand'")
    assert len({row_id for row_id, _ in hand}) == 3
    assert {key for _, key in hand} == {None}
    integer_keys, _ = existing_keys(db)
    assert len(integer_keys) == 2  # the importer sees only its own lines' keys

    again = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    assert (again.purchases_added, again.purchases_existing) == (0, 2)

    importing.undo_last(db, None, settings=settings, now=NOW, as_of=TODAY)
    assert _rows(db, "SELECT customer_id, amount_minor, origin FROM purchases") == [
        (anna, 50_000, "hand")] * 3
    # The customer made by the undone import stays: her hand sales still need her.
    assert _rows(db, "SELECT COUNT(*) FROM customers WHERE id = ?", anna) == [(1,)]
    assert _stats(db, anna) == (1, 150_000, "2026-11-01")


def test_today_follows_a_hand_sale_over_days(db, settings) -> None:
    """Walk the days: thank-you due on day 3 of a hand sale to a new customer; a lapsed
    customer's "not bought" reminder leaves when she buys again, and does not come back."""
    lapsed = add_customer(db, "Борис")
    add_order(db, lapsed, TODAY - dt.timedelta(days=100), 100_000)
    refresh_day(db, settings, TODAY, NOW)
    assert any(rule.startswith("not_bought") for rule in _open_rules(db, lapsed))

    records.add_sale(db, HandSale(lapsed, TODAY, 30_000), today=TODAY, region="RU")
    new = records.add_sale(db, HandSale(None, TODAY, 45_000, new_customer=NewCustomer(
        "Вера", phone="+7 913 111-22-55")), today=TODAY, region="RU").customer_id
    seen_thanks = []
    for offset in range(8):
        day = TODAY + dt.timedelta(days=offset)
        refresh_day(db, settings, day, dt.datetime.combine(day, dt.time(9)))
        assert not any(r.startswith("not_bought") for r in _open_rules(db, lapsed)), day
        if "sequence_day_3" in _open_rules(db, new):
            seen_thanks.append(offset)
    assert seen_thanks and seen_thanks[0] == 3
