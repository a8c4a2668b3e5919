"""Phone numbers are read for the owner's region and never turned into another country's."""

import pytest

from app.services.importing import parsing
from app.services.phones import example_phone, format_phone, normalize_phone


@pytest.mark.parametrize("text", ["07911 123456", "+44 7911 123456", "0044 7911 123456",
                                  "+44 (0)7911 123456", "07911123456", "00 44 7911 123456"])
def test_a_uk_mobile_written_any_usual_way_is_one_number(text):
    assert normalize_phone(text, "GB") == "+447911123456"
    assert parsing.phone_e164(text, "GB") == "+447911123456"


@pytest.mark.parametrize("text", ["07700 900321", "+44 7700 900321", "0044 7700 900163",
                                  "7700 900121", "07700 90032", "12345"])
def test_a_number_not_valid_in_the_uk_is_rejected_never_made_russian(text):
    """07700 900xxx is Ofcom's range kept for films and TV (no phone has it), "7700 900121"
    lacks the leading 0; neither may become a +7 (Kazakhstan/Russia) or +700 number."""
    assert normalize_phone(text, "GB") is None
    assert parsing.phone_e164(text, "GB") is None


def test_a_russian_region_does_not_turn_uk_numbers_into_kazakh_ones():
    assert normalize_phone("7700 900121", "RU") is None  # was +7 770 090 0121
    assert normalize_phone("0044 7911 123456", "RU") == "+447911123456"  # was +700447911123456
    assert normalize_phone("0044 7700 900163", "RU") is None  # was +700447700900163
    assert normalize_phone("07911 123456", "RU") is None


def test_russian_numbers_still_read_the_same():
    for text in ("8 (912) 345-67-89", "+7 912 3456789", "9123456789", "89123456789"):
        assert normalize_phone(text, "RU") == "+79123456789"
    assert normalize_phone("810 44 7911 123456", "RU") == "+447911123456"
    assert normalize_phone("8 930 000 00 00", "RU") is None  # a block not in service


def test_display_is_international():
    assert format_phone("+447911123456") == "+44 7911 123456"
    assert format_phone("+79123456789") == "+7 912 345-67-89"


def test_the_hint_is_a_number_of_the_region():
    assert example_phone("GB").startswith("+44 7")
    assert example_phone("RU").startswith("+7 9")
    assert normalize_phone(example_phone("GB"), "GB") is not None
