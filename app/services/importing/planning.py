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

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.importing import matching, parsing
from app.services.importing.mapping import IDENTITY_FIELDS, ORDER_LEVEL_FIELDS, used_fields
from app.services.importing.reading import RawTable

ORDERS, CUSTOMERS = "orders", "customers"
PURCHASE_COLUMNS = ["customer_ref", "purchased_on", "amount_minor", "quantity", "product",
                    "category", "order_id", "dedup_key"]
REJECT_COLUMNS = ["row", "column", "reason", "value"]

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
    fields = used_fields(columns)
    shape = _shape(fields)
    frame = raw.frame
    rows = frame.index.to_numpy()
    n = len(frame)
    problems: list[pd.DataFrame] = []
    warnings: list[pd.DataFrame] = []
    # Each used column once as a categorical: every parse below handles each distinct value once.
    cols = {f: parsing.as_categorical(frame[h]) for f, h in fields.items()}
    order_codes = None
    if "order_id" in cols:
        order_text = parsing.parse_text(cols["order_id"])
        order_codes = pd.factorize(order_text, use_na_sentinel=True)[0]
        for f in ORDER_LEVEL_FIELDS:
            if f in cols:
                cols[f] = _fill_within_orders(cols[f], order_codes)

    def text(name: str) -> np.ndarray:
        return parsing.parse_text(cols[name]) if name in cols else _nones(n)

    names, codes_, phone_raw, email_raw = (
        text(f) for f in ("customer", "customer_code", "phone", "email"))
    phones = parsing.parse_phones(cols["phone"], region) if "phone" in cols else _nones(n)
    emails = parsing.parse_emails(cols["email"]) if "email" in cols else _nones(n)
    warnings.append(_issues(rows, (phone_raw != None) & (phones == None),  # noqa: E711
                            fields.get("phone"), R_PHONE_BAD, cols.get("phone")))
    warnings.append(_issues(rows, (email_raw != None) & (emails == None),  # noqa: E711
                            fields.get("email"), R_EMAIL_BAD, cols.get("email")))
    nobody = (names == None) & (codes_ == None) & (phones == None) & (emails == None)  # noqa: E711
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
    rejected = _combine(problems)
    person = _person_groups([cols[f] for f in IDENTITY_FIELDS if f in cols], n)
    match = matching.match_rows(_known(db), rows[valid], codes_[valid], phones[valid],
                                emails[valid], names[valid], phone_raw[valid],
                                None if birthday is None else birthday[valid], person[valid])
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
        "product": _objects(text("product")[idx]),
        "category": _objects(text("category")[idx]),
        "order_id": _objects(order_text[idx] if order_codes is not None else _nones(len(idx))),
    })
    high, low = dedup_hashes(purchases, match.identity)
    is_new = ~_known_keys(high, low, _existing_keys(db))
    # In key order, the unique index on dedup_key grows at its end instead of at random places.
    order = np.flatnonzero(is_new)[np.argsort(_key_order(high[is_new]), kind="stable")]
    new = purchases.iloc[order].reset_index(drop=True)
    new["purchased_on"] = _objects(parsing.days_to_iso(new["day"].to_numpy()))
    new["dedup_key"] = _objects(_hex_keys(high[order], low[order]))
    plan.purchases = new[PURCHASE_COLUMNS]
    plan.purchases_existing = int((~is_new).sum())
    plan.orders_added = count_orders(
        new, None if order_codes is None else order_codes[idx][order])
    used_refs = set(pd.unique(new["customer_ref"].to_numpy()).tolist())
    plan.new_customers = [c for ref, c in match.new_customers.items() if ref in used_refs]
    return plan


def _person_groups(columns: list[pd.Series], n: int) -> np.ndarray:
    """One number per distinct combination of the identity cells (as written in the file)."""
    group = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes = pd.factorize(column, use_na_sentinel=True)[0].astype(np.int64) + 1
        group = pd.factorize(group * (int(codes.max(initial=0)) + 1) + codes)[0].astype(np.int64)
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


def dedup_keys(purchases: pd.DataFrame, identity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A stable identity per purchase line ("i:" + 32 hex digits), and 64 bits per key that sort
    like the keys (the writer inserts in key order). See `dedup_hashes`."""
    high, low = dedup_hashes(purchases, identity)
    return _hex_keys(high, low), _key_order(high)


def dedup_hashes(purchases: pd.DataFrame, identity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two 64-bit halves of each line's dedup key: natural key + its occurrence in the file.

    Natural key: the order number and the line's content; without an order number, the customer,
    the day and the line's content. 128 bits of pandas' SipHash over the parts (stable across
    pandas versions, vectorised: a million keys in well under a second). Hashing a categorical
    hashes its distinct values once; the result equals hashing every cell.
    """
    with_order = purchases["order_id"].notna().to_numpy()
    parts = pd.DataFrame({
        "kind": with_order,
        "order": parsing.as_categorical(purchases["order_id"].fillna("")),
        "who": _who(identity, with_order),
        "day": np.where(with_order, 0, purchases["day"].to_numpy()),
        "product": parsing.as_categorical(purchases["product"].fillna("")),
        "amount": purchases["amount_minor"].to_numpy(),
        "qty": purchases["quantity"].to_numpy(),
    })
    base = pd.util.hash_pandas_object(parts, index=False, categorize=True).to_numpy()
    parts["occurrence"] = pd.Series(base).groupby(base, sort=False).cumcount().to_numpy()
    high = pd.util.hash_pandas_object(parts, index=False, hash_key="regulars-import1")
    low = pd.util.hash_pandas_object(parts, index=False, hash_key="regulars-import2")
    return high.to_numpy(), low.to_numpy()


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
    categories = np.append(categories, "")
    return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(
        pd.Index(categories, dtype=object)), validate=False)


def _known_keys(high: np.ndarray, low: np.ndarray, existing: tuple[np.ndarray, np.ndarray]
                ) -> np.ndarray:
    """Which (high, low) keys are among the existing ones: sorted arrays, no Python per key."""
    found = np.zeros(len(high), dtype=bool)
    ex_high, ex_low = existing
    if not len(ex_high) or not len(high):
        return found
    order = np.lexsort((ex_low, ex_high))
    ex_high, ex_low = ex_high[order], ex_low[order]
    left = np.searchsorted(ex_high, high, side="left")
    right = np.searchsorted(ex_high, high, side="right")
    single = np.flatnonzero(right - left == 1)
    found[single] = ex_low[left[single]] == low[single]
    for i in np.flatnonzero(right - left > 1).tolist():  # leading halves equal: rare
        found[i] = bool((ex_low[left[i]:right[i]] == low[i]).any())
    return found


def _hex_keys(high: np.ndarray, low: np.ndarray) -> np.ndarray:
    """"i:" + 32 hex digits per row, built with array operations.

    The digits spell each half's bytes in little-endian order (the format stored since the first
    import: keep it, or re-imports stop recognising earlier lines). `_key_order` sorts like them.
    """
    words = np.stack([high, low], axis=1).astype("<u8")
    nibbles = words.view(np.uint8).reshape(len(high), 16)
    digits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    chars = np.empty((len(high), 34), dtype=np.uint8)
    chars[:, 0], chars[:, 1] = ord("i"), ord(":")
    chars[:, 2::2] = digits[nibbles >> 4]
    chars[:, 3::2] = digits[nibbles & 15]
    return chars.view("S34").ravel().astype("U34").astype(object)


def _key_order(high: np.ndarray) -> np.ndarray:
    """Leading 64 bits that sort like the key texts (their bytes read big-endian)."""
    return high.astype("<u8").view(">u8").astype(np.uint64)


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


def _existing_keys(db: Database) -> tuple[np.ndarray, np.ndarray]:
    """The (high, low) halves of every "i:" key already stored, read as one string per chunk
    from the unique index and decoded with numpy (a Python string per key took seconds)."""
    conn = db.raw_connection()
    highs, lows = [np.zeros(0, np.uint64)], [np.zeros(0, np.uint64)]
    try:
        start = "i:"
        while True:
            count, last, text = conn.execute(
                "SELECT COUNT(*), MAX(k), group_concat(k, '') FROM (SELECT dedup_key AS k"
                " FROM purchases WHERE dedup_key > ? AND dedup_key < 'i;'"
                " ORDER BY dedup_key LIMIT ?)", (start, KEY_CHUNK)).fetchone()
            if not count:
                break
            high, low = _parse_hex_keys(text, count)
            if high is None:  # some key is not "i:" + 32 hex digits: read them one by one
                rows = conn.execute(
                    "SELECT dedup_key FROM purchases WHERE dedup_key > ? AND dedup_key <= ?"
                    " ORDER BY dedup_key", (start, last)).fetchall()
                high, low = _parse_key_list([k for (k,) in rows])
            highs.append(high)
            lows.append(low)
            start = last
    finally:
        conn.close()
    return np.concatenate(highs), np.concatenate(lows)


KEY_CHUNK = 500_000
_HEX = np.full(256, 255, dtype=np.uint8)
_HEX[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)


def _parse_hex_keys(text: str, count: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    if len(text) != 34 * count or not text.isascii():
        return None, None
    chars = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(count, 34)
    nibbles = _HEX[chars[:, 2:]]
    if (chars[:, 0] != ord("i")).any() or (chars[:, 1] != ord(":")).any() or (
            nibbles == 255).any():
        return None, None
    data = (nibbles[:, 0::2] << 4) | nibbles[:, 1::2]
    words = np.ascontiguousarray(data).view("<u8").astype(np.uint64)  # as `_hex_keys` wrote
    return words[:, 0].copy(), words[:, 1].copy()


def _parse_key_list(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    good = [k for k in keys if len(k) == 34 and k.startswith("i:")]
    high, low = [], []
    for key in good:
        try:
            high.append(int.from_bytes(bytes.fromhex(key[2:18]), "little"))
            low.append(int.from_bytes(bytes.fromhex(key[18:]), "little"))
        except ValueError:
            continue
    return np.array(high, dtype=np.uint64), np.array(low, dtype=np.uint64)


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


def _nones(n: int) -> np.ndarray:
    return np.full(n, None, dtype=object)


def _objects(values: np.ndarray) -> pd.Series:
    return pd.Series(np.asarray(values, dtype=object), dtype=object, copy=False)


def _empty_purchases() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PURCHASE_COLUMNS})
