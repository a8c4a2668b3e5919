"""What to offer one customer next, with the evidence: the owner's own pairs first, then the
product pairs the shop's history supports, then category pairs (for products too sparse to pair,
the category's most bought product she has not had). Her usual product is her most ordered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.products.overview import ProductsOverview, compute_overview
from app.services.settings import QT_TRANSLATE_NOOP

OWNER, PRODUCT, CATEGORY = "owner", "product", "category"


@dataclass(frozen=True)
class Suggestion:
    product: str
    source: str  # OWNER, PRODUCT or CATEGORY
    first: str  # what she bought (a product, or a category for CATEGORY)
    then: str  # what buyers of `first` later bought
    later: int = 0  # customers who bought `then` after `first`
    buyers: int = 0  # buyers of `first`
    then_buyers: int = 0
    customers: int = 0


@dataclass(frozen=True)
class CustomerSuggestions:
    usual_product: str
    suggestions: list[Suggestion]

    @property
    def next_product(self) -> str:
        return self.suggestions[0].product if self.suggestions else ""


def customer_suggestions(db: Database, customer_id: int, as_of: dt.date) -> CustomerSuggestions:
    conn = db.raw_connection()
    try:
        known = conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone()
    finally:
        conn.close()
    if known is None:
        raise UserFacingError(QT_TRANSLATE_NOOP("products", "There is no customer number {id}.")
                              .format(id=customer_id))
    return suggest_for(compute_overview(db, as_of), customer_id)


def next_products(db: Database, customer_ids: list[int], as_of: dt.date) -> dict[int, str]:
    """Each customer's best suggestion ("" when none), the shop's pairs computed once."""
    overview = compute_overview(db, as_of)
    return {cid: suggest_for(overview, cid).next_product for cid in customer_ids}


def suggest_for(overview: ProductsOverview, customer_id: int) -> CustomerSuggestions:
    frame = overview.lines.frame
    names = overview.lines.products
    mine = frame[(frame["customer_id"] == customer_id) & (frame["amount_minor"] >= 0)
                 & (frame["product"] >= 0)]
    if mine.empty:
        return CustomerSuggestions("", [])
    orders = mine.drop_duplicates(["product", "order"]).groupby("product").agg(
        orders=("order", "size"), last=("day", "max"))
    orders["name"] = [names[i] for i in orders.index]
    usual = orders.sort_values(["orders", "last", "name"], ascending=[False, False, True])
    bought = set(orders["name"])
    found: list[Suggestion] = []
    for first, then in overview.owner.own:
        if first in bought and then not in bought and (first, then) not in overview.owner.hidden:
            found.append(Suggestion(then, OWNER, first, then))
    for row in _rows(overview.product_pairs):
        if row["a_name"] in bought and row["b_name"] not in bought:
            found.append(_evidence(str(row["b_name"]), PRODUCT, row))
    categories = set(frame.loc[mine.index, "category"]) - {-1}
    best = _best_product_of_category(overview)
    for row in _rows(overview.category_pairs):
        product = best.get(int(row["b"]), "")
        if row["a"] in categories and product and product not in bought:
            found.append(_evidence(product, CATEGORY, row))
    unique: dict[str, Suggestion] = {}
    for suggestion in found:
        unique.setdefault(suggestion.product, suggestion)
    return CustomerSuggestions(str(usual["name"].iloc[0]), list(unique.values()))


def _rows(pairs: pd.DataFrame) -> list[dict[str, Any]]:
    return [] if pairs.empty else [{str(k): v for k, v in row.items()}
                                   for row in pairs.to_dict("records")]


def _evidence(product: str, source: str, row: dict[str, Any]) -> Suggestion:
    return Suggestion(product, source, str(row["a_name"]), str(row["b_name"]),
                      int(row["later"]), int(row["a_buyers"]), int(row["b_buyers"]),
                      int(row["customers"]))


def _best_product_of_category(overview: ProductsOverview) -> dict[int, str]:
    """Each category's product with the most buyers."""
    frame = overview.lines.frame
    named = frame[(frame["product"] >= 0) & (frame["category"] >= 0)]
    category_of = named.groupby("product")["category"].first()
    buyers = overview.products["buyers"].reindex(category_of.index).to_numpy()
    table = pd.DataFrame({"category": category_of.to_numpy(), "buyers": buyers,
                          "product": category_of.index.to_numpy()})
    top = table.sort_values(["buyers", "product"], ascending=[False, True]).drop_duplicates(
        "category")
    return {int(c): overview.lines.products[int(p)]
            for c, p in zip(top["category"], top["product"], strict=True)}


def percent(part: int, whole: int) -> int:
    return int(np.round(100 * part / whole)) if whole else 0


_T = QT_TRANSLATE_NOOP
OWNER_TEXT = _T("products", "your pair: with {first} offer {then}")
PAIR_TEXT = _T("products", "{later} of {buyers} buyers of {first} later bought {then} "
                           "({share} % vs {base} % of everyone)")


def evidence_sentence(suggestion: Suggestion,
                      translate: Callable[[str, str], str] = lambda _c, text: text) -> str:
    """"8 of 23 buyers of Куртка later bought Шарф (35 % vs 6 % of everyone)"."""
    if suggestion.source == OWNER:
        return translate("products", OWNER_TEXT).format(first=suggestion.first,
                                                        then=suggestion.then)
    return translate("products", PAIR_TEXT).format(
        later=suggestion.later, buyers=suggestion.buyers, first=suggestion.first,
        then=suggestion.then, share=percent(suggestion.later, suggestion.buyers),
        base=percent(suggestion.then_buyers, suggestion.customers))
