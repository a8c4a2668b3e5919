import dataclasses
import datetime as dt

import numpy as np

from app.services import importing
from app.services.customers import get_card, save_details
from app.services.importing import customer_extras, instalments
from app.services.segments.orders import build_orders, load_order_lines
from tests.conftest import TODAY
from tests.services.importing import samples


def run(db, settings, path):
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    if prepared.plan.has_anything:
        importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                         headers=prepared.raw.headers)
    return prepared.plan


def orders_per_customer(db):
    conn = db.raw_connection()
    try:
        orders = build_orders(load_order_lines(conn))
    finally:
        conn.close()
    return orders.groupby("customer_id").size().to_dict()


PAYMENTS = ("Date,Student,Course,Paid\n"
            "03/04/2025,Ann,Maths,£100.00\n"
            "13/04/2025,Ann,Maths,£100.00\n"   # 10 days later: the second half
            "14/04/2025,Ann,Piano,£40.00\n"    # another product: its own order
            "03/04/2025,Bob,Maths,£100.00\n"   # another student, same course and day
            "20/04/2025,Bob,Maths,-£50.00\n")  # a refund: no order, never joined


def test_groups_start_at_their_first_payment():
    days = np.array([0, 10, 14, 15, 29, 30])
    joined = instalments.join_instalments(
        np.full(6, 1), ["p:+44"] * 6, ["Course"] * 6, days, np.full(6, 100), 14)
    # 0, 10, 14 are within 14 days of 0; 15 starts a group with 29; 30 is alone (not joined).
    codes = joined.order_codes.tolist()
    assert codes[:3] == [codes[0]] * 3 and codes[3:5] == [codes[3]] * 2 and codes[5] == -1
    assert codes[0] != codes[3] and (joined.payments, joined.orders) == (5, 2)
    assert joined.order_ids[0] != joined.order_ids[3] and joined.order_ids[5] is None
    off = instalments.join_instalments(np.full(6, 1), ["p"] * 6, ["C"] * 6, days,
                                       np.full(6, 100), 0)
    assert off.orders == 0 and set(off.order_codes.tolist()) == {-1}


def test_instalments_are_one_order_only_when_the_setting_is_on(db, settings, tmp_path):
    path = samples.write_text(tmp_path, "payments.csv", PAYMENTS)
    plan = run(db, settings, path)  # off by default: 3 orders for Ann, 1 for Bob
    assert plan.orders_added == 4 and plan.instalment_orders == 0
    assert sorted(orders_per_customer(db).values()) == [1, 3]
    settings.set("instalment_days", 14)
    again = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    assert again.purchases_added == 0 and not again.has_anything  # the keys ignore the setting
    importing.undo_last(db, None, settings=settings, now=dt.datetime(2025, 5, 1), as_of=TODAY)
    plan = run(db, settings, path)
    assert (plan.instalment_payments, plan.instalment_orders, plan.orders_added) == (2, 1, 3)
    assert sorted(orders_per_customer(db).values()) == [1, 2]
    conn = db.raw_connection()
    try:
        total = conn.execute("SELECT SUM(amount_minor) FROM purchases").fetchone()[0]
        bob_orders = conn.execute(
            "SELECT COUNT(DISTINCT COALESCE(order_id, '')) FROM purchases p JOIN customers c"
            " ON c.id = p.customer_id WHERE c.display_name = 'Bob'").fetchone()[0]
    finally:
        conn.close()
    assert total == 10000 + 10000 + 4000 + 10000 - 5000
    assert bob_orders == 1  # Bob's course was not joined with Ann's, nor with his refund
    assert run(db, settings, path).purchases_added == 0


def test_a_file_with_order_numbers_keeps_them(db, settings, tmp_path):
    settings.set("instalment_days", 14)
    path = samples.write_text(tmp_path, "orders.csv",
                              "Date,Order,Customer,Product,Total\n"
                              "03/04/2025,A1,Ann,Maths,100\n13/04/2025,A2,Ann,Maths,100\n")
    plan = run(db, settings, path)
    assert plan.orders_added == 2 and plan.instalment_orders == 0


def test_notes_and_tags_merge_with_what_the_owner_typed(db, settings, tmp_path):
    first = samples.write_text(tmp_path, "students.csv",
                               "Student,Tags,Notes,Referred by\n"
                               "Ann,vip; piano,Likes mornings,\nBob,,,ann\n")
    run(db, settings, first)
    ann = next(c for c in _names(db) if c[1] == "Ann")[0]
    details = get_card(db, ann).details
    save_details(db, ann, dataclasses.replace(details, tags="VIP, Exams",
                                              notes="Likes mornings\nCall after 5"))
    second = samples.write_text(tmp_path, "students2.csv", "Student,Tags,Notes\n"
                                "Ann,vip,Likes mornings\nAnn,Grade 5,Sister of Bob\n")
    plan = run(db, settings, second)
    assert (plan.extras.customers_with_notes, plan.extras.customers_with_tags) == (1, 1)
    after = get_card(db, ann).details
    assert after.tags == "VIP, Exams, Grade 5"  # the owner's spelling kept
    assert after.notes == "Likes mornings\nCall after 5\nSister of Bob"
    conn = db.raw_connection()
    try:
        referrer = conn.execute("SELECT referred_by_id FROM customers WHERE display_name = 'Bob'"
                                ).fetchone()[0]
    finally:
        conn.close()
    assert referrer == ann  # "ann": the exact name, whatever the case
    assert not importing.prepare(db, second, settings=settings, as_of=TODAY).plan.has_anything
    # Undoing the first import keeps Ann (the owner and a later import wrote on her card) and
    # removes Bob, whose notes and tags are only the import's own.
    importing.undo_last(db, 1, settings=settings, now=dt.datetime(2025, 5, 1), as_of=TODAY)
    assert [c[1] for c in _names(db)] == ["Ann"]


def test_merging_helpers():
    assert customer_extras.merged_tags("", ["a", "A", "b"]) == "a, b"
    assert customer_extras.merged_tags("x,y", ["X"]) == "x,y"  # unchanged: as she wrote it
    assert customer_extras.merged_notes("one", ["one", "two"]) == "one\ntwo"


def _names(db):
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT id, display_name FROM customers ORDER BY id").fetchall()
    finally:
        conn.close()
