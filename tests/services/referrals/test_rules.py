"""Who may have recommended whom: self-referral in its forms, a friend who is not new, circles."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.referrals import rules
from tests.services.referrals.helpers import add_customer, add_line

DAY = dt.date(2026, 3, 10)


def referrer_of(db: Database, customer_id: int) -> int | None:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT referred_by_id FROM customers WHERE id = ?",
                            (customer_id,)).fetchone()[0]
    finally:
        conn.close()


def refused(db: Database, friend: int, referrer: int, day: dt.date = DAY) -> str:
    with pytest.raises(UserFacingError) as caught:
        rules.set_referrer(db, friend, referrer, day)
    assert referrer_of(db, friend) is None  # nothing written
    return caught.value.message


def test_a_new_friend_may_be_recommended(db: Database) -> None:
    anna, boris = add_customer(db, "Anna"), add_customer(db, "Boris")
    add_line(db, boris, DAY, 500)  # her first order on the day itself is fine
    rules.set_referrer(db, boris, anna, DAY)
    assert referrer_of(db, boris) == anna
    rules.set_referrer(db, boris, None, DAY)
    assert referrer_of(db, boris) is None


def test_nobody_recommends_herself(db: Database) -> None:
    anna = add_customer(db, "Anna", phone="+447700900001", email="Anna@x.org")
    assert refused(db, anna, anna) == rules.ERR_SAME
    same_phone = add_customer(db, "Anna Smith", phone="+447700900001")
    assert refused(db, same_phone, anna) == rules.ERR_SAME_CONTACT
    same_mail = add_customer(db, "A. Smith", email="anna@X.org ")
    assert refused(db, anna, same_mail) == rules.ERR_SAME_CONTACT


def test_a_card_merged_into_hers_is_herself(db: Database) -> None:
    anna, other = add_customer(db, "Anna"), add_customer(db, "Ann")
    conn = db.raw_connection()
    with conn:
        conn.execute("INSERT INTO customer_merges (keep_id, other_id, snapshot_json)"
                     " VALUES (?, ?, '{}')", (anna, other))
        # The merged card's old e-mail stayed with Anna as an identity.
        conn.execute("INSERT INTO customer_identities (customer_id, kind, value)"
                     " VALUES (?, 'email', 'ann@old.org')", (anna,))
    conn.close()
    assert refused(db, other, anna) == rules.ERR_MERGED
    new_card = add_customer(db, "Ann again", email="ANN@old.org")
    assert refused(db, new_card, anna) == rules.ERR_SAME_CONTACT


def test_a_friend_who_bought_before_is_not_new(db: Database) -> None:
    anna, boris = add_customer(db, "Anna"), add_customer(db, "Boris")
    add_line(db, boris, DAY - dt.timedelta(days=1), 0)  # a free sample is an order too
    message = refused(db, boris, anna)
    assert message == rules.ERR_NOT_NEW
    conn = db.raw_connection()
    error = rules.check(conn, boris, anna, DAY)
    conn.close()
    assert error is not None and "2026-03-09" in error.text


def test_a_refund_alone_does_not_make_her_a_customer(db: Database) -> None:
    anna, boris = add_customer(db, "Anna"), add_customer(db, "Boris")
    add_line(db, boris, DAY - dt.timedelta(days=30), -300)
    rules.set_referrer(db, boris, anna, DAY)
    assert referrer_of(db, boris) == anna


def test_no_circles(db: Database) -> None:
    a, b, c = add_customer(db, "A"), add_customer(db, "B"), add_customer(db, "C")
    rules.set_referrer(db, b, a, DAY)
    rules.set_referrer(db, c, b, DAY)
    assert refused(db, a, b) == rules.ERR_CYCLE
    assert refused(db, a, c) == rules.ERR_CYCLE  # through a friend
    d = add_customer(db, "D")
    rules.set_referrer(db, d, c, DAY)  # a chain is fine
    assert referrer_of(db, d) == c
