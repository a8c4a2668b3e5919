"""Today's reason names the product the script offers (`next_product`), only when the script
reads it and there is one; a restock reminder's script speaks of the product running out."""

from __future__ import annotations

import datetime as dt

from app.services.messages.library import create_template, render_for_customer
from app.services.products import owner_pairs
from app.services.reminders.reasons import format_reason, with_offer
from app.services.settings import Settings
from tests.services.reminders.data import add_customer, add_order

TODAY = dt.date(2026, 6, 1)


def _jacket_buyer(db) -> int:
    cid = add_customer(db)
    add_order(db, cid, TODAY - dt.timedelta(days=70), product="Куртка")
    owner_pairs.add(db, "Куртка", "Шарф")
    return cid


def test_a_script_with_next_product_names_the_offer(db):
    cid = _jacket_buyer(db)
    tid = create_template(db, "Offer", "en", "", "Hi! {{ next_product }} goes with it.")
    rendered = render_for_customer(db, Settings(db), cid, tid, "en", TODAY)
    assert rendered.offer == "Шарф"
    reason = format_reason("not_bought", {"days": 70}, "en")
    assert with_offer(reason, rendered.offer) == "no purchases for 70 days — offer: Шарф"
    assert with_offer(format_reason("not_bought", {"days": 70}, "ru"), rendered.offer,
                      "ru") == "нет покупок уже 70 дней — предложить: Шарф"


def test_no_offer_when_the_script_does_not_use_it_or_has_none(db):
    cid = _jacket_buyer(db)
    plain = create_template(db, "Plain", "en", "", "Hi! How is the jacket?")
    assert render_for_customer(db, Settings(db), cid, plain, "en", TODAY).offer == ""
    owner_pairs.remove(db, "Куртка", "Шарф")
    offers = create_template(db, "Offer", "en", "", "Hi!{% if next_product %} "
                             "{{ next_product }}?{% endif %}")
    assert render_for_customer(db, Settings(db), cid, offers, "en", TODAY).offer == ""
    assert with_offer("no purchases for 70 days", "") == "no purchases for 70 days"


def test_a_restock_script_names_the_product_running_out(db):
    cid = add_customer(db)
    for days in (90, 60, 30):  # her most bought is the mug, the coffee is running out
        add_order(db, cid, TODAY - dt.timedelta(days=days), product="Кружка")
    add_order(db, cid, TODAY - dt.timedelta(days=30), product="Кофе в зёрнах")
    values = {"usual_product": "Кофе в зёрнах"}
    text = render_for_customer(db, Settings(db), cid, "restock", "en", TODAY, values).body
    assert "“Кофе в зёрнах”" in text and "Кружка" not in text
    assert "“Кружка”" in render_for_customer(db, Settings(db), cid, "restock", "en", TODAY).body
