"""Raw table + mapping -> an ImportPlan: parsed rows, rejected rows, who is who, what is new.

Nothing is written here: the plan is what the summary shows before the user confirms. Purchases
get a `dedup_key` (natural key plus an occurrence counter within the file), and keys already in
the database are left out, so re-importing a file or an overlapping export adds nothing while two
identical lines in one file (two of the same item, same day) are both kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from pandas.core.util.hashing import combine_hash_arrays

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.importing import matching, parsing
from app.services.importing.mapping import IDENTITY_FIELDS, ORDER_LEVEL_FIELDS, used_fields
from app.services.importing.reading import RawTable

ORDERS, CUSTOMERS = "orders", "customers"
# day: days since 1970 (as purchased_on); order_code: the file's order number as a number, -1
# where none (for counting orders and for the recompute after an import into an empty database).
PURCHASE_COLUMNS = ["customer_ref", "purchased_on", "amount_minor", "quantity", "product",
                    "category", "order_id", "dedup_key", "day", "order_code"]
REJECT_COLUMNS = ["row", "column", "reason", "value"]
LINE_KEY = "regulars-import1"  # SipHash key of the line keys: part of every stored key

# Reasons are English source strings; the UI translates them (context "import").
R_DATE_EMPTY = "The date is empty"
R_DATE_BAD = "Not a date"
R_DATE_FUTURE = "The date is in the future"
R_AMOUNT_EMPTY = "The amount is empty"
R_AMOUNT_BAD = "Not a number"
R_QTY_BAD = "The quantity is not a number"
R_NOBODY = "No name, phone, e-mail or customer code to identify the customer"
R_PHONE_BAD = "Not a phone number"
R_EMAIL_BAD = "Not an e-mail address"
R_CANCELLED = "A cancelled or refunded order: not a sale"


class MappingError(UserFacingError):
    """The chosen columns are not enough to import anything."""


@dataclass
class ImportPlan:
    source_name: str
    file_hash: str
    sheet: str | None
    shape: str
    columns: dict[str, str]
    rows_read: int
    rejected: pd.DataFrame
    warnings: pd.DataFrame  # same columns as rejected: problems that did not stop the row
    conflicts: list[dict]
    new_customers: list[matching.NewCustomer]
    purchases: pd.DataFrame  # only purchases not yet in the database
    purchases_existing: int
    orders_added: int
    customers_matched: int
    date_order: str = "dmy"
    dates_ambiguous: bool = False
    # (highest id, count) of the purchases the plan was checked against: the writer refuses the
    # plan if they changed, since lines added or removed since then would make it wrong.
    purchases_seen: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)

    @property
    def customers_created(self) -> int:
        return len(self.new_customers)

    @property
    def purchases_added(self) -> int:
        return len(self.purchases)

    @property
    def rows_rejected(self) -> int:
        return int(self.rejected["row"].nunique()) if len(self.rejected) else 0

    @property
    def has_anything(self) -> bool:
        return self.purchases_added > 0 or self.customers_created > 0


def build_plan(db: Database, raw: RawTable, columns: dict[str, str], *, region: str = "RU",
               as_of: dt.date) -> ImportPlan:
    with parsing.cleaning_each_column_once():
        return _build_plan(db, raw, columns, region, as_of)


def _build_plan(db: Database, raw: RawTable, columns: dict[str, str], region: str,
                as_of: dt.date) -> ImportPlan:
    fields = used_fields(columns)
    shape = _shape(fields)
    frame = raw.frame
    rows = frame.index.to_numpy()
    n = len(frame)
    problems: list[pd.DataFrame] = []
    warnings: list[pd.DataFrame] = []
    # Each used column once as a categorical: every parse below handles each distinct value once.
    cols = {f: parsing.as_categorical(frame[h]) for f, h in fields.items()}
    # Order numbers, products and categories stay codes into their distinct texts until the
    # writer needs each chunk's texts: no per-row Python object is made or reordered for them.
    has_orders = "order_id" in cols
    order_codes, order_numbers = _text_codes(cols.get("order_id"), n)
    if has_orders:
        for f in ORDER_LEVEL_FIELDS:
            if f in cols:
                cols[f] = _fill_within_orders(cols[f], order_codes)
    product_codes, product_names = _text_codes(cols.get("product"), n)
    # Who each row is, as per-category values and per-row codes: a million rows name only as
    # many people as the file has, so no per-row object array is made for names and phones.
    ident = {name: _Values.of(cols.get(field), n, parse) for name, field, parse in (
        ("customer", "customer", None), ("customer_code", "customer_code", None),
        ("phone_raw", "phone", None),
        ("phone", "phone", lambda values: parsing.phones_e164(values, region)),
        ("email_raw", "email", None),
        ("email", "email", lambda values: [parsing.email_or_none(v) for v in values]))}
    warnings.append(_issues(rows, ~ident["phone_raw"].missing() & ident["phone"].missing(),
                            fields.get("phone"), R_PHONE_BAD, cols.get("phone")))
    warnings.append(_issues(rows, ~ident["email_raw"].missing() & ident["email"].missing(),
                            fields.get("email"), R_EMAIL_BAD, cols.get("email")))
    nobody = (ident["customer"].missing() & ident["customer_code"].missing()
              & ident["phone"].missing() & ident["email"].missing())
    ident_col = next((fields[f] for f in IDENTITY_FIELDS if f in fields), "")
    problems.append(_issues(rows, nobody, ident_col, R_NOBODY, None))
    valid = ~nobody
    birthday = parsing.parse_birthdays(cols["birthday"]) if "birthday" in cols else None
    date_order, ambiguous = "dmy", False
    if shape == ORDERS:
        dates = parsing.parse_dates(cols["date"], prefer_dayfirst=region not in ("US",))
        date_order, ambiguous = dates.order, dates.ambiguous
        date_blank = parsing.blank_mask(cols["date"])
        date_bad = (dates.days == parsing.MISSING) & ~date_blank
        future = dates.days > parsing.date_to_day(as_of) + 1
        problems += [_issues(rows, date_blank, fields["date"], R_DATE_EMPTY, None),
                     _issues(rows, date_bad, fields["date"], R_DATE_BAD, cols["date"]),
                     _issues(rows, future, fields["date"], R_DATE_FUTURE, cols["date"])]
        amounts, quantity, money_problems = _amounts(cols, fields, rows)
        problems += money_problems
        valid &= ~(date_blank | date_bad | future) & ~np.isnan(amounts) & ~np.isnan(quantity)
        if "status" in cols:
            cancelled = parsing.cancelled_statuses(cols["status"])
            problems.append(_issues(rows, cancelled, fields["status"], R_CANCELLED,
                                    cols["status"]))
            valid &= ~cancelled
    rejected = _combine(problems)
    person = _person_groups([cols[f] for f in IDENTITY_FIELDS if f in cols], n)
    valid_rows = np.flatnonzero(valid)
    firsts, group = matching.first_rows_of(person[valid_rows])
    first = valid_rows[firsts]  # each person's first valid row
    match = matching.match_people(
        _known(db), rows[first], *(ident[f].at(first) for f in (
            "customer_code", "phone", "email", "customer", "phone_raw")),
        None if birthday is None else birthday[first], group)
    matched = len(pd.unique(match.refs[match.refs > 0]))  # hashing: np.unique is slow
    plan = ImportPlan(
        source_name=raw.source.name, file_hash=raw.file_hash, sheet=raw.sheet, shape=shape,
        columns=dict(columns), rows_read=n, rejected=rejected, warnings=_combine(warnings),
        conflicts=match.conflicts, new_customers=[], purchases=_empty_purchases(),
        purchases_existing=0, orders_added=0, customers_matched=matched,
        date_order=date_order, dates_ambiguous=ambiguous,
    )
    if shape == CUSTOMERS:
        plan.new_customers = list(match.new_customers.values())
        return plan
    idx = np.flatnonzero(valid)
    # Text columns stay object arrays (None when absent): pandas' str dtype would copy and check
    # every one of a million cells for nothing.
    purchases = pd.DataFrame({
        "customer_ref": match.refs,
        "day": dates.days[idx],
        "amount_minor": amounts[idx].astype(np.int64),
        "quantity": quantity[idx],
        "product": parsing.categorical_of_unique(product_codes[idx], product_names),
        "category": parsing.categorical_of_unique(*_text_codes(cols.get("category"), n, idx)),
        "order_id": parsing.categorical_of_unique(order_codes[idx], order_numbers),
    })
    keys = line_keys(purchases, match.identity, _blank_filled(order_codes[idx], order_numbers),
                     _blank_filled(product_codes[idx], product_names))
    existing, plan.purchases_seen = existing_keys(db)
    is_new = ~pd.Series(keys).isin(existing).to_numpy()
    order = _storage_order(np.flatnonzero(is_new), match.refs, purchases["day"].to_numpy())
    new = purchases.iloc[order].reset_index(drop=True)
    new["purchased_on"] = _iso_days(new["day"].to_numpy())
    new["dedup_key"] = keys[order]
    new["order_code"] = order_codes[idx][order]
    plan.purchases = new[PURCHASE_COLUMNS]
    plan.purchases_existing = int((~is_new).sum())
    plan.orders_added = count_orders(new, new["order_code"].to_numpy())
    used_refs = set(pd.unique(new["customer_ref"].to_numpy()).tolist())
    plan.new_customers = [c for ref, c in match.new_customers.items() if ref in used_refs]
    return plan


def _person_groups(columns: list[pd.Series], n: int) -> np.ndarray:
    """One number per distinct combination of the identity cells (as written in the file)."""
    group = np.zeros(n, dtype=np.int64)
    for column in columns:  # categoricals: their codes number the distinct cells already
        codes = column.cat.codes.to_numpy().astype(np.int64) + 1
        group = pd.factorize(group * (len(column.cat.categories) + 1) + codes)[0].astype(np.int64)
    return group


def _shape(fields: dict[str, str]) -> str:
    if "date" in fields and ("amount" in fields or "price" in fields):
        return ORDERS
    money_or_date = {"date", "amount", "price"} & set(fields)
    if any(f in fields for f in IDENTITY_FIELDS) and not money_or_date:
        return CUSTOMERS
    raise MappingError(
        "Choose the columns with the date and the amount of each purchase, or, for a customer "
        "list, the column with the name, phone or e-mail."
    )


def _amounts(cols: dict[str, pd.Series], fields: dict[str, str],
             rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[pd.DataFrame]]:
    problems = []
    n = len(rows)
    quantity = np.ones(n)
    if "quantity" in fields:
        q_col = cols["quantity"]
        parsed_q = parsing.parse_numbers(q_col)
        q_blank = parsing.blank_mask(q_col)
        problems.append(_issues(rows, np.isnan(parsed_q) & ~q_blank, fields["quantity"],
                                R_QTY_BAD, q_col))
        quantity = np.where(q_blank, 1.0, parsed_q)
    amounts = np.full(n, np.nan)
    source = fields.get("amount") or fields["price"]
    blank = np.ones(n, dtype=bool)
    if "amount" in fields:
        a_col = cols["amount"]
        amounts = parsing.parse_money(a_col)
        blank = parsing.blank_mask(a_col)
    if "price" in fields:
        p_col = cols["price"]
        price = parsing.parse_money(p_col)
        use_price = blank & ~np.isnan(price)
        amounts = np.where(use_price, np.round(price * np.nan_to_num(quantity, nan=1.0)), amounts)
        blank &= parsing.blank_mask(p_col)
    raw_values = cols["amount"] if "amount" in cols else cols["price"]
    problems.append(_issues(rows, blank, source, R_AMOUNT_EMPTY, None))
    problems.append(_issues(rows, np.isnan(amounts) & ~blank, source, R_AMOUNT_BAD, raw_values))
    return amounts, quantity, problems


def _fill_within_orders(values: pd.Series, order_codes: np.ndarray) -> pd.Series:
    """Shopify-style exports fill order-level cells on the first line only: copy them down."""
    blank = parsing.blank_mask(values)
    need = blank & (order_codes >= 0)
    if not need.any():
        return values
    codes = values.cat.codes.to_numpy().copy()
    donors = np.flatnonzero(~blank & (order_codes >= 0))[::-1]
    first = np.full(order_codes.max() + 1, -1, dtype=np.int64)
    first[order_codes[donors]] = donors
    targets = np.flatnonzero(need)
    source = first[order_codes[targets]]
    ok = source >= 0
    codes[targets[ok]] = codes[source[ok]]
    return pd.Series(pd.Categorical.from_codes(codes, dtype=values.dtype), index=values.index)


def line_keys(purchases: pd.DataFrame, identity: np.ndarray, orders: pd.Categorical,
              products: pd.Categorical) -> np.ndarray:
    """A stable 64-bit identity per purchase line (int64): natural key + its occurrence in the file.

    Natural key: the order number and the line's content; without an order number, the customer,
    the day and the line's content. Keyed SipHash from pandas over the parts (stable across pandas
    versions, vectorised: a million keys in well under a second). Hashing a categorical hashes its
    distinct values once; the result equals hashing every cell. Databases from schema v1 had these
    same 64 bits as the first half of a text key (see migrations/v002_integer_line_keys.py).
    `orders`, `products`: the lines' order numbers and products as categoricals, "" where none
    (hashing each distinct text once instead of every line's).
    """
    with_order = purchases["order_id"].notna().to_numpy()
    parts = [with_order, orders, _who(identity, with_order),
             np.where(with_order, 0, purchases["day"].to_numpy()), products,
             purchases["amount_minor"].to_numpy(), purchases["quantity"].to_numpy()]
    # What hash_pandas_object does for a frame of these columns plus the occurrence, with each
    # column hashed once for both the grouping and the key.
    hashes = [pd.util.hash_array(part, hash_key=LINE_KEY, categorize=True) for part in parts]
    base = combine_hash_arrays(iter(hashes), len(hashes))
    occurrence = np.zeros(len(base), dtype=np.int64)
    repeated = pd.Series(base).duplicated(keep=False).to_numpy()  # usually few lines
    if repeated.any():
        same = base[repeated]
        occurrence[repeated] = pd.Series(same).groupby(same, sort=False).cumcount().to_numpy()
    hashes.append(pd.util.hash_array(occurrence, hash_key=LINE_KEY))
    return combine_hash_arrays(iter(hashes), len(hashes)).view(np.int64)


def _who(identity: np.ndarray, with_order: np.ndarray) -> pd.Categorical:
    """The customer identity for lines without an order number, "" for the others."""
    if isinstance(identity, pd.Categorical):
        codes = identity.codes.astype(np.int64)
        categories = np.asarray(identity.categories, dtype=object)
    else:
        codes, categories = pd.factorize(pd.Series(identity, dtype=object), use_na_sentinel=True)
        codes, categories = codes.astype(np.int64), np.asarray(categories, dtype=object)
    # "" (an order line, or nobody) gets its own code; an identity is never "".
    codes = np.where(with_order | (codes < 0), len(categories), codes)
    return parsing.categorical_of_unique(codes, np.append(categories, ""))


def count_orders(purchases: pd.DataFrame, order_codes: np.ndarray | None = None) -> int:
    """Distinct order numbers, plus distinct (customer, day) among lines without one.

    `order_codes`: the order numbers already factorized (-1 = none), so no string is hashed again.
    """
    sale = purchases["amount_minor"].to_numpy() > 0
    if order_codes is None:
        order_codes = pd.factorize(purchases["order_id"].to_numpy(dtype=object),
                                   use_na_sentinel=True)[0]
    with_id = order_codes >= 0
    by_id = len(pd.unique(order_codes[sale & with_id]))
    rest = sale & ~with_id
    day_codes = pd.factorize(purchases["day"].to_numpy()[rest])[0].astype(np.int64)
    refs = purchases["customer_ref"].to_numpy(dtype=np.int64)[rest]
    by_day = len(pd.unique(refs * (len(day_codes) + 1) + day_codes))
    return int(by_id + by_day)


def _storage_order(rows: np.ndarray, refs: np.ndarray, days: np.ndarray) -> np.ndarray:
    """`rows` ordered by customer id (new customers after existing ones, in the order their ids
    will be given), then day: the customer index then grows at its end, and a customer's lines
    sit together on disk for the card and the recompute."""
    if not len(rows):
        return rows
    ref = refs[rows].astype(np.int64)
    customer = np.where(ref > 0, ref, max(int(ref.max()), 0) - ref)
    day = days[rows].astype(np.int64)
    day -= day.min()
    if customer.max() < 1 << 38 and day.max() < 1 << 24:  # one integer sort key: 5x faster
        return rows[np.argsort((customer << 24) | day, kind="stable")]
    return rows[np.lexsort((day, customer))]


def existing_keys(db: Database) -> tuple[np.ndarray, tuple[int, int]]:
    """Every line key already stored, and the (highest id, count) of purchases read, in one
    read transaction. Integers only: a hand-made row's text key is never a file's line."""
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN")
        seen = purchases_fingerprint(conn)
        cursor = conn.execute("SELECT dedup_key FROM purchases WHERE typeof(dedup_key) = 'integer'")
        keys = np.fromiter((key for (key,) in cursor), dtype=np.int64)
        conn.execute("COMMIT")
        return keys, seen
    finally:
        conn.close()


def purchases_fingerprint(conn) -> tuple[int, int]:
    highest, count = conn.execute("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM purchases").fetchone()
    return int(highest), int(count)


def _known(db: Database) -> matching.Known:
    conn = db.raw_connection()
    try:
        return matching.load_known(conn)
    finally:
        conn.close()


def _issues(rows: np.ndarray, mask: np.ndarray, column: str | None, reason: str,
            values: pd.Series | None) -> pd.DataFrame:
    hits = np.flatnonzero(mask)
    shown = [""] * len(hits)
    if values is not None and len(hits):
        shown = [parsing.clean_text(v) or "" for v in values.iloc[hits].tolist()]
    return pd.DataFrame({"row": rows[hits].astype(np.int64), "column": column or "",
                         "reason": reason, "value": shown}, columns=REJECT_COLUMNS)


def _combine(parts: list[pd.DataFrame]) -> pd.DataFrame:
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS})
    combined = pd.concat(parts, ignore_index=True)
    combined = combined.drop_duplicates("row", keep="first")
    return combined.sort_values("row", kind="stable").reset_index(drop=True)


@dataclass
class _Values:
    """A column's parsed values once per distinct cell (`lookup`, None last for an empty cell)
    and each row's code into them (-1: empty)."""

    lookup: np.ndarray
    codes: np.ndarray

    @classmethod
    def of(cls, column: pd.Series | None, n: int, parse) -> _Values:
        """parse_text of each distinct cell; with `parse` (list of cells -> list of values),
        that of each non-empty distinct cell instead."""
        if column is None:
            return cls(np.array([None], dtype=object), np.full(n, -1, dtype=np.int64))
        texts = parsing.clean_categories(column.cat.categories)
        if parse is not None:
            present = np.flatnonzero(pd.notna(texts))
            raw = column.cat.categories.to_numpy(dtype=object)[present]
            parsed = np.full(len(texts), None, dtype=object)
            parsed[present] = parse(raw.tolist())
            texts = parsed
        return cls(np.append(texts, None), column.cat.codes.to_numpy())

    def missing(self) -> np.ndarray:
        return pd.isna(self.lookup)[self.codes]

    def at(self, rows: np.ndarray) -> np.ndarray:
        return self.lookup[self.codes[rows]]


def _blank_filled(codes: np.ndarray, texts: np.ndarray) -> pd.Categorical:
    """Texts by code as a categorical with "" where there is none (what line_keys hashes)."""
    return parsing.categorical_of_unique(np.where(codes < 0, len(texts), codes),
                                         np.append(texts, ""))


def _text_codes(column: pd.Series | None, n: int, rows: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """parsing.text_codes of a column (of `rows` only, if given); all -1 without the column."""
    if column is None:
        return np.full(n if rows is None else len(rows), -1, dtype=np.int64), np.empty(0, object)
    codes, texts = parsing.text_codes(column)
    return (codes if rows is None else codes[rows]), texts


def _iso_days(days: np.ndarray) -> pd.Categorical:
    """Day numbers as ISO dates, each distinct day formatted once."""
    codes, uniques = pd.factorize(days)
    return parsing.categorical_of_unique(codes, parsing.days_to_iso(uniques))


def _empty_purchases() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PURCHASE_COLUMNS})
