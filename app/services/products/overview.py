"""What the Products page, the `products` and `suggest` commands, the card and the messages read:
figures per product and category, and the kept pairs (hidden ones removed), as of a day."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pandas as pd

from app.services.database import Database
from app.services.products import aliases, owner_pairs
from app.services.products.figures import figures, sales_of
from app.services.products.lines import ProductLines, load_product_lines
from app.services.products.pairs import find_pairs


@dataclass(frozen=True)
class ProductsOverview:
    as_of: dt.date
    lines: ProductLines
    products: pd.DataFrame  # figures.COLUMNS, one row per product (index: its code)
    categories: pd.DataFrame
    product_pairs: pd.DataFrame  # pairs.COLUMNS, strongest first, hidden ones left out
    category_pairs: pd.DataFrame
    owner: owner_pairs.OwnerPairs


def load_lines(db: Database, as_of: dt.date) -> ProductLines:
    return load_product_lines(db, as_of, aliases.load(db))


def product_figures(db: Database, as_of: dt.date) -> pd.DataFrame:
    """Figures per product only (the `products` command): no pairs to test."""
    return figures(load_lines(db, as_of), "product")


def compute_overview(db: Database, as_of: dt.date, with_pairs: bool = True) -> ProductsOverview:
    lines = load_lines(db, as_of)
    owner = _canonical(owner_pairs.load(db), aliases.load(db))
    empty = pd.DataFrame()
    # The pairs are tested on a second thread while this one works out the figures: both are
    # mostly numpy sorts, which release the GIL, so two cores share them (bench_products).
    with ThreadPoolExecutor(max_workers=1) as pool:
        pairs = pool.submit(_pairs, lines, owner) if with_pairs else None
        sales = sales_of(lines)
        products, categories = figures(lines, "product", sales), figures(lines, "category", sales)
        product_pairs, category_pairs = pairs.result() if pairs else (empty, empty)
    return ProductsOverview(as_of, lines, products, categories, product_pairs, category_pairs,
                            owner)


def _pairs(lines: ProductLines,
           owner: owner_pairs.OwnerPairs) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (_visible(find_pairs(lines, "product"), owner),
            _visible(find_pairs(lines, "category"), owner))


def _canonical(owner: owner_pairs.OwnerPairs, names: dict[str, str]) -> owner_pairs.OwnerPairs:
    """The owner's pairs by the merged names (a pair set before a merge still applies)."""
    def name(text: str) -> str:
        return names.get(text, text)

    return owner_pairs.OwnerPairs([(name(a), name(b)) for a, b in owner.own],
                                  {(name(a), name(b)) for a, b in owner.hidden})


def _visible(pairs: pd.DataFrame, owner: owner_pairs.OwnerPairs) -> pd.DataFrame:
    if pairs.empty or not owner.hidden:
        return pairs
    hidden = [(a, b) in owner.hidden for a, b in zip(pairs["a_name"], pairs["b_name"],
                                                     strict=True)]
    return pairs[~pd.Series(hidden, index=pairs.index)].reset_index(drop=True)
