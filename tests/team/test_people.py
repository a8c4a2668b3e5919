"""Who is using the app: the laptop's name, and the rows that record who did them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import ContactOutcome
from app.services import customers, timeline
from app.services.database import Database
from app.services.duplicates.merging import merge_customers
from app.services.feedback.records import log_complaint
from app.services.messages.contacts import NewContact, log_contact
from app.services.settings import Settings
from app.services.team import people
from tests.team.helpers import customer_with_task

NOW = dt.datetime(2026, 11, 27, 10, 0)


def test_the_name_is_asked_once_per_laptop_and_never_in_solo_mode(as_person) -> None:
    assert people.load(team_mode=False) is False and people.current() is None
    assert people.load(team_mode=True) is True  # nobody named yet
    assert people.store_name("  Анна \n Петрова  ") == "Анна Петрова"
    people.set_current(None)
    assert people.load(team_mode=True) is False
    assert people.current() == "Анна Петрова"
    with pytest.raises(ValueError):
        people.store_name("   ")


def test_a_damaged_name_file_asks_again(as_person) -> None:
    from app.services import paths

    (paths.data_dir() / people.FILE_NAME).write_text("{not json", "utf-8")
    assert people.load(team_mode=True) is True


def _by_person(db: Database, table: str) -> list[str | None]:
    conn = db.raw_connection()
    try:
        return [row[0] for row in conn.execute(f"SELECT by_person FROM {table} ORDER BY id")]
    finally:
        conn.close()


def test_contacts_and_complaints_record_who(db: Database, as_person) -> None:
    customer_id, _ = customer_with_task(db)
    log_contact(db, NewContact(customer_id, "phone", ContactOutcome.CALLED.value), NOW)  # solo
    as_person("Anna")
    log_contact(db, NewContact(customer_id, "email", ContactOutcome.SENT.value),
                NOW - dt.timedelta(days=1))
    log_complaint(db, Settings(db), customer_id, "Opened box", NOW.date())
    assert _by_person(db, "contacts") == [None, "Anna"]
    assert _by_person(db, "complaints") == ["Anna"]
    # The card shows who, where known.
    lines = customers.get_card(db, customer_id).contacts
    assert [line.by_person for line in lines] == ["", "Anna"]  # newest first
    events = [e for e in timeline.timeline(db, customer_id) if e.kind == timeline.CONTACT]
    assert sorted(e.by_person for e in events) == ["", "Anna"]


def test_merges_record_who(db: Database, as_person) -> None:
    keep_id, _ = customer_with_task(db)
    other_id, _ = customer_with_task(db, "Мария К.")
    as_person("Boris")
    merge_customers(db, keep_id, other_id)
    assert _by_person(db, "customer_merges") == ["Boris"]
