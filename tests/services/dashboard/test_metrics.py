"""Dashboard figures on hand-made shops where the right answer is known."""

from __future__ import annotations

import datetime as dt

from app.models import Contact, Customer, Purchase
from app.services.dashboard.metrics import compute_dashboard
from app.services.database import Database

AS_OF = dt.date(2026, 11, 27)


def _shop(db: Database, purchases: dict[str, list[tuple[str, int]]]) -> dict[str, int]:
    ids = {}
    with db.transaction() as session:
        for name, lines in purchases.items():
            customer = Customer(display_name=name)
            session.add(customer)
            session.flush()
            ids[name] = customer.id
            for day, roubles in lines:
                session.add(Purchase(customer_id=customer.id,
                                     purchased_on=dt.date.fromisoformat(day),
                                     amount_minor=roubles * 100))
    return ids


def test_repeat_rate_clv_and_returning_revenue(db: Database) -> None:
    _shop(db, {
        "Анна": [("2026-01-10", 1000), ("2026-02-10", 2000), ("2026-03-12", 3000)],
        "Борис": [("2026-06-01", 500)],
        # Вера: one order of two lines, then a refund.
        "Вера": [("2026-09-01", 700), ("2026-09-01", 300), ("2026-09-20", -200)],
    })
    board = compute_dashboard(db, AS_OF)
    assert board.buyers == 3 and board.customers == 3
    assert board.repeat_buyers == 1
    assert board.repeat_rate == 1 / 3
    assert board.average_clv_minor == (6000 + 500 + 800) * 100 // 3
    assert board.revenue_12m_minor == (6000 + 500 + 1000) * 100
    assert board.returning_revenue_12m_minor == 5000 * 100
    assert board.median_days_between_orders == 30.5  # gaps of 31 and 30 days
    # Came back within 90 days: Анна yes, Борис no; Вера's first order is only 87 days old,
    # too recent to tell, so she is not counted either way.
    assert board.came_back_within_90d == 1 / 2


def _contacts(db: Database, ids: dict[str, int],
              rows: list[tuple[str, str, str | None, str]]) -> None:
    """(customer, day, rule, outcome) contacts, stored as the app stores them."""
    with db.transaction() as session:
        for name, day, rule, outcome in rows:
            session.add(Contact(customer_id=ids[name],
                                contacted_at=dt.datetime.fromisoformat(f"{day} 10:00"),
                                channel="whatsapp", outcome=outcome, rule=rule))


def test_conversion_counts_people_not_clicks(db: Database) -> None:
    ids = _shop(db, {
        "Анна": [("2026-10-05", 1000), ("2026-11-05", 800)],
        "Борис": [("2026-06-01", 500)],
        "Вера": [("2026-09-01", 700), ("2026-09-20", 300)],
        "Глеб": [("2025-11-05", 400)],
        "Дина": [("2026-03-01", 200)],
    })
    _contacts(db, ids, [
        # Анна: two birthday messages (two clicks) and bought on 11-05, within 14 days of both;
        # her not-bought message of 09-01 came 34 days before her next purchase (10-05): no.
        ("Анна", "2026-11-01", "birthday", "opened"),
        ("Анна", "2026-11-02", "birthday", "done"),
        ("Анна", "2026-09-01", "not_bought", "opened"),
        # Борис: written to twice, never bought again.
        ("Борис", "2026-11-03", "birthday", "opened"),
        ("Борис", "2026-09-01", "not_bought", "sent"),
        # Вера: bought 10 days after the message; the failed e-mail is not a message at all.
        ("Вера", "2026-09-10", "not_bought", "exported"),
        ("Вера", "2026-09-12", "not_bought", "failed"),
        # Глеб: brought back, but more than 12 months before 2026-11-27: outside the period.
        ("Глеб", "2025-11-01", "birthday", "opened"),
        # Дина: written to from her card (no reminder), twice; no purchase since.
        ("Дина", "2026-11-20", None, "opened"),
        ("Дина", "2026-11-21", None, "done"),
    ])
    from app.services.reminders.conversion import attribute_conversions

    attribute_conversions(db, 14)
    board = compute_dashboard(db, AS_OF)
    by_rule = {c.rule: (c.people, c.converted) for c in board.conversions}
    # birthday: Анна and Борис written to, Анна came back (clicks would say 3 and 2);
    # not bought: Анна, Борис, Вера written to, Вера came back; other messages: Дина, nobody.
    assert by_rule == {"birthday": (2, 1), "not_bought": (3, 1), "": (1, 0)}
    assert [c.rule for c in board.conversions] == ["not_bought", "birthday", ""]
    # Everyone once, whatever the rule: Анна, Борис, Вера, Дина; Анна and Вера came back.
    assert (board.converted.people, board.converted.converted) == (4, 2)
    assert board.converted.rate == 0.5


def test_empty_shop_has_no_figures(db: Database) -> None:
    board = compute_dashboard(db, AS_OF)
    assert board.buyers == 0
    assert board.repeat_rate is None
    assert board.returning_revenue_share is None


def test_free_orders_count_as_orders_but_not_in_the_average_order(db: Database) -> None:
    """tests/free_shop.py by hand, as of 27 Nov 2026."""
    from tests.free_shop import create_free_shop

    create_free_shop(db)
    board = compute_dashboard(db, AS_OF)
    # Buyers: everyone with an order, free ones included (Евгений has only a refund).
    assert (board.customers, board.buyers, board.repeat_buyers) == (6, 5, 2)  # Анна, Вера
    assert board.repeat_rate == 2 / 5
    # All lines, refunds subtracted: 3000 + 0 + 1500 + (2000 - 500 - 300) - 400 - 500 ₽ = 4800 ₽.
    assert board.average_clv_minor == 480_000 // 5
    # Paid orders: 1000, 2000 (Анна), 1500 (Вера), 2000 (G1's sale line) -> 6500 / 4 ₽.
    assert board.average_order_minor == 162_500
    # Gaps: Анна 20 days; Вера 30 (sample -> paid) and 55 (paid -> gift). Median 30.
    assert board.median_days_between_orders == 30.0
    # Old enough to tell (first order on or before 29 Aug): Вера (her sample on 29 Aug; back on
    # 28 Sep) and Григорий (never back).
    assert board.came_back_within_90d == 1 / 2
    # Revenue 12 months: 6500 ₽; returning: Анна's 2nd (2000) + Вера's 2nd, the paid one (1500).
    assert board.revenue_12m_minor == 650_000
    assert board.returning_revenue_12m_minor == 350_000


def test_a_shop_of_free_orders_only_has_no_average_order(db: Database) -> None:
    _shop(db, {"Анна": [("2026-11-01", 0)], "Борис": [("2026-11-02", 0), ("2026-11-20", 0)]})
    board = compute_dashboard(db, AS_OF)
    assert (board.buyers, board.repeat_buyers) == (2, 1)
    assert board.average_order_minor is None
    assert board.average_clv_minor == 0
    assert board.returning_revenue_share is None  # no revenue to divide
