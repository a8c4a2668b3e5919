"""An imported "Referral code" column names the referrer by her code; a promo code column is not
read as a person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.database import Database
from app.services.importing import mapping
from app.services.importing import service as import_service
from app.services.referrals.codes import code_of
from app.services.settings import Settings
from tests.services.referrals.helpers import add_customer

AS_OF = dt.date(2026, 3, 31)


def test_referral_code_column_links_the_friend_to_the_code_owner(db: Database,
                                                                 tmp_path: Path) -> None:
    anna = add_customer(db, "Anna Smith")
    code = code_of(db, anna)
    sales = tmp_path / "sales.csv"
    sales.write_text("Date,Customer,Amount,Referral code\n"
                     f"2026-03-02,Boris Brown,12.50,{code.lower()}\n"
                     "2026-03-03,Vera Green,8.00,\n", encoding="utf-8")
    settings = Settings(db)
    prepared = import_service.prepare(db, sales, settings=settings, as_of=AS_OF)
    import_service.commit(db, prepared.plan, settings=settings, as_of=AS_OF)
    conn = db.raw_connection()
    try:
        linked = dict(conn.execute("SELECT display_name, referred_by_id FROM customers"))
    finally:
        conn.close()
    assert linked == {"Anna Smith": None, "Boris Brown": anna, "Vera Green": None}


def test_promo_code_is_not_a_referrer() -> None:
    assert mapping.ALIASES["referred_by"]
    assert "referral code" in mapping.ALIASES["referred_by"]
    assert "код друга" in mapping.ALIASES["referred_by"]
    assert all("промокод" not in a and "promo" not in a for a in mapping.ALIASES["referred_by"])
