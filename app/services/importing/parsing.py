"""Cell values -> typed values: money, numbers, dates, phones, e-mails, names.

Everything works on a column at a time and parses each *distinct* value once (`by_unique`), so a
million-row column with a few thousand distinct dates or amounts costs a few thousand parses.
Failures are NaN / MISSING / None; the caller turns them into rejected rows with a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import pandas as pd
import phonenumbers

from app.services.day_numbers import EPOCH, MISSING
from app.services.importing.coded import CodedText, Mask, Objects
from app.services.phones import normalize_email, normalize_phone

EXCEL_EPOCH = dt.date(1899, 12, 30)
_CURRENCY = re.compile(r"(руб\.?|р\.|₽|rub|usd|eur|kzt|byn|uah|грн\.?|тг\.?|\$|€|₸|₴|£)",
                       re.IGNORECASE)
_NUMBER = re.compile(r"^([-+−–]?)(\d[\d.,]*|[.,]\d+)(-?)$")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’`")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[ T,].*)?$")
_WORD_DATE_DMY = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})", re.UNICODE)
_WORD_DATE_MDY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})", re.UNICODE)
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[./-](\d{1,2})\.?$")
_DAY_WORD = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?$", re.UNICODE)
# Birthdays without a year are stored with this placeholder year (a leap year, so 29 February
# fits; the writer keeps no year for years <= 1900).
BIRTHDAY_NO_YEAR = 1896
_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
           "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12, "jan": 1, "feb": 2, "mar": 3,
           "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
           "dec": 12}
_PHONE_FAST = re.compile(r"^\+?[\d\s().\-]+$")
_SPLIT_MULTI = re.compile(r"[,;/]| или | or ")
_FLOAT = re.compile(r"^-?\d+(\.\d*)?$")
# Invisible characters that change no letter: zero-width space, word joiner, byte order mark,
# the left-to-right and right-to-left marks, and the bidirectional embeddings, overrides and
# isolates. Dropped from every text so that "Anna" and "Anna\u200b" are one person and a name
# cannot reverse the text shown after it; real right-to-left letters need none of them (the
# display orders them), and the zero-width (non-)joiners that Persian or Hindi spelling needs are
# kept.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d"
                                    "\u202e\u2066\u2067\u2068\u2069"))


def by_unique(values: pd.Series, func: Callable[[object], object], dtype: npt.DTypeLike,
              missing: object) -> np.ndarray:
    """func applied to each distinct value once, spread back to every row."""
    uniques: list[object]
    if isinstance(values.dtype, pd.CategoricalDtype):  # the distinct values are already known
        codes = values.cat.codes.to_numpy()
        uniques = values.cat.categories.tolist()
    else:
        codes, found = pd.factorize(values, use_na_sentinel=True)
        uniques = found.tolist()
    if dtype is object:
        lookup = np.empty(len(uniques) + 1, dtype=object)
        lookup[:-1] = [func(u) for u in uniques]
        lookup[-1] = missing
    else:
        lookup = np.array([func(u) for u in uniques] + [missing], dtype=dtype)
    return lookup[codes]


def as_categorical(values: pd.Series) -> pd.Series:
    """The column with each distinct value stored once: every later per-value pass is cheap."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    categories = pd.Index(np.asarray(uniques, dtype=object), dtype=object)
    return pd.Series(pd.Categorical.from_codes(codes, categories=categories), index=values.index)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and np.isnan(value))


def blank_mask(values: pd.Series, cleaned: Objects | None = None) -> Mask:
    """is_blank per row. For a categorical: a cell is blank exactly when clean_text makes None of
    it, which clean_categories answers for all distinct cells in one scan (`cleaned`: that scan's
    result, when the caller has it already)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        if cleaned is None:
            cleaned = clean_categories(values.cat.categories)
        lookup = np.append(pd.isna(cleaned), True)
        return lookup[values.cat.codes.to_numpy()]
    return by_unique(values, is_blank, bool, True)


# --- numbers and money ----------------------------------------------------------------------------


def uses_decimal_comma(values: pd.Series) -> bool:
    """Decided from the whole column: "1,234.50" means thousands commas, "1 234,50" decimal ones."""
    comma = point = 0
    for value in pd.unique(values).tolist():
        if not isinstance(value, str) or not any(ch.isdigit() for ch in value):
            continue
        text = value.translate(_SPACES)
        if re.search(r",\d{3}\.\d", text) or re.search(r"\.\d{1,2}$", text):
            point += 1
        elif re.search(r"\.\d{3},\d", text) or re.search(r",(\d{1,2}|\d{4,})$", text):
            comma += 1
    return comma >= point


def _number_text(value: object, decimal_comma: bool) -> str | None:
    """A plain decimal string ("-1234.5") for a messy number, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        if not np.isfinite(value):
            return None
        text = repr(float(value))  # "1e+20" from a workbook: written out, so it is too large
        return format(Decimal(text), "f") if "e" in text else text
    text = str(value).strip().lower()
    if not text:
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    text = _CURRENCY.sub("", text).translate(_SPACES).strip().rstrip(".")
    match = _NUMBER.match(text)
    if not match:
        return None
    sign, digits, trailing = match.groups()
    negative ^= bool(sign in "-−–" and sign) or bool(trailing)
    if "," in digits and "." in digits:
        if digits.rfind(",") > digits.rfind("."):
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif "," in digits:
        whole, _, tail = digits.rpartition(",")
        if digits.count(",") > 1 or (len(tail) == 3 and not decimal_comma and whole):
            digits = digits.replace(",", "")  # thousands groups: "1,234" or "1,234,567"
        else:
            digits = digits.replace(",", ".")
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    elif "." in digits and decimal_comma and len(digits.rpartition(".")[2]) == 3:
        digits = digits.replace(".", "")  # "1.234" in a decimal-comma column
    return ("-" if negative else "") + digits


def parse_numbers(values: pd.Series, decimal_comma: bool | None = None) -> np.ndarray:
    """float64 per row; NaN where blank or not a number."""
    comma = uses_decimal_comma(values) if decimal_comma is None else decimal_comma

    def one(value: object) -> float:
        text = _number_text(value, comma)
        try:
            number = float(text) if text is not None else np.nan
        except ValueError:
            return np.nan
        return number if np.isfinite(number) else np.nan  # "inf", 400 digits: not a number

    return by_unique(values, one, np.float64, np.nan)


def parse_money(values: pd.Series, decimal_comma: bool | None = None) -> np.ndarray:
    """Minor units (kopecks) per row as float64 holding whole numbers; NaN where invalid."""
    comma = uses_decimal_comma(values) if decimal_comma is None else decimal_comma

    def one(value: object) -> float:
        text = _number_text(value, comma)
        if text is None:
            return np.nan
        try:
            minor = float((Decimal(text) * 100).quantize(Decimal(1), ROUND_HALF_UP))
        except InvalidOperation:  # more digits than Decimal's precision: surely too large
            minor = float(text) * 100 if _FLOAT.match(text) else np.nan
        return minor if np.isfinite(minor) else np.nan

    return by_unique(values, one, np.float64, np.nan)


# --- dates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateColumn:
    days: np.ndarray  # int64 days since 1970-01-01, MISSING where blank or invalid
    order: str  # "dmy", "mdy" or "ymd": how a/b/yyyy dates were read
    ambiguous: bool  # True when every a/b date could be read either way


def _day(value: dt.date) -> int:
    return (value - EPOCH).days


def date_to_day(value: dt.date) -> int:
    return _day(value)


def _make_day(year: int, month: int, day: int, two_digit_year: bool = False) -> int | None:
    """Only a year written with two digits is a year of this or the last century: "0001" is the
    year 1, out of range, never 2001."""
    if two_digit_year:
        year += 2000 if year < 70 else 1900
    if not 1900 <= year <= 2100:
        return None
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _word_date(text: str) -> int | None:
    match = _WORD_DATE_DMY.match(text)
    if match:
        day, word, year = match.groups()
    else:
        match = _WORD_DATE_MDY.match(text)
        if not match:
            return None
        word, day, year = match.groups()
    month = _MONTHS.get(word.lower()[:3])
    return _make_day(int(year), month, int(day)) if month else None


def parse_dates(values: pd.Series, prefer_dayfirst: bool = True) -> DateColumn:
    codes, found = pd.factorize(values, use_na_sentinel=True)
    uniques: list[object] = found.tolist()
    days: list[int | None] = [None] * len(uniques)
    tokens: dict[int, tuple[str, str, str, str]] = {}
    for i, value in enumerate(uniques):
        if isinstance(value, dt.datetime | pd.Timestamp):
            days[i] = _day(value.date())
        elif isinstance(value, dt.date):
            days[i] = _day(value)
        elif isinstance(value, int | float | np.integer | np.floating) and not isinstance(
                value, bool):
            days[i] = _serial(float(value))
        elif isinstance(value, str):
            text = value.strip()
            match = _NUMERIC_DATE.match(text)
            if match:
                a, b, c = match.groups()
                sep = text[len(a)]
                tokens[i] = (a, b, c, sep)
            elif _SERIAL.match(text):
                days[i] = _serial(float(text))
            elif text:
                days[i] = _word_date(text)
    order, ambiguous = _decide_order(tokens.values(), prefer_dayfirst)
    for i, (a, b, c, _sep) in tokens.items():
        days[i] = _token_day(a, b, c, order)
    lookup = np.array([MISSING if d is None else d for d in days] + [MISSING], dtype=np.int64)
    return DateColumn(lookup[codes], order, ambiguous)


def parse_birthdays(values: pd.Series, prefer_dayfirst: bool = True) -> np.ndarray:
    """Like `parse_dates`, but also "29.02", "15/03" and "5 марта" without a year (placeholder
    year `BIRTHDAY_NO_YEAR`). Returns days since 1970, MISSING where blank or invalid."""
    days = parse_dates(values, prefer_dayfirst).days.copy()
    for i in np.flatnonzero(days == MISSING):
        day = _birthday_without_year(values.iloc[i], prefer_dayfirst)
        if day is not None:
            days[i] = day
    return days


def impossible_birthdays(days: np.ndarray, as_of: dt.date) -> np.ndarray:
    """Where a parsed birthday (see `parse_birthdays`) is after `as_of` or before 1900: a
    typo or a placeholder, not anyone's birthday. A birthday without a year is possible."""
    no_year = (days >= _day(dt.date(BIRTHDAY_NO_YEAR, 1, 1))) & (
        days <= _day(dt.date(BIRTHDAY_NO_YEAR, 12, 31)))
    known = days != MISSING
    wrong: np.ndarray = known & ~no_year & (
        (days > _day(as_of)) | (days < _day(dt.date(1900, 1, 1))))
    return wrong


def _birthday_without_year(value: object, prefer_dayfirst: bool) -> int | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _DAY_MONTH.match(text)
    if match:
        a, b = int(match.group(1)), int(match.group(2))
        day, month = (a, b) if prefer_dayfirst or text[len(match.group(1))] == "." else (b, a)
    else:
        match = _DAY_WORD.match(text)
        word_month = _MONTHS.get(match.group(2).lower()[:3]) if match else None
        if match is None or not word_month:
            return None
        day, month = int(match.group(1)), word_month
    try:
        return _day(dt.date(BIRTHDAY_NO_YEAR, month, day))
    except ValueError:
        return None


def _serial(value: float) -> int | None:
    if not 20000 <= value <= 80000:
        return None
    return _day(EXCEL_EPOCH + dt.timedelta(days=int(value)))


def _token_day(a: str, b: str, c: str, order: str) -> int | None:
    if len(a) == 4:
        return _make_day(int(a), int(b), int(c))
    if len(c) not in (2, 4):
        return None
    short = len(c) == 2
    if order == "mdy":
        return (_make_day(int(c), int(a), int(b), short)
                or _make_day(int(c), int(b), int(a), short))
    return _make_day(int(c), int(b), int(a), short) or _make_day(int(c), int(a), int(b), short)


def _decide_order(tokens: Iterable[tuple[str, str, str, str]], prefer_dayfirst: bool
                  ) -> tuple[str, bool]:
    """Day/month order from the whole column: a first part above 12 proves day-first."""
    day_first_proof = month_first_proof = False
    slash_like = 0
    for a, b, _c, sep in tokens:
        if len(a) == 4:
            continue
        if sep == ".":
            day_first_proof = True
            continue
        slash_like += 1
        if int(a) > 12:
            day_first_proof = True
        elif int(b) > 12:
            month_first_proof = True
    if day_first_proof and not month_first_proof:
        return "dmy", False
    if month_first_proof and not day_first_proof:
        return "mdy", False
    return ("dmy" if prefer_dayfirst else "mdy"), bool(slash_like) and not day_first_proof


def days_to_iso(days: np.ndarray) -> np.ndarray:
    """ISO date strings for valid day numbers (object array; None for MISSING)."""
    return by_unique(pd.Series(days), _iso_day, object, None)


def _iso_day(day: object) -> str | None:
    # by_unique hands over an int64 array's values as Python ints
    if not isinstance(day, int) or day == MISSING:
        return None
    return (EPOCH + dt.timedelta(days=day)).isoformat()


# --- people -------------------------------------------------------------------------------------


def _first_of_many(text: str, func: Callable[[str], str | None]) -> str | None:
    result = func(text)
    if result is None and _SPLIT_MULTI.search(text):
        for part in _SPLIT_MULTI.split(text):
            result = func(part.strip())
            if result:
                break
    return result


def phone_e164(value: object, region: str) -> str | None:
    """normalize_phone with a fast path for the common Russian shapes (same results)."""
    if isinstance(value, int | np.integer) or (isinstance(value, float) and value.is_integer()):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if region in ("RU", "KZ") and _PHONE_FAST.match(text):
        digits = re.sub(r"\D", "", text)
        if len(digits) == 11 and digits[0] in "78" and digits[1] == "9" and (
                digits[0] == "8" or text.startswith("+") or (
                    region == "RU" and text.startswith("7"))) and _is_russian_mobile(digits[1:]):
            return "+7" + digits[1:]
        if len(digits) == 10 and digits[0] == "9" and not text.startswith("+") and \
                _is_russian_mobile(digits):
            return "+7" + digits
    return _first_of_many(text, lambda t: normalize_phone(t, region))


_CANCELLED = re.compile(r"\b(refunded|voided|void|cancell?ed|cancel|expired|declined|failed)\b"
                        r"|отмен|аннул|отказ|возврат|не состоял")
_PARTIAL = re.compile(r"partial|частичн")


def is_cancelled_status(value: object) -> bool:
    """An order status saying the sale did not happen or was fully refunded ("refunded",
    "voided", "Отменён", "Возврат"); a partial refund is still a sale."""
    if not isinstance(value, str):
        return False
    text = value.lower().replace("ё", "е").replace("_", " ")
    return bool(_CANCELLED.search(text)) and not _PARTIAL.search(text)


def cancelled_statuses(values: pd.Series) -> np.ndarray:
    return by_unique(values, is_cancelled_status, bool, False)


def phones_e164(values: list[object], region: str) -> list[str | None]:
    """phone_e164 of each value; the common Russian shapes made of ASCII digits, spaces and
    ( ) . - are done by pyarrow in one pass (C++), the rest one by one (same results)."""
    out: list[str | None] = [None] * len(values)
    todo = list(range(len(values)))
    if region in ("RU", "KZ") and len(values) > 1000:
        todo = _phones_fast(values, region, out)
    for i in todo:
        out[i] = phone_e164(values[i], region)
    return out


def _phones_fast(values: list[object], region: str, out: list[str | None]) -> list[int]:
    """Fills `out` where the fast path of phone_e164 certainly applies; returns the other
    positions. Only spaces around, so Python's strip() and this trim agree."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:
        return list(range(len(values)))
    texts = pa.array([v if isinstance(v, str) else None for v in values], type=pa.string())
    shaped = pc.fill_null(pc.match_substring_regex(texts, r"^ *\+?[0-9 ().\-]+ *$"), False)
    text = pc.utf8_trim(texts, " ")
    digits = pc.replace_substring_regex(text, r"[^0-9]", "")
    length = pc.utf8_length(digits)
    first, second = pc.utf8_slice_codeunits(digits, 0, 1), pc.utf8_slice_codeunits(digits, 1, 2)
    plus = pc.starts_with(text, "+")
    lead = pc.starts_with(text, "7") if region == "RU" else pa.scalar(False)
    eleven = pc.and_kleene(pc.and_kleene(pc.equal(length, 11), pc.equal(second, "9")), pc.or_kleene(
        pc.equal(first, "8"), pc.and_kleene(pc.equal(first, "7"), pc.or_kleene(plus, lead))))
    ten = pc.and_kleene(pc.and_kleene(pc.equal(length, 10), pc.equal(first, "9")),
                        pc.invert(plus))
    ok_eleven = pc.fill_null(pc.and_kleene(shaped, eleven), False).to_numpy(zero_copy_only=False)
    ok_ten = pc.fill_null(pc.and_kleene(shaped, ten), False).to_numpy(zero_copy_only=False)
    numbers = pc.if_else(pa.array(ok_eleven), pc.utf8_slice_codeunits(digits, 1), digits)
    # Only numbers in a Russian mobile range of phonenumbers' own metadata are certain; the rest
    # (a range not in service) take the slow path, which rejects them.
    in_range = pc.fill_null(pc.match_substring_regex(numbers, _russian_mobile()), False)
    e164 = pc.binary_join_element_wise("+7", numbers, "").to_numpy(zero_copy_only=False)
    done = (ok_eleven | ok_ten) & in_range.to_numpy(zero_copy_only=False)
    for i in np.flatnonzero(done).tolist():
        out[i] = e164[i]
    return np.flatnonzero(~done).tolist()


@lru_cache(maxsize=1)
def _russian_mobile() -> str:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("RU")
    mobile = metadata.mobile if metadata is not None else None
    pattern = mobile.national_number_pattern if mobile is not None else None
    return f"^(?:{pattern})$" if pattern else "^$"  # no metadata: every number the slow way


def _is_russian_mobile(national: str) -> bool:
    return re.match(_russian_mobile(), national) is not None


def parse_phones(values: pd.Series, region: str) -> np.ndarray:
    column = as_categorical(values)
    lookup = np.full(len(column.cat.categories) + 1, None, dtype=object)  # last: empty cell
    lookup[:-1] = phones_e164(column.cat.categories.tolist(), region)
    return lookup[column.cat.codes.to_numpy()]


def email_or_none(value: object) -> str | None:
    return _first_of_many(str(value), normalize_email) if isinstance(value, str) else None


def parse_emails(values: pd.Series) -> np.ndarray:
    return by_unique(values, email_or_none, object, None)


def clean_text(value: object) -> str | None:
    if type(value) is str:
        # An unprintable text may hold invisible characters (printable ones cannot).
        text = (value if value.isprintable() else value.translate(_INVISIBLE)).strip()
        if "  " in text or "\t" in text or "\n" in text or "\xa0" in text:
            text = " ".join(text.split())
        return text or None
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


def text_codes(values: pd.Series, cleaned: Objects | None = None) -> CodedText:
    """The column's cells as clean_text reads them, as codes into their distinct texts. Only the
    distinct values are cleaned and hashed, not every row (`cleaned`: clean_categories of the
    column's categories, when the caller has it already)."""
    column = as_categorical(values)
    categories = column.cat.categories.to_numpy(dtype=object)
    if cleaned is None:
        cleaned = clean_categories(column.cat.categories)
    present = pd.notna(cleaned)
    if np.array_equal(cleaned[present], categories[present]):
        # Nothing was changed but empties: the texts are the (distinct) categories, no hashing.
        return CodedText(np.append(np.where(present, np.cumsum(present) - 1, -1),
                                   -1)[column.cat.codes.to_numpy()], cleaned[present])
    # Cleaning may have made two categories one ("#1001 " and "#1001").
    return CodedText.of_values(column.cat.codes.to_numpy(), cleaned)


def clean_categories(categories: pd.Index) -> Objects:
    """clean_text of each category (object array), skipping the per-value call when one scan
    shows they are all clean already (the usual case); "" (an empty cell) becomes None."""
    values = categories.to_numpy(dtype=object)
    if categories.inferred_type == "string":
        texts = values.tolist()
        try:
            empty = texts.index("")
            del texts[empty]
        except ValueError:
            empty = -1
        if all_clean(texts):
            cleaned = values.copy()
            if empty >= 0:
                cleaned[empty] = None
            return cleaned
    cleaned = np.empty(len(values), dtype=object)
    cleaned[:] = [clean_text(v) for v in values.tolist()]
    return cleaned


def all_clean(texts: list[str]) -> bool:
    """True when clean_text would return every text unchanged: no empty text, no whitespace but
    single plain spaces inside. A few C-level scans instead of a Python call per text; a text
    that is not printable (a tab, a no-break space, but also a control character) takes the
    per-text path, which gives the same result, only slower."""
    if not all(map(str.isprintable, texts)):  # every whitespace but " " is unprintable
        return False
    joined = "\x00".join(texts)  # NUL is unprintable, so it marks only the joins
    return not ("" in texts or joined.startswith(" ") or joined.endswith(" ")
                or "  " in joined or "\x00 " in joined or " \x00" in joined)
