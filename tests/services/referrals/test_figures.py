"""Recommendation figures and the two-sided bonus over a hand-made shop."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.referrals import card, figures, rewards
from app.services.settings import REFERRAL_FRIEND_BONUS, REFERRAL_YOUR_BONUS, Settings
from tests.services.referrals.helpers import add_customer, add_line

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def shop(db: Database) -> dict[str, int]:
    """Anna (old customer) brought Boris and Vera in March, Gleb in February; Dina brought Egor,
    who has not bought yet; Fedor came in March on his own."""
    p = {n: add_customer(db, n) for n in ("Anna", "Dina", "Fedor")}
    p["Boris"] = add_customer(db, "Boris", referred_by=p["Anna"])
    p["Vera"] = add_customer(db, "Vera", referred_by=p["Anna"])
    p["Gleb"] = add_customer(db, "Gleb", referred_by=p["Anna"])
    p["Egor"] = add_customer(db, "Egor", referred_by=p["Dina"])
    add_line(db, p["Anna"], dt.date(2025, 5, 1), 1000)
    add_line(db, p["Dina"], dt.date(2026, 3, 2), 700)
    add_line(db, p["Fedor"], dt.date(2026, 3, 3), 900)
    add_line(db, p["Boris"], dt.date(2026, 3, 5), 2000)
    add_line(db, p["Boris"], dt.date(2026, 3, 20), -500)  # a refund
    add_line(db, p["Vera"], dt.date(2026, 3, 7), 300)
    add_line(db, p["Vera"], dt.date(2026, 4, 7), 5000)  # after the period
    add_line(db, p["Gleb"], dt.date(2026, 2, 10), 400)
    add_line(db, p["Gleb"], dt.date(2026, 3, 11), 600)
    return p


def test_figures_of_a_period(db: Database) -> None:
    p = shop(db)
    f = figures.referral_figures(db, *MARCH)
    assert f.new_customers == 4  # Dina, Fedor, Boris, Vera
    assert f.referred_new == 2  # Boris, Vera
    assert f.share == 0.5
    assert f.revenue_minor == 2000 - 500 + 300 + 600  # Boris, Vera, Gleb within March
    assert (f.recommended, f.converted) == (4, 3)  # Egor has not bought
    assert f.conversion == 0.75
    assert [(t.id, t.friends, t.revenue_minor) for t in f.top] == [(p["Anna"], 2, 1800)]


def test_empty_period(db: Database) -> None:
    shop(db)
    f = figures.referral_figures(db, dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    assert (f.new_customers, f.referred_new, f.revenue_minor, f.top) == (0, 0, 0, [])
    assert f.share is None
    assert (f.recommended, f.converted) == (4, 0)


def test_bonus_recorded_once_at_the_first_order_and_shown_on_both_cards(db: Database) -> None:
    p = shop(db)
    settings = Settings(db)
    settings.set(REFERRAL_FRIEND_BONUS, "10 % off")
    settings.set(REFERRAL_YOUR_BONUS, "a free coffee")
    assert rewards.record_rewards(db, settings) == 3  # Boris, Vera, Gleb; not Egor
    assert rewards.record_rewards(db, settings) == 0
    add_line(db, p["Egor"], dt.date(2026, 4, 2), 100)
    settings.set(REFERRAL_FRIEND_BONUS, "15 % off")
    assert rewards.record_rewards(db, settings) == 1
    anna = card.load_card(db, p["Anna"])
    assert [f.name for f in anna.brought] == ["Boris", "Gleb", "Vera"]
    assert anna.brought_revenue_minor == 1500 + 1000 + 5300
    boris = card.load_card(db, p["Boris"])
    assert boris.referrer is not None and boris.referrer.name == "Anna"
    assert boris.reward == card.Reward(dt.date(2026, 3, 5), "10 % off", "a free coffee")
    egor = card.load_card(db, p["Egor"])
    assert egor.reward is not None and egor.reward.friend_bonus == "15 % off"
    assert egor.code == "EGR2"  # Egor: the O left out
