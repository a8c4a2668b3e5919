"""Points ledger arithmetic on hand-made rows: earning %, rounding, the cap, FIFO expiry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.points.ledger import (
    Row,
    balance,
    earned_for,
    expiring,
    lapses_to_record,
    lots,
    redeem_cap,
)

D0 = dt.date(2026, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


@pytest.mark.parametrize(("amount", "percent", "points"), [
    (100_000, 5, 5_000),        # 1,000.00 at 5 % = 50.00 points
    (123_456, 5, 6_172),        # 61.728 -> 61.72: the hundredth below is dropped
    (99, 5, 4),                 # 0.0495 -> 0.04
    (100_000, 2.5, 2_500),      # a fractional percent, exactly (no float drift)
    (33_333, 3.3, 1_099),       # 10.99989 -> 10.99
    (-123_456, 5, -6_172),      # a refund takes back what the sale gave
    (0, 5, 0),
])
def test_earning_is_the_percentage_truncated_to_the_hundredth(amount, percent, points) -> None:
    assert earned_for(amount, percent) == points


def test_redemption_is_capped_by_the_balance_and_the_share_of_the_order() -> None:
    assert redeem_cap(5_000, None, 30) == 5_000           # standalone: the balance
    assert redeem_cap(5_000, 10_000, 30) == 3_000         # 30 % of 100.00
    assert redeem_cap(2_000, 10_000, 30) == 2_000         # the balance is smaller
    assert redeem_cap(5_000, 3_333, 30) == 999            # 999.9 -> 999, never above the share
    assert redeem_cap(-100, 10_000, 30) == 0              # in debt: nothing


def test_balance_counts_only_active_rows() -> None:
    rows = [Row(1, "earned", 5_000, day(14)), Row(2, "earned", 700, day(20)),
            Row(3, "redeemed", -1_000, day(15))]
    assert balance(rows, day(13)) == 0
    assert balance(rows, day(14)) == 5_000
    assert balance(rows, day(19)) == 4_000
    assert balance(rows, day(20)) == 4_700


def test_expiry_is_first_in_first_out_against_spends() -> None:
    # Lot A 50.00 on day 0, lot B 30.00 on day 10; 60.00 spent on day 5 and 20.00 on day 12.
    # Day 5 takes all 50.00 of A (10.00 owed, paid by B when it starts); day 12 takes 20.00 of B.
    rows = [Row(1, "earned", 5_000, day(0)), Row(2, "adjusted", 3_000, day(10)),
            Row(3, "redeemed", -4_000, day(5)), Row(4, "adjusted", -2_000, day(5)),
            Row(5, "redeemed", -2_000, day(12))]
    found = {lot.id: lot for lot in lots(rows, day(12), expiry_days=30)}
    assert (found[1].left_minor, found[2].left_minor) == (0, 0)
    # A second case: 20.00 spent from A, the rest of A (30.00) lapses on day 30, B intact.
    rows = [Row(1, "earned", 5_000, day(0)), Row(2, "earned", 3_000, day(10)),
            Row(3, "redeemed", -2_000, day(5))]
    assert lapses_to_record(rows, day(29), 30) == {}
    assert lapses_to_record(rows, day(30), 30) == {1: 3_000}
    assert lapses_to_record(rows, day(40), 30) == {1: 3_000, 2: 3_000}
    # Once recorded, nothing is due again; the balance then holds only what is left.
    recorded = [*rows, Row(4, "expired", -3_000, day(30), lot_id=1)]
    assert lapses_to_record(recorded, day(35), 30) == {}
    assert balance(recorded, day(35)) == 3_000


def test_a_spend_after_a_lot_lapsed_cannot_use_it() -> None:
    rows = [Row(1, "earned", 5_000, day(0)), Row(2, "earned", 1_000, day(25)),
            Row(3, "redeemed", -1_000, day(31))]
    # On day 31 lot 1 is gone (ended day 30): the spend takes lot 2 whole; all of lot 1 lapses.
    assert lapses_to_record(rows, day(31), 30) == {1: 5_000}
    assert [lot.left_minor for lot in lots(rows, day(31), 30)] == [0, 0]


def test_expiring_soon_names_the_nearest_lapse_and_what_is_left_of_it() -> None:
    rows = [Row(1, "earned", 5_000, day(0)), Row(2, "earned", 3_000, day(10)),
            Row(3, "redeemed", -2_000, day(5))]
    assert expiring(rows, day(15), 30, within_days=14) is None    # day 30 is 15 days away
    assert expiring(rows, day(16), 30, within_days=14) == (day(30), 3_000)
    assert expiring(rows, day(30), 30, within_days=14) == (day(40), 3_000)  # lot 1 has lapsed
    assert expiring(rows, day(16), 0, within_days=14) is None     # 0: points never expire
