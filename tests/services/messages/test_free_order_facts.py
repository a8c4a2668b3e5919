"""What a message says about customers whose orders were free (tests/free_shop.py)."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.messages.context import load_facts
from app.services.segments.recompute import recompute
from tests.free_shop import DARIA, EVGENY, VERA, create_free_shop


def test_a_free_gift_is_the_last_purchase_and_a_refund_is_not(db: Database) -> None:
    create_free_shop(db)
    recompute(db, dt.date(2026, 11, 27))
    facts = load_facts(db, [VERA, DARIA, EVGENY])
    vera = facts[VERA]
    assert (vera.last_product, vera.last_purchase_on) == ("Подарок: шоколад", dt.date(2026, 11, 22))
    assert (vera.orders_count, vera.total_spent_minor, vera.segment) == (
        3, 150_000, "potential_loyalist")
    # Дарья's order D1: the free line is what she got; the refund line in it is not.
    daria = facts[DARIA]
    assert (daria.last_product, daria.orders_count, daria.total_spent_minor) == (
        "Подарок: пробник", 1, 0)
    evgeny = facts[EVGENY]
    assert (evgeny.last_product, evgeny.last_purchase_on, evgeny.orders_count) == ("", None, 0)
