"""CodedText: a text column as per-row codes into its distinct texts.

A million-line file names only as many order numbers, products and people as it has; keeping
those columns as codes means each distinct text is cleaned, parsed and hashed once, and no
per-row Python object is made until the writer needs one chunk's texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services.pandas_compat import categorical_dtype_of_unique

Codes = npt.NDArray[np.int64]
Objects = npt.NDArray[np.object_]
Mask = npt.NDArray[np.bool_]


def categorical_of_unique(codes: npt.NDArray[np.integer], categories: Objects | pd.Index
                          ) -> pd.Categorical:
    """A categorical over categories known to be distinct (factorize's uniques, a dictionary),
    skipping pandas' check that they are (a hash of every category). Codes are trusted too
    (-1: missing)."""
    dtype = categorical_dtype_of_unique(pd.Index(categories, dtype=object))
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


def categorical_of_cells(values: pd.Series, tidy: Callable[[object], object] | None = None
                         ) -> pd.Categorical:
    """The column with each distinct value stored once (tidied once each); missing cells
    become ""."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categorical: pd.Categorical = values.array  # the stubs type an untyped Series' array Any
        return categorical
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    categories = np.asarray(uniques, dtype=object)
    if tidy is not None:
        categories = np.asarray([tidy(v) for v in categories.tolist()] + [None],
                                dtype=object)[:-1]
    missing = codes < 0
    if missing.any():
        blank = np.flatnonzero(categories == "")
        if len(blank):
            codes[missing] = blank[0]
        else:
            categories = np.append(categories, "")
            codes[missing] = len(categories) - 1
    return categorical_of_unique(codes, categories)


@dataclass(frozen=True)
class CodedText:
    """Each row's code into `texts`, -1 where the row has none; `texts` are distinct and never
    None, so "has a text" is `codes >= 0` and equal texts have equal codes."""

    codes: Codes
    texts: Objects

    @classmethod
    def absent(cls, rows: int) -> CodedText:
        """A column the file does not have: no row has a text."""
        return cls(np.full(rows, -1, dtype=np.int64), np.empty(0, dtype=object))

    @classmethod
    def of_values(cls, codes: npt.NDArray[np.integer], values: Objects) -> CodedText:
        """From codes into `values` that may repeat or be None (a parse of each distinct cell:
        two spellings of one phone number give one text, a bad one gives None)."""
        value_codes, texts = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
        lookup = np.append(value_codes.astype(np.int64), -1)  # a row's code -1 stays -1
        return cls(lookup[codes], np.asarray(texts, dtype=object))

    def __len__(self) -> int:
        return len(self.codes)

    def missing(self) -> Mask:
        return self.codes < 0

    def take(self, rows: npt.NDArray[np.integer]) -> CodedText:
        return CodedText(self.codes[rows], self.texts)

    def without(self, rows: Mask) -> CodedText:
        """The same column with the masked rows' texts removed."""
        return CodedText(np.where(rows, -1, self.codes), self.texts)

    def values(self) -> Objects:
        """Each row's text as an object array, None where there is none."""
        lookup = np.empty(len(self.texts) + 1, dtype=object)  # the last, None, for code -1
        lookup[:-1] = self.texts
        values: Objects = lookup[self.codes]
        return values

    def categorical(self, blank: str | None = None) -> pd.Categorical:
        """As a pandas categorical: missing where a row has no text, or `blank` (a text that is
        none of `texts`, such as "") when given; hashing it hashes each distinct text once."""
        if blank is None:
            return categorical_of_unique(self.codes, self.texts)
        return categorical_of_unique(np.where(self.codes < 0, len(self.texts), self.codes),
                                     np.append(self.texts, blank))
