"""A small shop whose dashboard figures are computed by hand in the tests that use it.

Today (as of) is 2026-06-30; F's purchase after it must be ignored. Amounts in roubles.

    A  10 Jan 1000, 5 Mar 500, 1 May 2000, 3 May a 300 refund     3 orders
    B  1 May 700 (first day of May), 31 May 300 (last day)        new in May, 2nd order in May
    C  15 May a free sample                                        new in May, a free order
    D  1 Dec 2025 400, 20 May 600                                  won back after 170 days
    E  20 Mar 800                                                  active in April, at risk in June
    F  2 Jul 5000                                                  after today: not seen
    G  10 May a 200 refund                                         refund only: never a customer
    H  31 May 100                                                  new on May's last day
    I  1 Oct 2025 300                                              lapsed
"""

from __future__ import annotations

import datetime as dt

from app.models import Customer, Purchase
from app.services.database import Database

AS_OF = dt.date(2026, 6, 30)

PURCHASES: dict[str, list[tuple[str, int]]] = {
    "A": [("2026-01-10", 1000), ("2026-03-05", 500), ("2026-05-01", 2000), ("2026-05-03", -300)],
    "B": [("2026-05-01", 700), ("2026-05-31", 300)],
    "C": [("2026-05-15", 0)],
    "D": [("2025-12-01", 400), ("2026-05-20", 600)],
    "E": [("2026-03-20", 800)],
    "F": [("2026-07-02", 5000)],
    "G": [("2026-05-10", -200)],
    "H": [("2026-05-31", 100)],
    "I": [("2025-10-01", 300)],
}


def create_hand_shop(db: Database, purchases: dict[str, list[tuple[str, int]]] | None = None,
                     ) -> dict[str, int]:
    ids = {}
    with db.transaction() as session:
        for name, lines in (PURCHASES if purchases is None else purchases).items():
            customer = Customer(display_name=name)
            session.add(customer)
            session.flush()
            ids[name] = customer.id
            for day, roubles in lines:
                session.add(Purchase(customer_id=customer.id,
                                     purchased_on=dt.date.fromisoformat(day),
                                     amount_minor=roubles * 100))
    return ids
