"""Names typed all in capitals or all in lower case are shown in normal case; names typed with
mixed case are kept as typed."""

from __future__ import annotations

import pytest

from app.services.names import display_name


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
