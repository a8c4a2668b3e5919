"""Phone and e-mail normalisation shared by import, the customer card and sending."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_INTERNATIONAL_00 = re.compile(r"^\(?00\)?[\s-]*(?=[1-9])")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


@lru_cache(maxsize=200_000)
def normalize_phone(raw: str | None, region: str = "RU") -> str | None:
    """E.164 ("+79123456789") of a number valid for its country, or None.

    `8 (912) 345-67-89`, `+7 912 3456789` and `9123456789` are the same Russian number; in the
    UK `07911 123456`, `+44 7911 123456` and `0044 7911 123456` are one mobile. A number that is
    not valid where the region says it is stays None (its text is kept by the caller): it is
    never "corrected" into another country's number.
    """
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if region in ("RU", "KZ") and len(digits) == 11 and digits.startswith("8"):
        text = "+7" + digits[1:]  # the domestic trunk prefix "8" means +7
    elif _INTERNATIONAL_00.match(text):
        text = "+" + _INTERNATIONAL_00.sub("", text)  # "00" dials abroad in most of the world
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """International display form ("+7 912 345-67-89")."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(raw: str | None) -> str | None:
    """Lower-cased e-mail, or None when it is not a plausible address."""
    if raw is None:
        return None
    text = str(raw).strip().strip("<>").lower()
    return text if _EMAIL.match(text) else None


def example_phone(region: str) -> str:
    """A mobile number of the region as people write it ("+44 7400 123456"), for a hint."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return format_phone(phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.E164)) if number is not None else ""
