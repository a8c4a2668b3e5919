"""Products written differently, merged into one: every figure uses the canonical name."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.products import aliases
from app.services.products.overview import product_figures
from tests.services.products.shop import create_coffee_shop

TODAY = dt.date(2026, 11, 27)
GRAIN, SPELLED, OTHER = "Кофе в зёрнах 250 г", "кофе в зёрнах 250 г", "Кофе зерно 250г"


def _shop(db: Database) -> None:
    create_coffee_shop(db, [
        (1, "2026-01-01", 50_000, None, GRAIN), (1, "2026-01-29", 50_000, None, SPELLED),
        (2, "2026-02-01", 50_000, None, OTHER), (2, "2026-03-01", 40_000, None, GRAIN),
        (3, "2026-02-10", 50_000, None, OTHER)], customers=3)


def test_merged_names_are_one_product_in_every_figure(db: Database) -> None:
    _shop(db)
    assert len(product_figures(db, TODAY)) == 3
    aliases.merge(db, [SPELLED, OTHER], GRAIN)
    rows = product_figures(db, TODAY)
    assert list(rows["name"]) == [GRAIN]
    coffee = rows.iloc[0]
    # Анна 2 orders, Борис 2, Вера 1; first orders held it for all three; two came back.
    assert (coffee["buyers"], coffee["orders"], coffee["revenue_minor"]) == (3, 5, 240_000)
    assert (coffee["first_buyers"], coffee["came_back"]) == (3, 2)
    assert coffee["intervals"] == 2  # 28 days (Анна), 28 days (Борис)


def test_a_merge_into_a_merged_name_follows_it_and_unmerge_separates(db: Database) -> None:
    _shop(db)
    aliases.merge(db, [SPELLED], GRAIN)
    aliases.merge(db, [OTHER], SPELLED)  # SPELLED is GRAIN already: OTHER joins GRAIN
    assert aliases.load(db) == {OTHER: GRAIN, SPELLED: GRAIN}
    aliases.unmerge(db, OTHER)
    assert set(product_figures(db, TODAY)["name"]) == {GRAIN, OTHER}
    with pytest.raises(UserFacingError):
        aliases.merge(db, [OTHER], " ")
