import datetime as dt

import numpy as np
import pandas as pd
import pytest

from app.services.importing import parsing
from app.services.importing.coded import CodedText, categorical_of_unique
from app.services.importing.columns import MappedColumns
from app.services.phones import normalize_phone


def iso(values, **kwargs):
    return list(parsing.days_to_iso(parsing.parse_dates(pd.Series(values, dtype=object),
                                                        **kwargs).days))


@pytest.mark.parametrize(("text", "minor"), [
    ("1 234,50 ₽", 123450), ("1\u00a0234,50", 123450), ("(500,00)", -50000), ("-12,5", -1250),
    ("руб. 300", 30000), ("150 р.", 15000), ("12'345.00", 1234500), ("€ 9,99", 999),
    ("2 500-", -250000), ("0,285", 29), ("abc", None), ("", None),
])
def test_money_in_a_decimal_comma_column(text, minor):
    got = parsing.parse_money(pd.Series([text], dtype=object), decimal_comma=True)[0]
    assert (np.isnan(got) and minor is None) or got == minor


def test_decimal_separator_is_decided_from_the_whole_column():
    english = pd.Series(["1,234.56", "1,200", "15.00"], dtype=object)
    assert not parsing.uses_decimal_comma(english)
    assert list(parsing.parse_money(english)) == [123456, 120000, 1500]
    russian = pd.Series(["1.234", "12,50"], dtype=object)
    assert list(parsing.parse_money(russian)) == [123400, 1250]


def test_excel_numbers_are_taken_as_they_are():
    assert list(parsing.parse_money(pd.Series([45.5, 100, 0.1 + 0.2], dtype=object))) == [
        4550, 10000, 30]


def test_date_shapes():
    got = iso(["05.03.2025", "5.3.25", "2025-03-05", "2025-03-05 14:22:10 +0300",
               "05.03.2025 10:15", "5 марта 2025", "5 мая 2025", "March 5, 2025",
               "45721", 45721, dt.datetime(2025, 3, 5, 10, 0), "31.02.2025", "", "soon"])
    assert got[:11] == ["2025-03-05"] * 6 + ["2025-05-05", "2025-03-05"] + ["2025-03-05"] * 3
    assert got[11:] == [None, None, None]


def test_day_and_month_order_is_decided_from_the_whole_column():
    assert iso(["03/04/2025", "13/04/2025"]) == ["2025-04-03", "2025-04-13"]
    assert iso(["03/04/2025", "04/13/2025"]) == ["2025-03-04", "2025-04-13"]
    column = parsing.parse_dates(pd.Series(["03/04/2025", "05/06/2025"], dtype=object))
    assert column.ambiguous and column.order == "dmy"
    us = parsing.parse_dates(pd.Series(["03/04/2025"], dtype=object), prefer_dayfirst=False)
    assert parsing.days_to_iso(us.days)[0] == "2025-03-04"


@pytest.mark.parametrize("text", ["8 (912) 345-67-89", "+7 912 3456789", "9123456789",
                                  "89123456789", "+7(912)345-67-89", "7 912 345 67 89",
                                  "8-912-345-67-89"])
def test_phones_in_every_format_are_one_number(text):
    assert parsing.phone_e164(text, "RU") == "+79123456789" == normalize_phone(text, "RU")


def test_phone_fast_path_agrees_with_phonenumbers():
    samples = ["+7 495 123-45-67", "8 495 1234567", "+375 29 123-45-67", "12345", "+1 212 555 0100",
               "89991234567", 79123456789, 9123456789.0, "+79123456789, 89001112233"]
    for region in ("RU", "KZ", "US", "GB"):
        for sample in samples:
            expected = normalize_phone(str(int(sample)) if not isinstance(sample, str) else sample,
                                       region)
            got = parsing.phone_e164(sample, region)
            assert got == expected or (expected is None and "," in str(sample)), (sample, region)


def test_emails_are_lower_cased_and_validated():
    values = pd.Series(["Anna@Example.COM", "not-an-email", "", "a@b.ru; c@d.ru"], dtype=object)
    assert list(parsing.parse_emails(values)) == ["anna@example.com", None, None, "a@b.ru"]


def test_text_is_trimmed_and_spaces_collapsed():
    values = pd.Series(["  Иванова   Анна ", "", 1001, None], dtype=object)
    assert parsing.text_codes(values).values().tolist() == ["Иванова Анна", None, "1001", None]


def test_birthdays_without_a_year_get_the_placeholder_year():
    values = pd.Series(["29.02", "15/03", "5 марта", "1990-07-15", "31.02", "", None], dtype=object)
    got = list(parsing.days_to_iso(parsing.parse_birthdays(values)))
    year = parsing.BIRTHDAY_NO_YEAR
    assert got == [f"{year}-02-29", f"{year}-03-15", f"{year}-03-05", "1990-07-15",
                   None, None, None]


def test_text_fast_path_agrees_with_clean_text():
    """text_codes skips the per-value cleaning when one scan shows every distinct value is clean;
    whatever the values, the result must be clean_text's."""
    rng = np.random.default_rng(7)
    alphabet = ["a", "Я", "1", "#", " ", "  ", "\t", "\n", "\xa0", "\u2003", "\x00", "ё",
                "\x1f", "\u2028", "\x85", "\xad"]
    for _ in range(300):
        values = ["".join(rng.choice(alphabet, rng.integers(0, 5))) for _ in range(6)]
        values += ["Иванова Анна", "#1001"]
        column = pd.Series(pd.Categorical([*values, None]))
        coded = parsing.text_codes(column)
        expected = [parsing.clean_text(v) for v in [*values, None]]
        assert coded.values().tolist() == expected
        assert coded.missing().tolist() == [e is None for e in expected]
        assert len(set(coded.texts.tolist())) == len(coded.texts)
    clean = pd.Series(pd.Categorical(["Анна", "Борис Орлов", "Анна"]))
    assert parsing.all_clean(clean.cat.categories.tolist())
    for unclean in (["Анна", ""], [" Анна"], ["Анна "], ["Анна  Орлова"], ["Анна\tОрлова"]):
        assert not parsing.all_clean(unclean)


def test_mapped_columns_clean_each_column_once():
    frame = pd.DataFrame({"Имя": ["Анна ", "Борис", "Анна ", ""], "Тел": ["1", "2", "3", ""]})
    cols = MappedColumns(frame, {"customer": "Имя", "phone": "Тел"})
    first = cols.cleaned("customer")
    assert cols.cleaned("customer") is first and cols.cleaned("phone") is not first
    assert first.tolist() == ["Анна", "Борис", None] and not first.flags.writeable
    assert cols.blank("customer").tolist() == [False, False, False, True]
    assert cols.text("customer").values().tolist() == ["Анна", "Борис", "Анна", None]
    assert cols.text("email").missing().all() and len(cols.text("email")) == 4


def test_order_level_cells_are_copied_down_within_each_order():
    frame = pd.DataFrame({"Заказ": ["#1", "#1", "#2", "#2", ""],
                          "Клиент": ["", "Анна", "Борис", "", ""]})
    cols = MappedColumns(frame, {"order_id": "Заказ", "customer": "Клиент"})
    cols.fill_within_orders(("customer", "email"), cols.text("order_id"))
    # An order's first filled cell goes to its blank ones; a line without an order stays blank.
    assert cols.text("customer").values().tolist() == ["Анна", "Анна", "Борис", "Борис", None]


def test_many_phones_at_once_agree_with_one_by_one():
    """phones_e164 takes the common shapes through pyarrow; every value must come out as
    phone_e164 gives it, whatever the shape (spaces, tabs, no-break spaces, letters, digits of
    other scripts, numbers from Excel)."""
    rng = np.random.default_rng(11)
    parts = [*"0123456789 ()+-.", "\t", "\xa0", "+7", "8", "9", " 7", "abc", "٣", "\u2003"]
    values = ["".join(rng.choice(parts, rng.integers(0, 15))) for _ in range(3000)]
    values += [f"8 ({d[:3]}) {d[3:6]}-{d[6:]}" for d in (str(9_000_000_000 + i * 7919)
                                                         for i in range(1500))]
    values += [f" +7 {9_100_000_000 + i} " for i in range(300)]
    values += [f"7{9_100_000_000 + i}" for i in range(300)]
    values += [None, 89123456789, 9123456789.0, ""]
    values += [f"9{i:09d}" for i in range(500)]
    # +7 930 0xx: a block of the Russian mobile range not in service; must not pass as a phone.
    values += [f"8 930 0{i:02d} {i:04d}" for i in range(100)] + ["0044 7911 123456"]
    for region in ("RU", "KZ", "US", "GB"):
        assert parsing.phones_e164(values, region) == [parsing.phone_e164(v, region)
                                                         for v in values]


def test_a_categorical_of_known_distinct_values_is_an_ordinary_one():
    categories = np.array(["#1", "#2", "", "Анна"], dtype=object)
    codes = np.array([3, -1, 0, 2, 3, 1])
    fast = categorical_of_unique(codes, categories)
    checked = pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=object))
    assert fast.equals(checked)
    assert list(fast) == ["Анна", np.nan, "#1", "", "Анна", "#2"]
    assert pd.util.hash_pandas_object(pd.Series(fast)).tolist() == \
        pd.util.hash_pandas_object(pd.Series(checked)).tolist()


def test_blank_cells_are_found_alike_in_every_column_kind():
    rng = np.random.default_rng(5)
    parts = ["", " ", "\t", "\xa0", "a", "Я", "0", "\u2003"]
    texts = ["".join(rng.choice(parts, rng.integers(0, 4))) for _ in range(400)]
    others = [None, np.nan, 0, 1.5, dt.date(2025, 3, 1), dt.datetime(2025, 3, 1, 10, 0)]
    for values in (texts, texts + others):
        expected = [parsing.is_blank(v) for v in values]
        assert parsing.blank_mask(pd.Series(values, dtype=object)).tolist() == expected
        categorical = parsing.as_categorical(pd.Series(values, dtype=object))
        assert parsing.blank_mask(categorical).tolist() == expected


def test_coded_text_of_repeated_and_missing_values_has_distinct_texts():
    """A parse of each distinct cell may give one value twice (two spellings of one phone) or
    none: the rows keep their values, the texts become distinct and "none" becomes code -1."""
    values = np.array(["+79001", None, "+79001", "+79002"], dtype=object)
    coded = CodedText.of_values(np.array([0, 1, 2, 3, -1, 2]), values)
    assert coded.values().tolist() == ["+79001", None, "+79001", "+79002", None, "+79001"]
    assert coded.texts.tolist() == ["+79001", "+79002"]
    assert coded.codes.tolist() == [0, -1, 0, 1, -1, 0]
    assert coded.take(np.array([3, 1])).values().tolist() == ["+79002", None]
    assert coded.without(np.array([True, False, False, False, False, True])).values().tolist() \
        == [None, None, "+79001", "+79002", None, None]
    assert list(coded.categorical(blank="")) == ["+79001", "", "+79001", "+79002", "", "+79001"]
    assert pd.isna(coded.categorical()).tolist() == [False, True, False, False, True, False]
