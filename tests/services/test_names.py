"""Names typed all in capitals or all in lower case are shown in normal case; names typed with
mixed case are kept as typed."""

from __future__ import annotations

import pytest

from app.services.names import display_name, told_apart


@pytest.mark.parametrize(("typed", "shown"), [
    ("КСЕНИЯ ИВАНОВА", "Ксения Иванова"),
    ("ксения", "Ксения"),
    ("o'neil", "O'Neil"),
    ("D’ARTAGNAN", "D’Artagnan"),
    ("анна-мария петрова", "Анна-Мария Петрова"),
    ("mcdonald", "McDonald"),
    ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
    ("АЛИЕВ МАМЕД ОГЛЫ", "Алиев Мамед оглы"),
    ("ИП ИВАНОВ", "ИП Иванов"),
    ("ЁЛКИНА  ЮЛИЯ ", "Ёлкина Юлия"),
])
def test_capitals_and_lower_case_become_normal_case(typed: str, shown: str) -> None:
    assert display_name(typed) == shown


@pytest.mark.parametrize("typed", ["McDonald", "DeVito", "Ксения Иванова", "van Gogh", "Анна-Мария",
                                   "", "12345"])
def test_mixed_case_and_values_without_letters_are_kept(typed: str) -> None:
    assert display_name(typed) == typed


@pytest.mark.parametrize(("raw", "shown"), [
    ("КСЕНИЯ ИВАНОВА", "Ксения Иванова"),
    ("ксения", "Ксения"),
    ("o'neil", "O'Neil"),
    ("MARY O'BRIEN", "Mary O'Brien"),
    ("анна-мария петрова-водкина", "Анна-Мария Петрова-Водкина"),
    ("  ИВАН  ", "Иван"),
    ("McDonald", "McDonald"),  # mixed case is kept as typed
    ("де Лука", "де Лука"),
    ("Ёлкин ИВАН", "Ёлкин ИВАН"),
    ("", ""),
    ("12345", "12345"),
])
def test_display_name_more_cases(raw: str, shown: str) -> None:
    assert display_name(raw) == shown


def test_namesakes_get_a_phone_or_an_email() -> None:
    people = [("АННА ПЕТРОВА", "+79123454567", "a@x.ru"), ("анна петрова", "", "anna@mail.ru"),
              ("Анна Петрова", "+7 912 000-11-22", ""), ("Иван Сидоров", "+79990001122", "")]
    assert told_apart(people) == ["Анна Петрова · …4567", "Анна Петрова · anna@mail.ru",
                                  "Анна Петрова · …1122", "Иван Сидоров"]


def test_a_namesake_without_contacts_keeps_the_bare_name() -> None:
    assert told_apart([("Ann", "", ""), ("ANN", "", "")]) == ["Ann", "Ann"]
