"""Day/month order of a/b/yyyy dates: what proves it, and what happens without proof.

A column is read one way for every row: one value whose first part is above 12 (or written with
dots) proves day-first; one whose second part is above 12 proves month-first. Without proof, or
with proof both ways, the shop's preference decides, and a value that is no date that way is read
the other way round.
"""

from __future__ import annotations

import pandas as pd
import pytest

from app.services.importing import parsing


def read(values: list[str], prefer_dayfirst: bool = True) -> tuple[list, str, bool]:
    column = parsing.parse_dates(pd.Series(values, dtype=object), prefer_dayfirst)
    return list(parsing.days_to_iso(column.days)), column.order, column.ambiguous


@pytest.mark.parametrize("prefer_dayfirst", [True, False])
@pytest.mark.parametrize("where", [0, 1, 2])
def test_one_value_above_12_proves_day_first_wherever_it_is(where: int,
                                                            prefer_dayfirst: bool) -> None:
    values = ["01/02/2025", "03/04/2025"]
    values.insert(where, "13/02/2025")
    days, order, ambiguous = read(values, prefer_dayfirst)
    expected = ["2025-02-01", "2025-04-03"]
    expected.insert(where, "2025-02-13")
    assert (days, order, ambiguous) == (expected, "dmy", False)


@pytest.mark.parametrize("prefer_dayfirst", [True, False])
def test_one_value_above_12_in_second_place_proves_month_first(prefer_dayfirst: bool) -> None:
    days, order, ambiguous = read(["03/04/2025", "02/13/2025", "05/06/2025"], prefer_dayfirst)
    assert (days, order, ambiguous) == (["2025-03-04", "2025-02-13", "2025-05-06"], "mdy", False)


def test_twelve_proves_nothing() -> None:
    assert read(["12/05/2025"], prefer_dayfirst=False) == (["2025-12-05"], "mdy", True)
    assert read(["05/12/2025"], prefer_dayfirst=True) == (["2025-12-05"], "dmy", True)


def test_dots_prove_day_first_even_where_month_first_is_preferred() -> None:
    days, order, ambiguous = read(["05.06.2025", "03/04/2025"], prefer_dayfirst=False)
    assert (days, order, ambiguous) == (["2025-06-05", "2025-04-03"], "dmy", False)


@pytest.mark.parametrize(("prefer_dayfirst", "order", "third"), [
    (True, "dmy", "2025-04-03"), (False, "mdy", "2025-03-04")])
def test_proof_both_ways_falls_back_to_the_preference_and_swaps_what_cannot_be(
        prefer_dayfirst: bool, order: str, third: str) -> None:
    days, got_order, ambiguous = read(["13/02/2025", "02/13/2025", "03/04/2025"],
                                      prefer_dayfirst)
    # Each value above 12 is read the only way it can be; the rest follow the preference.
    assert (days, got_order) == (["2025-02-13", "2025-02-13", third], order)
    assert not ambiguous  # a day-first proof exists, so the owner is not asked


@pytest.mark.parametrize(("prefer_dayfirst", "expected", "order"), [
    (True, ["2025-04-03", "2025-06-05"], "dmy"), (False, ["2025-03-04", "2025-05-06"], "mdy")])
def test_without_proof_the_preference_decides_and_the_column_is_ambiguous(
        prefer_dayfirst: bool, expected: list[str], order: str) -> None:
    assert read(["03/04/2025", "05/06/2025"], prefer_dayfirst) == (expected, order, True)


def test_year_first_dates_prove_nothing_and_are_never_ambiguous() -> None:
    assert read(["2025/02/13", "2025-04-03"], prefer_dayfirst=False) == (
        ["2025-02-13", "2025-04-03"], "mdy", False)
    # ...nor do they stop a real proof from counting.
    assert read(["2025/02/13", "02/13/2025", "03/04/2025"])[1:] == ("mdy", False)


def test_a_value_no_order_can_read_is_missing_and_proves_nothing() -> None:
    days, order, _ = read(["13/13/2025", "03/04/2025"], prefer_dayfirst=False)
    assert days == [None, "2025-04-03"] and order == "dmy"  # 13 first still proves day-first
    assert read(["03/04/123"]) == ([None], "dmy", True)


def test_birthdays_without_a_year_follow_the_dots_or_the_preference() -> None:
    def birthday(text: str, prefer_dayfirst: bool) -> str:
        day = parsing.parse_birthdays(pd.Series([text], dtype=object), prefer_dayfirst)[0]
        return parsing.days_to_iso(pd.Series([day]).to_numpy())[0][5:]

    assert birthday("05.03", prefer_dayfirst=False) == "03-05"  # dots: day first
    assert birthday("05/03", prefer_dayfirst=False) == "05-03"
    assert birthday("05/03", prefer_dayfirst=True) == "03-05"
