"""Every dashboard figure against a hand computation on hand_shop (see its table)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.dashboard.figures import Ratio
from app.services.dashboard.overview import FigureSettings, all_time_figures, compare_periods
from app.services.dashboard.periods import calendar_period, custom_period
from app.services.database import Database
from tests.services.dashboard.hand_shop import AS_OF, create_hand_shop

# Small windows so the hand shop crosses them: active = ordered in the last 60 days,
# lapsed after 120.
CONFIG = FigureSettings(active_days=60, lost_after_days=120, window_days=14)
MAY = calendar_period("month", dt.date(2026, 5, 17))


def test_may_against_april(db: Database) -> None:
    create_hand_shop(db)
    both = compare_periods(db, MAY, AS_OF, CONFIG)
    may = both.current
    assert (may.period.first_date, may.period.last_date) == (dt.date(2026, 5, 1),
                                                              dt.date(2026, 5, 31))
    # Orders in May: A 1 May, B 1 May and 31 May, C 15 May (free), D 20 May, H 31 May.
    assert may.orders == 6
    assert (may.buyers, may.new_customers, may.returning_customers) == (5, 3, 2)  # new: B C H
    # Revenue per customer in May: A 2000 - 300, B 1000, C 0, D 600, H 100 = 3400 (G: no order).
    assert may.revenue_minor == 340_000
    assert may.average_order == Ratio(340_000, 6)
    # At May's end 7 customers ever ordered (A B C D E H I), 3 of them twice or more (A B D).
    assert may.repeat_rate == Ratio(3, 7)
    assert may.new_repeat_rate == Ratio(1, 3)  # of B C H only B came back (by 30 June)
    # Old enough: first order at least N days before 30 June. 30: B C H (H on 31 May exactly);
    # 60: B (1 May); 90: nobody. B's second order came 30 days after the first.
    assert may.second_within == {30: Ratio(1, 3), 60: Ratio(1, 1), 90: Ratio(0, 0)}
    assert may.second_within[90].value is None
    # 2nd orders in May: B after 30 days, D after 170 (1 Dec -> 20 May); 3rd: A after 111.
    assert may.median_days_to_2nd == 100.0
    assert may.median_days_to_3rd == 111.0
    # Active at 30 April (ordered since 2 March): A (5 Mar), E (20 Mar); at 31 May A is still
    # active, E (72 days) is not. D came back from inactivity and does not count as retained.
    assert may.retention == Ratio(1, 2)
    assert may.repeat_revenue_share == Ratio(330_000, 340_000)  # all but H's 100
    # Gaps ending in May: A 5 Mar -> 1 May 57, B 30, D 170.
    assert may.mean_days_between == pytest.approx(257 / 3)
    assert may.median_days_between == 57.0
    # Lifetime of A (111), B (30), D (170).
    assert may.lifetime_days == pytest.approx(311 / 3)
    # Money to 31 May: A 3200, B 1000, C 0, D 1000, E 800, H 100, I 300 = 6400 over 7.
    assert may.historic_clv == Ratio(640_000, 7)
    # Inactive (no order for 60 days) at 30 April: D and I; D bought in May.
    assert may.reactivation == Ratio(1, 2)
    assert may.states == {"won_back": 1, "active": 4, "at_risk": 1, "lapsed": 1}

    april = both.previous
    assert (april.period.first_date, april.period.last_date) == (dt.date(2026, 4, 1),
                                                                  dt.date(2026, 4, 30))
    # Nobody ordered in April: zero counts, nothing divided by zero.
    assert (april.orders, april.buyers, april.revenue_minor) == (0, 0, 0)
    assert april.average_order.value is None
    assert april.median_days_between is None
    # At April's end: A (2 orders), D, E, I ever ordered; A repeat; money 1500 + 400 + 800 + 300.
    assert april.repeat_rate == Ratio(1, 4)
    assert april.historic_clv == Ratio(300_000, 4)
    assert april.states == {"won_back": 0, "active": 2, "at_risk": 0, "lapsed": 2}


def test_first_and_last_day_belong_to_the_period(db: Database) -> None:
    create_hand_shop(db)
    june = compare_periods(db, calendar_period("month", dt.date(2026, 6, 1)), AS_OF, CONFIG)
    # B's and H's 31 May orders are May's, not June's; F's 2 July is after today.
    assert june.current.orders == 0
    assert june.previous.orders == 6
    one_day = compare_periods(db, custom_period(dt.date(2026, 5, 31), dt.date(2026, 5, 31)),
                              AS_OF, CONFIG)
    assert (one_day.current.orders, one_day.current.revenue_minor) == (2, 40_000)
    assert one_day.previous.period.last_date == dt.date(2026, 5, 30)
    assert one_day.previous.orders == 0


def test_all_time_and_as_of(db: Database) -> None:
    create_hand_shop(db)
    figures = all_time_figures(db, AS_OF, CONFIG)
    assert figures.repeat_rate == Ratio(3, 7)
    assert figures.orders == 11
    assert figures.revenue_minor == 640_000
    later = all_time_figures(db, dt.date(2026, 7, 2), CONFIG)  # F's purchase is seen now
    assert (later.repeat_rate.whole, later.revenue_minor) == (8, 1_140_000)


def test_empty_database(db: Database) -> None:
    both = compare_periods(db, MAY, AS_OF, CONFIG)
    for figures in (both.current, both.previous):
        assert figures.orders == 0
        assert figures.repeat_rate.value is None
        assert figures.retention.value is None
        assert figures.historic_clv.value is None
        assert figures.states == {"won_back": 0, "active": 0, "at_risk": 0, "lapsed": 0}
    assert all_time_figures(db, AS_OF, CONFIG).average_order.value is None


def test_one_customer_one_order(db: Database) -> None:
    create_hand_shop(db, {"Solo": [("2026-05-10", 250)]})
    may = compare_periods(db, MAY, AS_OF, CONFIG).current
    assert (may.buyers, may.new_customers, may.orders) == (1, 1, 1)
    assert may.repeat_rate == Ratio(0, 1)
    assert may.average_order.value == 25_000
    assert may.mean_days_between is None and may.lifetime_days is None
    assert may.retention == Ratio(0, 0)  # nobody was active on 30 April
    assert may.states["active"] == 1
