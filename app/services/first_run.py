"""The first start of a new database: the few things every message needs (the shop's name, the
owner's name, the kind of business, the currency, the language customers are written in) and
the country its phone numbers are read for, asked once.

Asked only while the database has no customers and the questions were never answered or skipped:
an upgraded database already in use is not interrupted, and the demo shop (created before the
window opens, with its names) is not asked. Skipping stores nothing but the fact that it was
asked; everything stays editable in Settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services import currencies
from app.services.customers import has_customers
from app.services.database import Database
from app.services.reminders.config import business_type_values
from app.services.settings import (
    BUSINESS_TYPE,
    CURRENCY,
    FIRST_RUN_DONE,
    MESSAGE_LANGUAGE,
    OWNER_NAME,
    PHONE_REGION,
    SHOP_NAME,
    Settings,
)


@dataclass(frozen=True)
class ShopBasics:
    shop_name: str
    owner_name: str
    currency: str
    message_language: str
    phone_region: str = PHONE_REGION.default
    business_type: str = BUSINESS_TYPE.default


def suggested_currency(locale_name: str) -> str:
    """The currency a shop in this system locale most likely uses ("en_GB" -> "GBP",
    "de_AT.UTF-8" -> "EUR"); the setting's default when the locale says nothing ("C")."""
    return currencies.suggested_currency(locale_name, CURRENCY.default)


def needs_first_run(db: Database, settings: Settings) -> bool:
    return not settings.get(FIRST_RUN_DONE) and not has_customers(db)


def save_basics(settings: Settings, basics: ShopBasics) -> None:
    """Store the answers in one transaction; names are trimmed. The kind of business brings its
    rules' default scripts, and a services business joins instalments."""
    settings.set_many({
        **business_type_values(settings, basics.business_type),
        SHOP_NAME.key: basics.shop_name.strip(), OWNER_NAME.key: basics.owner_name.strip(),
        CURRENCY.key: basics.currency, MESSAGE_LANGUAGE.key: basics.message_language,
        PHONE_REGION.key: basics.phone_region,
        FIRST_RUN_DONE.key: True,
    })


def skip_first_run(settings: Settings, phone_region: str | None = None) -> None:
    """Nothing the owner was asked is stored, except the system's country for phone numbers
    when given: left at the default, a UK shop's numbers would be read as Russian ones."""
    values: dict[str, object] = {FIRST_RUN_DONE.key: True}
    if phone_region:
        values[PHONE_REGION.key] = phone_region
    settings.set_many(values)
