"""Marketing consent from exports: Shopify's "Accepts Email Marketing" (customer export) and
"Accepts Marketing" (orders export), a Russian "Согласие на рассылку"; yes/no in either language."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.services import importing
from app.services.importing import mapping
from app.services.importing.customer_extras import consent_value
from app.services.importing.import_plan import R_CONSENT_UNKNOWN
from tests.conftest import TODAY
from tests.services.importing import samples

# The columns of Shopify's customer export (Customers > Export), in its order.
SHOPIFY_CUSTOMERS = (
    "First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
    "Tax Exempt,Tags\n"
    "Anna,Smith,anna@example.com,yes,,1 High St,,Leeds,,GB,LS1 1AA,,+447700900001,no,"
    "45.00,2,,no,vip\n"
    "Bob,Jones,bob@example.com,no,,2 Low St,,York,,GB,YO1 1AA,,+447700900002,yes,"
    "12.50,1,,no,\n"
    "Cara,Brown,cara@example.com,,,3 Mid St,,Hull,,GB,HU1 1AA,,,no,0.00,0,,no,\n")
RUSSIAN = ("Имя;Телефон;E-mail;Согласие на рассылку\n"
           "Анна;89005556601;anna@example.ru;Да\n"
           "Борис;89005556602;boris@example.ru;нет\n"
           "Вера;89005556603;vera@example.ru;\n"
           "Глеб;89005556604;gleb@example.ru;может быть\n")


def consents(db) -> dict[str, int | None]:
    conn = db.raw_connection()
    try:
        return dict(conn.execute("SELECT email, marketing_consent FROM customers"))
    finally:
        conn.close()


def _import(db, settings, tmp_path, name: str, text: str, overrides=None):
    path = samples.write_text(tmp_path, name, text, "utf-8")
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY, overrides=overrides)
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                     headers=prepared.raw.headers)
    return prepared


def test_shopify_customer_export_email_consent_not_sms(db, settings, tmp_path) -> None:
    # Read by its columns, "Total Spent" is taken for a sale's amount: the owner skips it in
    # the columns step (the customer export is a list of people, not of sales).
    prepared = _import(db, settings, tmp_path, "customers_export.csv", SHOPIFY_CUSTOMERS,
                       {mapping.IGNORE: "Total Spent"})
    columns = prepared.columns
    assert columns["Accepts Email Marketing"] == "marketing_consent"
    assert columns["Accepts SMS Marketing"] == mapping.IGNORE
    assert consents(db) == {"anna@example.com": 1, "bob@example.com": 0,
                            "cara@example.com": None}


def test_russian_column_values_and_a_warning(db, settings, tmp_path) -> None:
    prepared = _import(db, settings, tmp_path, "клиенты.csv", RUSSIAN)
    assert prepared.columns["Согласие на рассылку"] == "marketing_consent"
    assert consents(db) == {"anna@example.ru": 1, "boris@example.ru": 0,
                            "vera@example.ru": None, "gleb@example.ru": None}
    warnings = prepared.plan.warnings
    listed = warnings[warnings["reason"] == R_CONSENT_UNKNOWN]
    assert listed[["row", "value"]].values.tolist() == [[5, "может быть"]]
    assert prepared.plan.unread_contacts.empty  # not a phone or e-mail problem
    # She changed her mind: the later file wins; an empty cell changes nothing.
    _import(db, settings, tmp_path, "клиенты2.csv",
            "Имя;E-mail;Согласие на рассылку\nАнна;anna@example.ru;нет\n"
            "Борис;boris@example.ru;\n")
    assert consents(db)["anna@example.ru"] == 0
    assert consents(db)["boris@example.ru"] == 0


def test_shopify_orders_export_accepts_marketing_is_read(db, settings) -> None:
    sample = Path(__file__).parent / "platforms" / "shopify_orders_export.csv"
    prepared = importing.prepare(db, sample, settings=settings, as_of=TODAY)
    assert prepared.columns["Accepts Marketing"] == "marketing_consent"
    frame = pd.read_csv(sample, dtype=str)
    said = frame.dropna(subset=["Accepts Marketing"]).groupby("Email")["Accepts Marketing"].last()
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                     headers=prepared.raw.headers)
    stored = consents(db)
    checked = [(stored[e.lower()], v.strip().lower() == "yes") for e, v in said.items()
               if e.lower() in stored]  # a customer with only cancelled orders is not added
    assert len(checked) >= 2  # the sample's buyers all said yes
    assert all(bool(got) == want and got is not None for got, want in checked)


@pytest.mark.parametrize(("text", "value"), [
    ("yes", True), ("Yes", True), ("TRUE", True), ("1", True), ("Да", True), (" да ", True),
    ("SUBSCRIBED", True), ("no", False), ("false", False), ("0", False), ("Нет", False),
    ("NOT_SUBSCRIBED", False), ("unsubscribed", False), ("maybe", None), ("может быть", None),
])
def test_consent_values(text: str, value: bool | None) -> None:
    assert consent_value(text) is value
