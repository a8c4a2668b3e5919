"""The owner's country and currency for a database started from the command line.

The window's first run asks for them with the system locale's answer pre-selected; a database
first filled by `import` (or another writing command) never sees that question, and the first
run is not asked once it has customers. So the command line stores the locale's answer the
first time it writes to a database nobody has set up yet: a UK owner's first import reads
"07700 900321" as a UK number and shows £, as the window would have suggested.
"""

from __future__ import annotations

from app.services.customers import has_customers
from app.services.database import Database
from app.services.first_run import suggested_currency
from app.services.regions import locale_parts, suggested_region, system_locale_name
from app.services.settings import CURRENCY, FIRST_RUN_DONE, PHONE_REGION, Settings


def store_locale_defaults(db: Database, settings: Settings,
                          locale_name: str | None = None) -> dict[str, str]:
    """Store the phone region and currency of `locale_name` (default: the system's) unless the
    owner set them, the first-run questions were answered, or the database has customers
    already; returns what was stored. A locale that names nothing ("C") stores nothing."""
    locale_name = system_locale_name() if locale_name is None else locale_name
    if not locale_parts(locale_name)[0] or settings.get(FIRST_RUN_DONE) or has_customers(db):
        return {}
    conn = db.raw_connection()
    try:
        stored = {key for (key,) in conn.execute("SELECT key FROM settings")}
    finally:
        conn.close()
    values = {}
    if PHONE_REGION.key not in stored:
        values[PHONE_REGION.key] = suggested_region(locale_name)
    if CURRENCY.key not in stored:
        values[CURRENCY.key] = suggested_currency(locale_name)
    if values:
        settings.set_many(values)
    return values
