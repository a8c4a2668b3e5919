"""The table models' cell helpers agree with pandas on what is missing, and refuse non-numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from app.ui.table_models.cells import as_float, as_int, missing

CELLS = [None, pd.NA, pd.NaT, float("nan"), np.float32("nan"), np.datetime64("NaT"),
         Decimal("NaN"), 0, 3, 2.5, np.int64(7), np.float64(1.5), "", "text",
         dt.date(2026, 3, 1), pd.Timestamp("2026-03-01"), True]


@pytest.mark.parametrize("value", CELLS, ids=repr)
def test_missing_is_what_pandas_calls_missing(value: object) -> None:
    assert missing(value) is bool(pd.isna(value))


def test_a_tuple_is_never_missing() -> None:
    assert missing((5, 4, 3)) is False


@pytest.mark.parametrize("value", [3, 3.9, np.int64(3), np.float64(3.2), True])
def test_numbers_convert_like_int_and_float(value: object) -> None:
    assert as_int(value) == int(value)
    assert as_float(value) == float(value)


@pytest.mark.parametrize("value", ["3", None, dt.date(2026, 3, 1)])
def test_non_numbers_are_refused(value: object) -> None:
    with pytest.raises(TypeError):
        as_int(value)
    with pytest.raises(TypeError):
        as_float(value)
