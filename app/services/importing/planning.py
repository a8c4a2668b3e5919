"""Raw table + mapping -> an ImportPlan: parsed rows, rejected rows, who is who, what is new.

Nothing is written here: the plan is what the summary shows before the user confirms. Purchases
get a `dedup_key` (see `line_keys`), and keys already in the database are left out, so
re-importing a file or an overlapping export adds nothing while two identical lines in one file
(two of the same item, same day) are both kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.importing import (
    customer_extras,
    instalments,
    limits,
    matching,
    parsing,
    text_lines,
)
from app.services.importing.coded import CodedText, Mask, categorical_of_unique
from app.services.importing.columns import MappedColumns
from app.services.importing.import_plan import (
    _PER_CELL,
    CUSTOMERS,
    NOTHING,
    ORDERS,
    PURCHASE_COLUMNS,
    R_AMOUNT_BAD,
    R_AMOUNT_EMPTY,
    R_AMOUNT_LARGE,
    R_BIRTHDAY_IMPOSSIBLE,
    R_CANCELLED,
    R_CELL_CONTROL,
    R_CELL_LONG,
    R_CONSENT_UNKNOWN,
    R_DATE_BAD,
    R_DATE_EMPTY,
    R_DATE_FUTURE,
    R_DATE_OLD,
    R_EMAIL_BAD,
    R_NOBODY,
    R_PHONE_BAD,
    R_QTY_BAD,
    R_QTY_LARGE,
    R_REFERRER_UNKNOWN,
    R_WALK_IN,
    REJECT_COLUMNS,
    ImportPlan,
    MappingError,
)
from app.services.importing.line_keys import count_orders, existing_keys, line_keys, storage_order
from app.services.importing.mapping import IDENTITY_FIELDS, ORDER_LEVEL_FIELDS, used_fields
from app.services.importing.platforms import PlatformFormat, rules
from app.services.importing.reading import RawTable

__all__ = [  # also what other modules import from here
    "CUSTOMERS",
    "NOTHING",
    "ORDERS",
    "PURCHASE_COLUMNS",
    "REJECT_COLUMNS",
    "R_AMOUNT_BAD",
    "R_AMOUNT_EMPTY",
    "R_AMOUNT_LARGE",
    "R_BIRTHDAY_IMPOSSIBLE",
    "R_CANCELLED",
    "R_CELL_CONTROL",
    "R_CELL_LONG",
    "R_CONSENT_UNKNOWN",
    "R_DATE_BAD",
    "R_DATE_EMPTY",
    "R_DATE_FUTURE",
    "R_DATE_OLD",
    "R_EMAIL_BAD",
    "R_NOBODY",
    "R_PHONE_BAD",
    "R_QTY_BAD",
    "R_QTY_LARGE",
    "R_REFERRER_UNKNOWN",
    "R_WALK_IN",
    "ImportPlan",
    "MappingError",
    "build_plan",
    "empty_plan",
]

Rows = npt.NDArray[np.int64]  # the file's row numbers
Days = npt.NDArray[np.int64]  # days since 1970
Floats = npt.NDArray[np.float64]

def build_plan(db: Database, raw: RawTable, columns: dict[str, str], *, region: str = "RU",
               as_of: dt.date, fmt: PlatformFormat | None = None,
               instalment_days: int = 0) -> ImportPlan:
    """`fmt`: the file's recognised format, whose rules count the money and skip the rows that
    are not sales; None for a file read by its columns alone. `instalment_days`: see
    `instalments` (0: off)."""
    fields = used_fields(columns)
    shape = _shape(fields)
    cols = MappedColumns(raw.frame, fields)
    rows: Rows = raw.frame.index.to_numpy()
    orders = cols.text("order_id")
    if "order_id" in cols:
        cols.fill_within_orders(ORDER_LEVEL_FIELDS, orders)
    who = _identify(cols, rows, region, fmt, as_of)
    sales = (_check_sales(cols, rows, region, as_of, _Platform(fmt, raw.frame, orders))
             if shape == ORDERS else None)
    cells = _cell_faults(cols, rows)
    valid = (~who.nobody if sales is None else ~who.nobody & sales.valid) & ~cells.bad
    match = _match(db, cols, who, rows, valid)
    # Lines the reader could not take as rows, and lines it read with a warning (text files).
    unread, noted = text_lines.problems(raw.rejected_lines, raw.noted_lines)
    plan = ImportPlan(
        source_name=raw.source.name, file_hash=raw.file_hash, sheet=raw.sheet, shape=shape,
        columns=dict(columns), rows_read=len(rows) + len(raw.rejected_lines),
        rejected=_combine(cells.problems + who.problems + (sales.problems if sales else [])
                          + [unread]),
        warnings=_combine([*who.warnings, noted], _PER_CELL), conflicts=match.conflicts,
        new_customers=[],
        purchases=_empty_purchases(), purchases_existing=0, orders_added=0,
        customers_matched=len(pd.unique(match.refs[match.refs > 0])),  # hashing: no sort
        platform=fmt.key if fmt is not None else "",
    )
    if sales is None:
        plan.new_customers = list(match.new_customers.values())
        _add_extras(db, plan, cols, match, rows, valid, region)
        return plan
    plan.date_order, plan.dates_ambiguous = sales.date_order, sales.dates_ambiguous
    joining = instalment_days if "order_id" not in cols else 0
    new = _new_purchases(db, cols, sales, match, orders, np.flatnonzero(valid), joining)
    plan.purchases, plan.purchases_existing = new.purchases, new.existing
    plan.purchases_seen, plan.orders_added = new.seen, new.orders
    plan.instalment_payments, plan.instalment_orders = new.joined
    used_refs = set(pd.unique(new.purchases["customer_ref"].to_numpy()).tolist())
    plan.new_customers = [c for ref, c in match.new_customers.items() if ref in used_refs]
    _add_extras(db, plan, cols, match, rows, valid, region)
    return plan


def _add_extras(db: Database, plan: ImportPlan, cols: MappedColumns,
                match: matching.MatchResult, rows: Rows, valid: Mask, region: str) -> None:
    """Notes, tags and referrers of the plan's customers (see `customer_extras`)."""
    if not any(f in cols for f in customer_extras.EXTRA_FIELDS):
        return
    idx = np.flatnonzero(valid)
    texts = {f: cols.text(f).take(idx).values() for f in customer_extras.EXTRA_FIELDS}
    created = {c.ref for c in plan.new_customers}
    plan.extras = customer_extras.plan_extras(
        db, match.refs, texts, rows[idx], plan.new_customers,
        lambda ref: ref > 0 or ref in created, region)
    header = cols.headers.get("referred_by", "")
    consent_header = cols.headers.get("marketing_consent", "")
    plan.warnings = _combine([plan.warnings, *[
        pd.DataFrame({"row": [row], "column": [header], "reason": [R_REFERRER_UNKNOWN],
                      "value": [text]}, columns=REJECT_COLUMNS)
        for row, text in plan.extras.unknown_referrers], *[
        pd.DataFrame({"row": [row], "column": [consent_header], "reason": [R_CONSENT_UNKNOWN],
                      "value": [text]}, columns=REJECT_COLUMNS)
        for row, text in plan.extras.unknown_consents]], _PER_CELL)


@dataclass(frozen=True)
class _Identifiers:
    """Who each row names, as written (`customer`, `code`, `raw_phone`) and as understood
    (`phone` in E.164, `email` checked); rows naming nobody; the problems found."""

    customer: CodedText
    code: CodedText
    phone: CodedText
    raw_phone: CodedText
    email: CodedText
    nobody: Mask
    problems: list[pd.DataFrame]  # the rows naming nobody, rejected
    warnings: list[pd.DataFrame]  # phones and e-mails that could not be read, kept
    birthday: Days | None  # parsing.MISSING where blank, unreadable or not possible


def _identify(cols: MappedColumns, rows: Rows, region: str,
              fmt: PlatformFormat | None, as_of: dt.date) -> _Identifiers:
    phone = cols.parsed("phone", lambda values: parsing.phones_e164(values, region))
    email = cols.parsed("email", lambda values: [parsing.email_or_none(v) for v in values])
    raw_phone, raw_email = cols.text("phone"), cols.text("email")
    customer, code = cols.text("customer"), cols.text("customer_code")
    if fmt is not None:
        customer = customer.without(rules.walk_in_rows(fmt, customer))
    warnings = [
        _issues(rows, ~raw_phone.missing() & phone.missing(), cols.headers.get("phone"),
                R_PHONE_BAD, cols.get("phone")),
        _issues(rows, ~raw_email.missing() & email.missing(), cols.headers.get("email"),
                R_EMAIL_BAD, cols.get("email"))]
    birthday = parsing.parse_birthdays(cols["birthday"]) if "birthday" in cols else None
    if birthday is not None:
        # Unreadable ("31.12.1899", "нет") or impossible: the row is kept without it.
        impossible = parsing.impossible_birthdays(birthday, as_of) | (
            (birthday == day_numbers.MISSING) & ~cols.text("birthday").missing())
        warnings.append(_issues(rows, impossible, cols.headers["birthday"],
                                R_BIRTHDAY_IMPOSSIBLE, cols["birthday"]))
        birthday[impossible] = day_numbers.MISSING
    nobody = customer.missing() & code.missing() & phone.missing() & email.missing()
    first_identity = next((cols.headers[f] for f in IDENTITY_FIELDS if f in cols), "")
    # A known export's rows without a customer are walk-in sales, not a mistake in the file.
    reason = R_NOBODY if fmt is None else R_WALK_IN
    problems = [_issues(rows, nobody, first_identity, reason, None)]
    return _Identifiers(customer, code, phone, raw_phone, email, nobody, problems, warnings,
                        birthday)


@dataclass(frozen=True)
class _Sales:
    """Each row's day, amount and quantity, whether it is a sale to import, and why not."""

    days: Days  # parsing.MISSING where invalid
    amounts: Floats  # minor units; NaN where invalid
    quantity: Floats  # NaN where invalid
    valid: Mask
    date_order: str
    dates_ambiguous: bool
    problems: list[pd.DataFrame]


@dataclass(frozen=True)
class _Platform:
    """A recognised format with the file it reads (fmt None: a file mapped by its columns)."""

    fmt: PlatformFormat | None
    frame: pd.DataFrame
    orders: CodedText


def _check_sales(cols: MappedColumns, rows: Rows, region: str, as_of: dt.date,
                 platform: _Platform) -> _Sales:
    header, fmt = cols.headers["date"], platform.fmt
    dayfirst = region not in ("US",)
    if fmt is not None and fmt.date_order in ("dmy", "mdy"):
        dayfirst = fmt.date_order == "dmy"
    dates = parsing.parse_dates(cols["date"], prefer_dayfirst=dayfirst)
    date_blank = cols.blank("date")
    date_bad = (dates.days == day_numbers.MISSING) & ~date_blank
    future = dates.days > parsing.date_to_day(as_of) + 1
    problems = [_issues(rows, date_blank, header, R_DATE_EMPTY, None),
                _issues(rows, date_bad, header, R_DATE_BAD, cols["date"]),
                _issues(rows, future, header, R_DATE_FUTURE, cols["date"])]
    too_old = (dates.days < 0) & ~date_bad & ~date_blank  # day 0 is 1970-01-01
    problems.append(_issues(rows, too_old, header, R_DATE_OLD, cols["date"]))
    money = _amounts(cols, rows) if fmt is None else _platform_amounts(cols, rows, platform)
    money = _within_limits(money, cols, rows, platform)
    problems += money.problems
    valid = (~(date_blank | date_bad | future | too_old) & ~np.isnan(money.amounts)
             & ~np.isnan(money.quantity))
    if "status" in cols:
        cancelled = parsing.cancelled_statuses(cols["status"])
        problems.append(_issues(rows, cancelled, cols.headers["status"], R_CANCELLED,
                                cols["status"]))
        valid &= ~cancelled
    if fmt is not None:
        groups = rules.order_groups(platform.orders)
        for skip_header, skipped in rules.skipped_orders(fmt, platform.frame, groups):
            problems.append(_issues(rows, skipped, skip_header, R_CANCELLED,
                                    platform.frame[skip_header]))
            valid &= ~skipped
    ambiguous = dates.ambiguous and (fmt is None or fmt.date_order is None)
    return _Sales(dates.days, money.amounts, money.quantity, valid, dates.order,
                  ambiguous, problems)


def _match(db: Database, cols: MappedColumns, who: _Identifiers, rows: Rows,
           valid: Mask) -> matching.MatchResult:
    """Customers for the valid rows, matching each distinct person (first valid row) once."""
    person = _person_groups([cols[f] for f in IDENTITY_FIELDS if f in cols], len(rows))
    valid_rows = np.flatnonzero(valid)
    firsts, group = matching.first_rows_of(person[valid_rows])
    first = valid_rows[firsts]  # each person's first valid row
    birthday = who.birthday
    people = matching.People.of_rows(
        rows[first], who.code.take(first).values(), who.phone.take(first).values(),
        who.email.take(first).values(), who.customer.take(first).values(),
        who.raw_phone.take(first).values(), None if birthday is None else birthday[first])
    return matching.match_people(_known(db), people, group)


@dataclass(frozen=True)
class _NewPurchases:
    purchases: pd.DataFrame  # PURCHASE_COLUMNS, in storage order
    existing: int  # lines of the file already in the database
    seen: tuple[int, int]  # see ImportPlan.purchases_seen
    orders: int
    joined: tuple[int, int] = (0, 0)  # new lines joined as instalments, their orders


def _new_purchases(db: Database, cols: MappedColumns, sales: _Sales,
                   match: matching.MatchResult, orders: CodedText, idx: Rows,
                   instalment_days: int = 0) -> _NewPurchases:
    """The rows at `idx` (the valid ones) as purchase lines, less those already stored."""
    orders, products = orders.take(idx), cols.text("product").take(idx)
    # Text columns stay categoricals: pandas' str dtype would copy and check every one of a
    # million cells for nothing.
    purchases = pd.DataFrame({
        "customer_ref": match.refs,
        "day": sales.days[idx],
        "amount_minor": sales.amounts[idx].astype(np.int64),
        "quantity": sales.quantity[idx],
        "product": products.categorical(),
        "category": cols.text("category").take(idx).categorical(),
        "order_id": orders.categorical(),
    })
    keys = line_keys(purchases, match.identity, orders.categorical(blank=""),
                     products.categorical(blank=""))
    existing, seen = existing_keys(db)
    is_new = ~pd.Series(keys).isin(existing).to_numpy()
    order = storage_order(np.flatnonzero(is_new), match.refs, purchases["day"].to_numpy())
    new = purchases.iloc[order].reset_index(drop=True)
    new["purchased_on"] = _iso_days(new["day"].to_numpy())
    new["dedup_key"] = keys[order]
    new["order_code"] = orders.codes[order]
    joined = _join_instalments(new, purchases, match, order, instalment_days)
    return _NewPurchases(new[PURCHASE_COLUMNS], int((~is_new).sum()), seen,
                         count_orders(new, new["order_code"].to_numpy()), joined)


def _join_instalments(new: pd.DataFrame, purchases: pd.DataFrame, match: matching.MatchResult,
                      order: Rows, instalment_days: int) -> tuple[int, int]:
    """Gives the new lines of one package paid in parts one made-up order number (in place),
    after their line keys were made; returns (lines joined, orders they make)."""
    if instalment_days <= 0 or not len(new):
        return 0, 0
    joined = instalments.join_instalments(
        match.refs, match.identity.values().tolist(),
        purchases["product"].astype(object).where(purchases["product"].notna(), None).tolist(),
        purchases["day"].to_numpy(), purchases["amount_minor"].to_numpy(), instalment_days)
    codes = joined.order_codes[order]
    if not (codes >= 0).any():
        return 0, 0
    ids = np.asarray(joined.order_ids, dtype=object)[order]
    new["order_id"] = pd.Categorical(ids)
    new["order_code"] = codes
    return int((codes >= 0).sum()), len(pd.unique(codes[codes >= 0]))


def _person_groups(columns: list[pd.Series], n: int) -> npt.NDArray[np.int64]:
    """One number per distinct combination of the identity cells (as written in the file)."""
    group = np.zeros(n, dtype=np.int64)
    for column in columns:  # categoricals: their codes number the distinct cells already
        codes = column.cat.codes.to_numpy().astype(np.int64) + 1
        group = pd.factorize(group * (len(column.cat.categories) + 1) + codes)[0].astype(np.int64)
    return group


def empty_plan(raw: RawTable, columns: dict[str, str]) -> ImportPlan:
    """A plan of nothing, for columns that cannot import anything yet."""
    return ImportPlan(
        source_name=raw.source.name, file_hash=raw.file_hash, sheet=raw.sheet, shape=NOTHING,
        columns=dict(columns), rows_read=len(raw.frame), rejected=_combine([]),
        warnings=_combine([]), conflicts=[], new_customers=[], purchases=_empty_purchases(),
        purchases_existing=0, orders_added=0, customers_matched=0)


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


@dataclass(frozen=True)
class _Money:
    amounts: Floats  # minor units per row; NaN where invalid
    quantity: Floats  # 1 where blank; NaN where invalid
    problems: list[pd.DataFrame]


def _amounts(cols: MappedColumns, rows: Rows) -> _Money:
    """Each line's amount: the amount column, or the price times the quantity where the amount
    is blank or there is no amount column."""
    n = len(rows)
    quantity, problems = _quantities(cols, rows)
    amounts = np.full(n, np.nan)
    source = cols.headers.get("amount") or cols.headers["price"]
    blank = np.ones(n, dtype=bool)
    if "amount" in cols:
        amounts = parsing.parse_money(cols["amount"])
        blank = cols.blank("amount")
    if "price" in cols:
        price = parsing.parse_money(cols["price"])
        use_price = blank & ~np.isnan(price)
        amounts = np.where(use_price, np.round(price * np.nan_to_num(quantity, nan=1.0)), amounts)
        blank &= cols.blank("price")
    raw_values = cols["amount"] if "amount" in cols else cols["price"]
    problems.append(_issues(rows, blank, source, R_AMOUNT_EMPTY, None))
    problems.append(_issues(rows, np.isnan(amounts) & ~blank, source, R_AMOUNT_BAD, raw_values))
    return _Money(amounts, quantity, problems)


def _platform_amounts(cols: MappedColumns, rows: Rows, platform: _Platform) -> _Money:
    """Each line's money by the recognised format's rule (see platforms.base.Money)."""
    assert platform.fmt is not None
    quantity, problems = _quantities(cols, rows)
    price = parsing.parse_money(cols["price"], platform.fmt.decimal_comma) if (
        "price" in cols) else None
    money = rules.line_money(platform.fmt, platform.frame, rules.order_groups(platform.orders),
                             price, quantity)
    source = cols.headers.get("amount") or platform.fmt.money.main
    problems.append(_issues(rows, money.missing, source, R_AMOUNT_EMPTY, None))
    bad = money.bad & ~money.missing
    if bad.any():
        problems.append(_issues(rows, bad, money.bad_header, R_AMOUNT_BAD,
                                platform.frame[money.bad_header]))
    return _Money(money.amounts, quantity, problems)


def _quantities(cols: MappedColumns, rows: Rows) -> tuple[Floats, list[pd.DataFrame]]:
    """Each line's quantity: 1 where blank, NaN where not a number (with that problem)."""
    if "quantity" not in cols:
        return np.ones(len(rows)), []
    q_col = cols["quantity"]
    parsed_q = parsing.parse_numbers(q_col)
    q_blank = cols.blank("quantity")
    problem = _issues(rows, np.isnan(parsed_q) & ~q_blank, cols.headers["quantity"], R_QTY_BAD,
                      q_col)
    return np.where(q_blank, 1.0, parsed_q), [problem]


@dataclass(frozen=True)
class _CellFaults:
    bad: Mask  # rows with a cell too long for its field or holding a control character
    problems: list[pd.DataFrame]


def _cell_faults(cols: MappedColumns, rows: Rows) -> _CellFaults:
    """Rows whose cells no field may hold (see `limits`), checked on each distinct cell."""
    bad = np.zeros(len(rows), dtype=bool)
    problems = []
    for key, header in cols.headers.items():
        column = cols[key]
        too_long, control = limits.cell_faults(column.cat.categories, limits.text_limit(key))
        codes = column.cat.codes.to_numpy()
        for faulty, reason in ((control, R_CELL_CONTROL), (too_long, R_CELL_LONG)):
            if faulty.any():
                hit = np.append(faulty, False)[codes]
                problems.append(_issues(rows, hit, header, reason, column))
                bad |= hit
    return _CellFaults(bad, problems)


def _within_limits(money: _Money, cols: MappedColumns, rows: Rows, platform: _Platform) -> _Money:
    """Amounts and quantities beyond `limits` become invalid, with the reason."""
    big_q = limits.too_large(money.quantity, limits.MAX_QUANTITY)
    big_amount = limits.too_large(money.amounts, limits.MAX_AMOUNT_MINOR) & ~big_q
    if not (big_q.any() or big_amount.any()):
        return money
    source = cols.headers.get("amount") or cols.headers.get("price") or (
        platform.fmt.money.main if platform.fmt is not None else "")
    values = platform.frame.get(source)
    problems = [*money.problems, _issues(rows, big_q, cols.headers.get("quantity"), R_QTY_LARGE,
                                         cols.get("quantity")),
                _issues(rows, big_amount, source, R_AMOUNT_LARGE, values)]
    return _Money(np.where(big_amount | big_q, np.nan, money.amounts),
                  np.where(big_q, np.nan, money.quantity), problems)


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
        shown = [limits.shown(v) for v in values.iloc[hits].tolist()]
    return pd.DataFrame({"row": rows[hits].astype(np.int64), "column": column or "",
                         "reason": reason, "value": shown}, columns=REJECT_COLUMNS)


def _combine(parts: list[pd.DataFrame], key: list[str] | None = None) -> pd.DataFrame:
    """One problem per row (the first found), or per `key`: a kept row's warnings are one per
    cell, so that a bad phone does not hide an impossible birthday in the same row."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS})
    combined = pd.concat(parts, ignore_index=True)
    combined = combined.drop_duplicates(key or ["row"], keep="first")
    return combined.sort_values("row", kind="stable").reset_index(drop=True)


def _iso_days(days: np.ndarray) -> pd.Categorical:
    """Day numbers as ISO dates, each distinct day formatted once."""
    codes, uniques = pd.factorize(days)
    return categorical_of_unique(codes, parsing.days_to_iso(uniques))


def _empty_purchases() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PURCHASE_COLUMNS})
