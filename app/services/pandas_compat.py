"""Every private pandas name the app uses, in one place.

The importer's fast path leans on two pandas internals that the public API has no equivalent
for. Importing them only here means a pandas upgrade breaks (or is checked in) one module, and
pyproject pins pandas below its next major version, where private names may move.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
import pandas as pd
from pandas.core.util.hashing import (  # type: ignore[attr-defined]  # not in the stubs
    combine_hash_arrays as _combine_hash_arrays,
)


def combine_hash_arrays(arrays: Iterator[npt.NDArray[np.uint64]], count: int
                        ) -> npt.NDArray[np.uint64]:
    """One hash per row from `count` arrays of hashes, exactly as `pd.util.hash_pandas_object`
    combines a frame's columns (the importer's stored line keys depend on it)."""
    combined: npt.NDArray[np.uint64] = _combine_hash_arrays(arrays, count)
    return combined


def categorical_dtype_of_unique(categories: pd.Index) -> pd.CategoricalDtype:
    """A CategoricalDtype over categories the caller knows are distinct, without pandas hashing
    every one of them to check; the checked constructor where the fast one is missing."""
    fast = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if fast is not None:
        try:
            dtype: pd.CategoricalDtype = fast(categories, False)
            return dtype
        except TypeError:  # its signature changed: the checked constructor below
            pass
    return pd.CategoricalDtype(categories)
