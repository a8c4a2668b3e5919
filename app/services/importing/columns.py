"""MappedColumns: the columns a plan reads, by field, each cleaned at most once.

Each column is a categorical, so every parse handles each distinct cell once. A plan asks for
one column's cleaned texts several times (its blank cells, the fill-down within orders, who the
customer is), and cleaning a column of a few hundred thousand distinct order numbers is not free:
the cleaned texts are kept here, per field, for the one plan that owns this object.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from app.services.importing import parsing
from app.services.importing.coded import CodedText, Mask, Objects

# Distinct non-empty cells of a column (raw) -> their values, None where a cell means nothing.
Parse = Callable[[list[object]], list[str | None]]


class MappedColumns:
    def __init__(self, frame: pd.DataFrame, headers: dict[str, str]) -> None:
        """`headers`: {field: the file's column header} for every field the user mapped."""
        self.headers = dict(headers)
        self.rows = len(frame)
        self._columns = {f: parsing.as_categorical(frame[h]) for f, h in headers.items()}
        self._cleaned: dict[str, Objects] = {}

    def __contains__(self, field: str) -> bool:
        return field in self._columns

    def __getitem__(self, field: str) -> pd.Series:
        return self._columns[field]

    def get(self, field: str) -> pd.Series | None:
        return self._columns.get(field)

    def cleaned(self, field: str) -> Objects:
        """clean_text of each of the column's distinct cells (None where blank); read-only."""
        cleaned = self._cleaned.get(field)
        if cleaned is None:
            cleaned = parsing.clean_categories(self._columns[field].cat.categories)
            cleaned.flags.writeable = False  # shared by every caller
            self._cleaned[field] = cleaned
        return cleaned

    def blank(self, field: str) -> Mask:
        return parsing.blank_mask(self._columns[field], self.cleaned(field))

    def text(self, field: str) -> CodedText:
        """The column's cleaned texts; no text on any row if the field is not mapped."""
        if field not in self._columns:
            return CodedText.absent(self.rows)
        return parsing.text_codes(self._columns[field], self.cleaned(field))

    def parsed(self, field: str, parse: Parse) -> CodedText:
        """`parse` of each distinct non-blank cell, as it is in the file (not cleaned)."""
        column = self._columns.get(field)
        if column is None:
            return CodedText.absent(self.rows)
        present = np.flatnonzero(pd.notna(self.cleaned(field)))
        raw = column.cat.categories.to_numpy(dtype=object)[present]
        values = np.full(len(column.cat.categories), None, dtype=object)
        values[present] = parse(raw.tolist())
        return CodedText.of_values(column.cat.codes.to_numpy(), values)

    def fill_within_orders(self, fields: tuple[str, ...], orders: CodedText) -> None:
        """Shopify-style exports fill order-level cells on an order's first line only: each of
        `fields` gets them copied down. The categories stay the same, and so do their cleaned
        texts."""
        for field in fields:
            column = self._columns.get(field)
            if column is not None:
                self._columns[field] = self._filled(column, self.blank(field), orders.codes)

    @staticmethod
    def _filled(values: pd.Series, blank: Mask, order_codes: np.ndarray) -> pd.Series:
        need = blank & (order_codes >= 0)
        if not need.any():
            return values
        codes = values.cat.codes.to_numpy().copy()
        donors = np.flatnonzero(~blank & (order_codes >= 0))[::-1]
        first = np.full(order_codes.max() + 1, -1, dtype=np.int64)
        first[order_codes[donors]] = donors
        targets = np.flatnonzero(need)
        source = first[order_codes[targets]]
        ok = source >= 0
        codes[targets[ok]] = codes[source[ok]]
        dtype = values.dtype
        assert isinstance(dtype, pd.CategoricalDtype)
        return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype), index=values.index)
