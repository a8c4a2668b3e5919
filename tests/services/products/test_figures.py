"""Product and category figures on the hand-made coffee shop (tests/services/products/shop.py)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from app.services.database import Database
from app.services.products.figures import figures
from app.services.products.overview import load_lines, product_figures
from tests.services.products.shop import COFFEE, FILTERS, MUG, create_coffee_shop

TODAY = dt.date(2026, 11, 27)


def _by_name(frame: pd.DataFrame) -> dict[str, dict[str, object]]:
    return {row["name"]: row for row in frame.to_dict("records")}


def test_figures_of_each_product_equal_the_hand_computation(db: Database) -> None:
    create_coffee_shop(db)
    rows = _by_name(product_figures(db, TODAY))
    assert set(rows) == {COFFEE, MUG, FILTERS}  # Жанна's line without a product is in none
    coffee = rows[COFFEE]
    # Анна 4 + Борис 3 + Вера 2 + Дарья 1 + Евгений 1 orders; the refund is no order.
    assert (coffee["buyers"], coffee["orders"]) == (5, 11)
    assert coffee["revenue_minor"] == 11 * 100_000 - 50_000
    # First orders holding coffee: Анна, Борис, Вера, Евгений; all but Евгений came back.
    assert (coffee["first_buyers"], coffee["came_back"], coffee["came_back_rate"]) == (4, 3, 0.75)
    # Orders by customers with 2+ orders: all but Евгений's one.
    assert coffee["repeat_share"] == 10 / 11
    # Gaps 28, 28, 28 (Анна), 30, 30 (Борис), 26 (Вера): median 28; Дарья's one coffee has none.
    assert (coffee["intervals"], coffee["interval_customers"]) == (6, 3)
    assert coffee["replenish_days"] == 28.0
    assert math.isclose(coffee["replenish_spread"], (29.5 - 28.0) / 28.0)
    mug = rows[MUG]
    assert (mug["buyers"], mug["orders"], mug["revenue_minor"]) == (2, 2, 50_000)
    # Анна's first order held the mug (she came back); Григорий's free mug was his only order.
    assert (mug["first_buyers"], mug["came_back"], mug["came_back_rate"]) == (2, 1, 0.5)
    assert math.isnan(mug["replenish_days"])
    filters = rows[FILTERS]
    assert (filters["buyers"], filters["came_back"], filters["came_back_rate"]) == (1, 1, 1.0)


def test_as_of_leaves_later_purchases_out(db: Database) -> None:
    create_coffee_shop(db)
    coffee = _by_name(product_figures(db, dt.date(2026, 6, 30)))[COFFEE]
    # Анна 4 and Борис 3 orders by 30 Jun; both came back; gaps 28 x3, 30 x2 = 5 from 2 buyers.
    assert (coffee["buyers"], coffee["orders"], coffee["came_back_rate"]) == (2, 7, 1.0)
    assert coffee["intervals"] == 5 and math.isnan(coffee["replenish_days"])  # 2 customers < 3


def test_category_figures_join_their_products(db: Database) -> None:
    create_coffee_shop(db)
    rows = _by_name(figures(load_lines(db, TODAY), "category"))
    # Кофе = coffee + filters: Дарья's first order (filters) is in the category's first buyers.
    assert (rows["Кофе"]["buyers"], rows["Кофе"]["orders"]) == (5, 12)
    assert (rows["Кофе"]["first_buyers"], rows["Кофе"]["came_back"]) == (5, 4)
    assert rows["Кофе"]["revenue_minor"] == 11 * 100_000 - 50_000 + 30_000


def test_scattered_repeats_have_no_clear_interval(db: Database) -> None:
    lines: list[tuple[int, str, int, str | None, str | None]] = []
    for customer, days in {1: (0, 5, 200), 2: (0, 7, 160), 3: (0, 10, 300)}.items():
        for offset in days:
            day = dt.date(2025, 1, 1) + dt.timedelta(days=offset)
            lines.append((customer, day.isoformat(), 1000, None, COFFEE))
    create_coffee_shop(db, lines, customers=3)
    coffee = _by_name(product_figures(db, TODAY))[COFFEE]
    # Gaps 5, 195, 7, 153, 10, 290: six from three buyers, but spread far above the median.
    assert (coffee["intervals"], coffee["interval_customers"]) == (6, 3)
    assert coffee["replenish_median"] == (10 + 153) / 2
    assert math.isnan(coffee["replenish_days"])


def test_a_shop_without_sales_has_no_products(db: Database) -> None:
    create_coffee_shop(db, [(1, "2026-01-01", -1000, None, COFFEE)], customers=1)
    frame = product_figures(db, TODAY)
    assert list(frame["name"]) == [COFFEE]
    assert (frame["buyers"].iloc[0], frame["revenue_minor"].iloc[0]) == (0, -1000)
    assert math.isnan(frame["came_back_rate"].iloc[0])


def test_scripts_get_next_and_usual_product(db: Database) -> None:
    from app.services.messages.context import context_for_customer, sample_context
    from app.services.products import owner_pairs
    from app.services.settings import Settings

    create_coffee_shop(db)
    # Евгений bought coffee once; nothing supports a pair yet, so nothing to offer.
    context = context_for_customer(db, Settings(db), 6, "ru", TODAY)
    assert context is not None
    assert (context["usual_product"], context["next_product"]) == (COFFEE, "")
    owner_pairs.add(db, COFFEE, FILTERS)
    context = context_for_customer(db, Settings(db), 6, "ru", TODAY)
    assert context is not None and context["next_product"] == FILTERS
    # Дарья has bought filters already: the owner's pair offers her nothing new.
    daria = context_for_customer(db, Settings(db), 5, "ru", TODAY)
    assert daria is not None and daria["next_product"] == ""
    assert sample_context("en", TODAY)["next_product"] == "Necklace “Moon”"


def test_lines_without_products_give_no_figures_and_no_suggestion(db: Database) -> None:
    from app.services.products.suggest import customer_suggestions

    create_coffee_shop(db, [(1, "2026-01-01", 1000, None, None),
                            (1, "2026-02-01", 2000, None, None)], customers=1)
    assert product_figures(db, TODAY).empty
    found = customer_suggestions(db, 1, TODAY)
    assert (found.usual_product, found.suggestions) == ("", [])
