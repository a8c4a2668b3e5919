"""Cells of the table models' object arrays.

A cell is typed `object` (its column decides what it holds), so it is checked before it is used
as a number.
"""

from __future__ import annotations

from typing import SupportsFloat, SupportsInt

import pandas as pd


def missing(value: object) -> bool:
    """None, pd.NA, NaN or NaT, as pd.isna finds them; a str or a tuple is never missing."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, str | tuple):
        return False
    return bool(value != value)  # NaN and NaT are the only values unequal to themselves


def as_int(value: object) -> int:
    if not isinstance(value, SupportsInt):
        raise TypeError(f"not a number: {value!r}")
    return int(value)


def as_float(value: object) -> float:
    if not isinstance(value, SupportsFloat):
        raise TypeError(f"not a number: {value!r}")
    return float(value)
