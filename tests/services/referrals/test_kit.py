"""The referral kit filled for a real customer: her code, the friend's bonus and the shop's
contacts from the settings, no holes in either language, with or without the optional values."""

from __future__ import annotations

import pytest

from app.services.database import Database
from app.services.messages.builtins import BUILTINS
from app.services.messages.context import context_for_customer
from app.services.messages.render import render_message
from app.services.settings import (
    REFERRAL_FRIEND_BONUS,
    SHOP_CONTACTS,
    SHOP_NAME,
    Settings,
)
from tests.conftest import TODAY
from tests.services.messages.test_no_holes import holes
from tests.services.referrals.helpers import add_customer


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("filled", [True, False])
def test_kit_carries_the_code_bonus_and_contacts(db: Database, language: str,
                                                 filled: bool) -> None:
    anna = add_customer(db, "Анна Петрова" if language == "ru" else "Anna Peterson")
    settings = Settings(db)
    if filled:
        settings.set_many({SHOP_NAME.key: "Лавка", SHOP_CONTACTS.key: "+7 900 000-00-00",
                           REFERRAL_FRIEND_BONUS.key: "10 % off"})
    context = context_for_customer(db, settings, anna, language, TODAY)
    assert context is not None
    kit = BUILTINS[("referral_kit", language)]
    rendered = render_message(kit.subject, kit.body, context, language)
    assert rendered.ok, rendered.error
    assert not holes(rendered.body), rendered.body
    assert "ANNA2" in rendered.body  # made on first use: she had no code yet
    for value in ("Лавка", "+7 900 000-00-00", "10 % off"):
        assert (value in rendered.body) == filled
