"""The first-run questions: the currency suggested by the system locale, asked once, stored."""

from __future__ import annotations

import pytest

from app.models import Customer
from app.services.database import Database
from app.services.first_run import (
    ShopBasics,
    needs_first_run,
    save_basics,
    skip_first_run,
    suggested_currency,
)
from app.services.settings import (
    CURRENCY,
    INSTALMENT_DAYS,
    MESSAGE_LANGUAGE,
    OWNER_NAME,
    SHOP_NAME,
    Settings,
)


@pytest.mark.parametrize(("locale_name", "currency"), [
    ("ru_RU", "RUB"), ("ru_RU.UTF-8", "RUB"), ("en_GB", "GBP"), ("en_US", "USD"),
    ("de_DE", "EUR"), ("fr_FR", "EUR"), ("de_AT.UTF-8", "EUR"), ("de", "EUR"), ("fr", "EUR"),
    ("kk_KZ", "KZT"), ("ru_KZ", "KZT"), ("be_BY", "BYN"), ("uk_UA", "UAH"), ("en", "USD"),
    ("en-GB", "GBP"), ("C", "RUB"), ("", "RUB"), ("ja_JP", "JPY"), ("ru_CH", "CHF"),
    ("POSIX", "RUB"),
])
def test_the_suggested_currency_follows_the_system_locale(locale_name: str,
                                                          currency: str) -> None:
    assert suggested_currency(locale_name) == currency


def test_asked_once_on_a_new_database(db: Database, settings: Settings) -> None:
    assert needs_first_run(db, settings)
    save_basics(settings, ShopBasics("  Bean & Leaf ", "Olga", "GBP", "en"))
    fresh = Settings(db)
    assert (fresh.get(SHOP_NAME), fresh.get(OWNER_NAME), fresh.get(CURRENCY),
            fresh.get(MESSAGE_LANGUAGE)) == ("Bean & Leaf", "Olga", "GBP", "en")
    assert not needs_first_run(db, fresh)


def test_skipping_stores_nothing_but_is_not_asked_again(db: Database, settings: Settings) -> None:
    before = settings.all()
    skip_first_run(settings)
    after = Settings(db).all()
    assert {k for k in after if after[k] != before[k]} == {"first_run_done"}
    assert not needs_first_run(db, Settings(db))


def test_a_database_in_use_is_not_asked(db: Database, settings: Settings) -> None:
    with db.transaction() as session:
        session.add(Customer(display_name="Анна"))
    assert not needs_first_run(db, settings)


@pytest.mark.parametrize(("business_type", "days"), [("shop", 0), ("tutor", 14), ("salon", 14)])
def test_a_services_business_joins_instalments_from_the_start(
        db: Database, settings: Settings, business_type: str, days: int) -> None:
    save_basics(settings, ShopBasics("Maths with Zoë", "Zoë", "GBP", "en",
                                     business_type=business_type))
    assert Settings(db).get(INSTALMENT_DAYS) == days
