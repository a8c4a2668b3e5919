"""Two editors of one customer card: the second save from an old version is refused."""

from __future__ import annotations

import pytest

from app.services import customers
from app.services.database import Database
from tests.team.helpers import customer_with_task


def test_second_save_of_a_stale_card_is_refused(db: Database, other_db: Database) -> None:
    customer_id, _ = customer_with_task(db)
    anna = customers.get_card(db, customer_id)
    boris = customers.get_card(other_db, customer_id)
    assert anna.version == boris.version == 1
    anna.details.notes = "Любит пионы"
    customers.save_details(db, customer_id, anna.details, version=anna.version)
    boris.details.notes = "Звонить после 18:00"
    boris.details.display_name = "Мария К."
    with pytest.raises(customers.StaleCardError) as refused:
        customers.save_details(other_db, customer_id, boris.details, version=boris.version)
    assert refused.value.text == "Someone changed this card while you were editing it."
    assert refused.value.hint == "Reload to see their changes."
    after = customers.get_card(other_db, customer_id)
    assert (after.details.notes, after.details.display_name) == ("Любит пионы", "Мария Ковалёва")
    assert after.version == 2
    # Reloaded, Boris saves on top of Anna's change.
    after.details.notes += "; звонить после 18:00"
    customers.save_details(other_db, customer_id, after.details, version=after.version)
    final = customers.get_card(db, customer_id)
    assert (final.details.notes, final.version) == ("Любит пионы; звонить после 18:00", 3)


def test_every_save_bumps_the_version(db: Database) -> None:
    customer_id, _ = customer_with_task(db)
    card = customers.get_card(db, customer_id)
    customers.save_details(db, customer_id, card.details)  # a caller without a version
    assert customers.get_card(db, customer_id).version == 2
    with pytest.raises(customers.StaleCardError):
        customers.save_details(db, customer_id, card.details, version=1)
    new_id = customers.save_details(db, None, card.details)
    assert customers.get_card(db, new_id).version == 1
