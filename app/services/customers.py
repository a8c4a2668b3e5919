"""Customers: the table every page lists, one customer's card, and edits to contact details."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Contact, Customer, Purchase
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.phones import normalize_email, normalize_phone
from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.team import changes

TABLE_COLUMNS = [
    "id", "name", "phone", "email", "orders", "total_spent_minor", "last_purchase",
    "recency_days", "r_score", "f_score", "m_score", "segment", "do_not_contact", "tags",
    # From the predictions cache (predictions.store); missing until the first fit.
    "next_day", "overdue", "p_alive", "p_alive_confidence", "predicted_value_12m_minor",
]


def load_customer_table(db: Database) -> pd.DataFrame:
    """All customers with their cached figures, one row each, ready for a table model.

    One SQL read into columns; 100,000 customers take a fraction of a second.
    """
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT c.id, c.display_name, COALESCE(c.phone_e164, c.phone_raw, ''),"
            " COALESCE(c.email, ''), COALESCE(s.orders_count, 0),"
            " COALESCE(s.total_spent_minor, 0), s.last_order_on, s.recency_days,"
            " s.r_score, s.f_score, s.m_score, s.segment, c.do_not_contact, c.tags,"
            " p.next_day, p.overdue, p.p_alive, p.p_alive_confidence,"
            " p.predicted_value_12m_minor"
            " FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id"
            " LEFT JOIN predictions p ON p.customer_id = c.id"
        ).fetchall()
    finally:
        conn.close()
    # Column by column with explicit dtypes: pandas' type inference over 100k mixed rows costs
    # more than reading them from SQLite.
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(TABLE_COLUMNS)
    data = {name: np.array(values, dtype=object) for name, values in
            zip(TABLE_COLUMNS, columns, strict=True)}
    frame = pd.DataFrame(data, copy=False)
    for name in ("id", "orders", "total_spent_minor"):
        frame[name] = frame[name].astype("int64")
    for name in ("recency_days", "r_score", "f_score", "m_score"):
        frame[name] = pd.array(data[name], dtype="Int64")
    frame["do_not_contact"] = frame["do_not_contact"].astype(bool)
    for name in ("next_day", "p_alive", "predicted_value_12m_minor"):
        frame[name] = np.array(data[name], dtype="float64")  # None (no prediction) -> NaN
    frame["overdue"] = frame["overdue"].eq(1)
    # A shop has a few hundred distinct last-purchase days: parse each once, not per customer.
    days = {text: dt.date.fromisoformat(text) for text in set(data["last_purchase"]) if text}
    frame["last_purchase"] = np.array([days.get(text) for text in data["last_purchase"]],
                                      dtype=object)
    return frame


@dataclass(frozen=True)
class PurchaseLine:
    id: int
    purchased_on: dt.date
    product: str
    category: str
    quantity: float
    amount_minor: int
    order_id: str


@dataclass(frozen=True)
class ContactLine:
    id: int
    contacted_at: dt.datetime
    channel: str
    outcome: str
    template_name: str
    text: str
    rule: str
    converted_on: dt.date | None
    by_person: str = ""  # who logged it (team mode); "" when not known


@dataclass
class CustomerDetails:
    """The editable part of a customer (what the card's form shows)."""

    display_name: str = ""
    first_name: str = ""
    phone_raw: str = ""
    email: str = ""
    telegram: str = ""
    birthday_day: int | None = None
    birthday_month: int | None = None
    birthday_year: int | None = None
    preferred_channel: str = ""
    notes: str = ""
    tags: str = ""
    do_not_contact: bool = False
    external_code: str = ""


@dataclass
class CustomerCard:
    id: int
    details: CustomerDetails
    phone_e164: str | None
    created_at: dt.datetime | None
    purchases: list[PurchaseLine] = field(default_factory=list)
    contacts: list[ContactLine] = field(default_factory=list)
    # Imported, not edited on the card: False means no automatic e-mails (autopilot skips her).
    marketing_consent: bool | None = None
    version: int = 1  # hand it back to save_details: a stale edit is refused


class StaleCardError(UserFacingError):
    """Someone saved the card after this editor loaded it (team mode, or two windows)."""


def get_card(db: Database, customer_id: int) -> CustomerCard:
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserFacingError("This customer no longer exists.")
        details = CustomerDetails(
            **{f.name: _plain(getattr(customer, f.name), f.default)
               for f in fields(CustomerDetails)}
        )
        purchases = [
            PurchaseLine(p.id, p.purchased_on, p.product or "", p.category or "", p.quantity,
                         p.amount_minor, p.order_id or "")
            for p in session.scalars(
                select(Purchase).where(Purchase.customer_id == customer_id)
                .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
            )
        ]
        contacts = [
            ContactLine(c.id, c.contacted_at, c.channel or "", c.outcome, c.template_name or "",
                        c.text, c.rule or "", c.converted_on, c.by_person or "")
            for c in session.scalars(
                select(Contact).where(Contact.customer_id == customer_id)
                .order_by(Contact.contacted_at.desc(), Contact.id.desc())
            )
        ]
        return CustomerCard(customer.id, details, customer.phone_e164, customer.created_at,
                            purchases, contacts, customer.marketing_consent, customer.version)


def validate_details(details: CustomerDetails, region: str = "RU",
                     kept_phone: str | None = None) -> list[str]:
    """Problems the user must fix before saving, as English source sentences (UI translates).

    `kept_phone` is the text stored already: an imported number that is not valid for the
    region stays as it was written, so the other details can still be saved."""
    problems = []
    if not details.display_name.strip():
        problems.append(_T("errors", "The name cannot be empty."))
    phone = details.phone_raw.strip()
    if phone and phone != (kept_phone or "").strip() and normalize_phone(phone, region) is None:
        problems.append(_T("errors", "The phone number does not look like a phone number."))
    if details.email.strip() and normalize_email(details.email) is None:
        problems.append(_T("errors", "The e-mail address does not look right."))
    if (details.birthday_day is None) != (details.birthday_month is None):
        problems.append(_T("errors", "A birthday needs both a day and a month."))
    if details.birthday_day is not None and details.birthday_month is not None:
        # 2000 is a leap year, so 29 February is allowed without a year.
        year = details.birthday_year or 2000
        try:
            dt.date(year, details.birthday_month, details.birthday_day)
        except ValueError:
            problems.append(_T("errors", "The birthday is not a real date."))
    return problems


def save_details(db: Database, customer_id: int | None, details: CustomerDetails,
                 region: str = "RU", version: int | None = None) -> int:
    """Create (customer_id None) or update a customer; returns its id.

    `version` is the card's version when the editor loaded it: a save over a newer version
    (someone else saved meanwhile) is refused and writes nothing."""
    with db.transaction() as session:
        # The version first: its UPDATE takes the row (and SQLite's write lock) before reading.
        fresh = customer_id is None or _take_version(session, customer_id, version)
        customer = Customer(display_name="") if customer_id is None else session.get(
            Customer, customer_id)
        if customer is None:
            raise UserFacingError("This customer no longer exists.")
        if not fresh:
            raise StaleCardError(
                _T("errors", "Someone changed this card while you were editing it."),
                hint=_T("errors", "Reload to see their changes."))
        problems = validate_details(details, region, customer.phone_raw)
        if problems:
            raise UserFacingError(problems[0])
        for f in fields(CustomerDetails):
            value = getattr(details, f.name)
            if isinstance(value, str):
                value = value.strip() or (None if f.name not in ("notes", "tags") else "")
            setattr(customer, f.name, value)
        customer.display_name = details.display_name.strip()
        customer.phone_e164 = normalize_phone(details.phone_raw, region)
        customer.email = normalize_email(details.email)
        if customer_id is None:
            session.add(customer)
        session.flush()
        return customer.id


def _take_version(session: Session, customer_id: int, version: int | None) -> bool:
    """Bump the version, only if it is still the one the editor saw (None: any). One UPDATE,
    so of two saves at once exactly one finds its version (the other waits for the row, then
    sees it moved). False: stale, or the customer is gone."""
    seen = [] if version is None else [Customer.version == version]
    bumped = session.execute(
        update(Customer).where(Customer.id == customer_id, *seen)
        .values(version=Customer.version + 1).execution_options(synchronize_session=False))
    if not bumped.rowcount:  # type: ignore[attr-defined]
        return False
    changes.note(session, "customer")
    return True


def _plain(value: object, default: object) -> Any:  # fills fields of several types
    """None from the database becomes "" for text fields, stays None for numbers."""
    return "" if value is None and isinstance(default, str) else value


def has_customers(db: Database) -> bool:
    """False on a fresh database: the first-run screens offer an import or the demo shop."""
    conn = db.raw_connection()
    try:
        return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0])
    finally:
        conn.close()
