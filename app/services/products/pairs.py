""""Goes well with": pairs (A, B) where buying A is followed by buying B more often than chance
allows in a shop this size.

**What is counted.** For each customer and product, the day she first bought it. A customer
*later bought B after A* when her first B is on her first A's day (the same order included) or
up to `WINDOW_DAYS` after it. `later` = such customers; `a_buyers`, `b_buyers` = buyers of each;
`customers` = everyone who bought a named product.

**The test.** Popular products and busy customers make pairs by chance: a customer with 40
products has most popular ones. So the null hypothesis is "her products are drawn independently
of each other": a buyer of A with m other products has B among them with chance
1 - (1 - pi_B)^m, where pi_B is B's share of all customer-product pairs. The expected count
`expected` is that chance summed over A's buyers (customers grouped by m, each group at its
largest m, which only raises it). The count of A-buyers with B is then a sum of independent
Bernoulli trials, and its upper tail is bounded by the Poisson tail of the same mean, so the
p-value is `poisson.sf(later - 1, expected)` (scipy.special.pdtrc). Counting only B *after* A
(never before) lowers `later`, so the test is conservative twice.

**False discoveries.** Every ordered pair with at least one customer is a tested hypothesis;
pairs below `MIN_CUSTOMERS` get p = 1 (they cannot be kept). Benjamini-Hochberg at `FDR_Q` over
all of them keeps the pairs. Customers with over `MAX_ITEMS_PER_CUSTOMER` products are left out.
With independent purchases (tests/services/products) none survive.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services.products.lines import ProductLines, dense_codes

WINDOW_DAYS = 90
MIN_CUSTOMERS = 3
FDR_Q = 0.05
# A customer with more different products than this (a reseller, a staff account) has bought
# nearly everything, so says nothing about which product leads to which; she is left out.
MAX_ITEMS_PER_CUSTOMER = 100

COLUMNS = ["a", "b", "a_name", "b_name", "a_buyers", "later", "b_buyers", "customers",
           "expected", "p_value"]


def find_pairs(lines: ProductLines, by: str = "product") -> pd.DataFrame:
    """Kept pairs, strongest first (smallest p-value), with their evidence figures."""
    names = lines.products if by == "product" else lines.categories
    frame = lines.frame
    sales = frame[(frame["amount_minor"] >= 0) & (frame[by] >= 0)]
    if sales.empty:
        return pd.DataFrame(columns=COLUMNS)
    customer, item, day = first_purchases(sales["customer_id"].to_numpy(), sales[by].to_numpy(),
                                          sales["day"].to_numpy())
    count = len(names)
    a_idx, b_idx = _window_pairs(customer, day)
    codes, later = _counted(item[a_idx] * count + item[b_idx])
    buyers = np.bincount(item, minlength=count)
    customers = int(pd.unique(customer).size)
    p_value = np.ones(len(codes))
    candidate = later >= MIN_CUSTOMERS
    a, b = codes // count, codes % count
    expected = np.full(len(codes), np.nan)
    if candidate.any():
        # scipy.special, not scipy.stats: the same function (stats.poisson.sf(k, mu) is
        # special.pdtrc(k, mu)) without importing all of scipy.stats on the page's first load.
        from scipy import special

        expected[candidate] = _expected(customer, item, buyers, a[candidate], b[candidate])
        p_value[candidate] = special.pdtrc(later[candidate] - 1, expected[candidate])
    kept = np.zeros(len(codes), dtype=bool)
    kept[candidate] = _benjamini_hochberg(p_value[candidate], FDR_Q, tests=len(codes))
    result = pd.DataFrame({
        "a": a[kept], "b": b[kept], "a_name": [names[i] for i in a[kept]],
        "b_name": [names[i] for i in b[kept]], "a_buyers": buyers[a[kept]],
        "later": later[kept], "b_buyers": buyers[b[kept]], "customers": customers,
        "expected": expected[kept], "p_value": p_value[kept]})
    return result.sort_values(["p_value", "later"], ascending=[True, False],
                              kind="stable").reset_index(drop=True)[COLUMNS]


def first_purchases(customer: np.ndarray, item: np.ndarray,
                    day: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each customer's first day with each item, sorted by customer, then day (ties in any
    order: the window counts both ways), customers with over MAX_ITEMS_PER_CUSTOMER items left
    out. Two sorts of packed keys: a pandas groupby and sort of a million lines took 3x longer."""
    customer = customer.astype("int64")
    item = item.astype("int64")
    offset = day.astype("int64") - (int(day.min()) if len(day) else 0)
    customer_bits, item_bits, day_bits = (max(1, int(values.max()).bit_length()) if len(values)
                                          else 1 for values in (customer, item, offset))
    ids = None
    if customer_bits + item_bits + day_bits > 63:  # ids too large to pack: pack their codes
        codes, ids = pd.factorize(customer, sort=True)  # codes in the ids' order
        customer = np.asarray(codes, dtype=np.int64)
    low_bits = item_bits + day_bits
    by_item = np.sort((customer << low_bits) | (item << day_bits) | offset)
    pair = by_item >> day_bits
    first = by_item[np.r_[True, pair[1:] != pair[:-1]]] if len(pair) else by_item
    first_customer = first >> low_bits
    starts = np.flatnonzero(np.r_[True, first_customer[1:] != first_customer[:-1]]) \
        if len(first) else np.zeros(0, dtype=np.int64)
    breadth = np.repeat(np.diff(np.r_[starts, len(first)]), np.diff(np.r_[starts, len(first)]))
    first = first[breadth <= MAX_ITEMS_PER_CUSTOMER]
    mask = (1 << day_bits) - 1
    by_day = np.sort(((first >> low_bits) << low_bits) | ((first & mask) << item_bits)
                     | ((first >> day_bits) & ((1 << item_bits) - 1)))
    first_customer = by_day >> low_bits
    return (first_customer if ids is None else np.asarray(ids)[first_customer],
            by_day & ((1 << item_bits) - 1),
            ((by_day >> item_bits) & mask) + (int(day.min()) if len(day) else 0))


def _window_pairs(customer: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row pairs (j, l), j != l, of one customer with day[j] <= day[l] <= day[j] + WINDOW_DAYS.
    Rows are sorted by customer, then day."""
    key = (customer.astype("int64") << 24) + day - day.min()
    low = np.searchsorted(key, key, side="left")
    high = np.searchsorted(key, key + WINDOW_DAYS, side="right")
    sizes = high - low
    starts = np.repeat(low - np.cumsum(np.r_[0, sizes[:-1]]), sizes)
    b_idx = starts + np.arange(int(sizes.sum()))
    a_idx = np.repeat(np.arange(len(key)), sizes)
    other = a_idx != b_idx
    return a_idx[other], b_idx[other]


def _expected(customer: np.ndarray, item: np.ndarray, buyers: np.ndarray,
              a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sum over A's buyers of 1 - (1 - pi_B)^m (m: her other products), customers binned by m
    and each bin taken at its largest m."""
    inverse = dense_codes(customer)
    others = np.bincount(inverse)[inverse] - 1
    edges = np.unique(np.r_[np.arange(0, 16), np.geomspace(16, max(16, others.max() + 1), 32)
                            .astype("int64")])
    bins = np.minimum(np.searchsorted(edges, others, side="left"), len(edges) - 1)
    histogram = np.zeros((len(buyers), len(edges)))
    np.add.at(histogram, (item, bins), 1)
    reach = edges.astype("float64")  # each bin at its upper edge, never below its customers' m
    share = buyers / buyers.sum()
    result = np.empty(len(a))
    for start in range(0, len(a), 20_000):  # bounded memory for a big catalogue
        part = slice(start, start + 20_000)
        chance = 1.0 - (1.0 - share[b[part], None]) ** reach[None, :]
        result[part] = (histogram[a[part]] * chance).sum(axis=1)
    return result


def _benjamini_hochberg(p_value: np.ndarray, q: float, tests: int) -> np.ndarray:
    """Which of `p_value` BH keeps among `tests` hypotheses; the ones not given have p = 1, so
    they rank last and only count in `tests`."""
    order = np.argsort(p_value, kind="stable")
    passing = np.flatnonzero(p_value[order] <= q * np.arange(1, len(p_value) + 1) / max(tests, 1))
    kept = np.zeros(len(p_value), dtype=bool)
    if len(passing):
        kept[order[: passing[-1] + 1]] = True
    return kept


def _counted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values and how often each occurs (one sort; numpy 2's hashing unique is slower
    on tens of millions of int64)."""
    ordered = np.sort(values)
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else \
        np.zeros(0, dtype=np.int64)
    return ordered[starts], np.diff(np.r_[starts, len(ordered)])
