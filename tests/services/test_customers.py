"""The customers table and card, and editing contact details."""

from __future__ import annotations

import pytest

from app.services.customers import (
    CustomerDetails,
    get_card,
    load_customer_table,
    save_details,
    validate_details,
)
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.phones import normalize_email, normalize_phone


@pytest.mark.parametrize("raw", ["8 (912) 345-67-89", "+7 912 3456789", "9123456789",
                                 "+7(912)345-67-89", "89123456789"])
def test_russian_phones_in_any_form_are_one_number(raw: str) -> None:
    assert normalize_phone(raw, "RU") == "+79123456789"


def test_not_a_phone_is_none() -> None:
    assert normalize_phone("call me", "RU") is None
    assert normalize_phone("", "RU") is None


def test_email_is_lower_cased_and_validated() -> None:
    assert normalize_email("  Anna@Mail.RU ") == "anna@mail.ru"
    assert normalize_email("anna at mail") is None


def test_create_edit_and_read_back_a_customer(db: Database) -> None:
    new_id = save_details(db, None, CustomerDetails(display_name="Анна Петрова",
                                                    phone_raw="8 912 345 67 89",
                                                    birthday_day=29, birthday_month=2))
    card = get_card(db, new_id)
    assert card.phone_e164 == "+79123456789"
    assert card.details.birthday_year is None
    card.details.notes = "любит светлую обжарку"
    card.details.do_not_contact = True
    save_details(db, new_id, card.details)
    again = get_card(db, new_id)
    assert again.details.notes == "любит светлую обжарку"
    assert again.details.do_not_contact is True
    table = load_customer_table(db)
    assert table.loc[table.id == new_id, "phone"].item() == "+79123456789"


NAME = "The name cannot be empty."
PHONE = "The phone number does not look like a phone number."
EMAIL = "The e-mail address does not look right."
HALF_BIRTHDAY = "A birthday needs both a day and a month."
NO_SUCH_DAY = "The birthday is not a real date."


def test_invalid_details_are_refused_with_a_reason(db: Database) -> None:
    bad = CustomerDetails(display_name=" ", email="nope", birthday_day=31, birthday_month=2)
    assert validate_details(bad) == [NAME, EMAIL, NO_SUCH_DAY]
    with pytest.raises(UserFacingError, match=NAME):
        save_details(db, None, bad)


@pytest.mark.parametrize(("change", "refused"), [
    ({"display_name": "  "}, [NAME]),
    ({"phone_raw": "12"}, [PHONE]),
    ({"email": "anna@"}, [EMAIL]),
    ({"birthday_day": 5}, [HALF_BIRTHDAY]),
    ({"birthday_month": 5}, [HALF_BIRTHDAY]),
    ({"birthday_day": 31, "birthday_month": 4}, [NO_SUCH_DAY]),
    ({"birthday_day": 29, "birthday_month": 2, "birthday_year": 1999}, [NO_SUCH_DAY]),
    ({"birthday_day": 29, "birthday_month": 2}, []),  # no year: a leap day is allowed
    ({"phone_raw": "", "email": ""}, []),  # empty contact fields are not wrong
])
def test_each_field_is_refused_on_its_own(change: dict, refused: list[str]) -> None:
    good = {"display_name": "Анна", "phone_raw": "8 912 345-67-89", "email": "anna@shop.ru"}
    assert validate_details(CustomerDetails(**{**good, **change})) == refused


def test_table_has_figures_from_the_demo_shop(demo_db: Database) -> None:
    table = load_customer_table(demo_db)
    assert len(table) == 360
    assert (table["orders"] >= 0).all()
    assert table["segment"].notna().sum() > 300
    assert table["last_purchase"].notna().sum() == (table["orders"] > 0).sum()


def test_a_kept_invalid_number_does_not_block_saving_the_card(db: Database) -> None:
    """An import keeps "7700 900121" as typed (not valid in the UK): the card still saves its
    other details, but a newly typed bad number is refused."""
    conn = db.raw_connection()
    conn.execute("INSERT INTO customers (display_name, phone_raw)"
                 " VALUES ('Cara Lee', '7700 900121')")
    conn.commit()
    conn.close()
    card = get_card(db, 1)
    card.details.notes = "prefers mornings"
    save_details(db, 1, card.details, "GB")
    again = get_card(db, 1)
    assert (again.details.phone_raw, again.phone_e164, again.details.notes) == (
        "7700 900121", None, "prefers mornings")
    again.details.phone_raw = "7700 900122"
    with pytest.raises(UserFacingError):
        save_details(db, 1, again.details, "GB")
    again.details.phone_raw = "07911 123456"
    save_details(db, 1, again.details, "GB")
    assert get_card(db, 1).phone_e164 == "+447911123456"
