"""A fast path for large, regular text tables: pyarrow's multi-threaded CSV reader.

Each column comes back dictionary-encoded (each distinct value stored once), so no Python object is
made per cell. It returns None whenever the file needs what only pandas' reader does the way
`reading` expects (rows of another width, blank lines, undecodable bytes, pyarrow missing): the
caller then reads the file with pandas, so results never depend on which reader ran.
"""

from __future__ import annotations

import codecs
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from app.services.importing.parsing import categorical_of_unique

MIN_BYTES = 4 * 1024 * 1024  # below this pandas is as fast and starts quicker


def read_columns(path: Path, *, encoding: str, delimiter: str, names: list[str],
                 skip_rows: int) -> dict[str, pd.Categorical] | None:
    """The file's columns after `skip_rows` lines as categoricals of str, or None."""
    if path.stat().st_size < MIN_BYTES:
        return None
    try:
        import pyarrow as pa
        from pyarrow import csv
    except ImportError:
        return None
    name = codecs.lookup(encoding).name
    if name == "utf-8-sig":
        name = "utf-8"  # pyarrow skips the BOM itself
    if name.startswith("utf-16"):
        return None

    irregular_rows: list[int] = []

    def irregular(row) -> str:
        irregular_rows.append(row.number)
        return "skip"

    try:
        table = csv.read_csv(
            path,
            read_options=csv.ReadOptions(column_names=names, skip_rows=skip_rows,
                                         encoding=name, block_size=8 << 20),
            parse_options=csv.ParseOptions(delimiter=delimiter, quote_char='"',
                                           double_quote=True, newlines_in_values=True,
                                           ignore_empty_lines=False,
                                           invalid_row_handler=irregular),
            convert_options=csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False, null_values=[]),
        )
    except (pa.ArrowException, UnicodeError, ValueError, OSError):
        return None
    if irregular_rows:
        return None
    # Dictionary encoding runs in C++ without the GIL: both cores take columns.
    with ThreadPoolExecutor(max_workers=2) as pool:
        encoded = list(pool.map(_dictionary_encode, [table.column(name) for name in names]))
    del table
    columns = {name: _categorical(column) for name, column in zip(names, encoded, strict=True)}
    del encoded
    pa.default_memory_pool().release_unused()  # give the file's text back to the OS now
    return columns


def _dictionary_encode(column):
    return column.combine_chunks().dictionary_encode()


def _categorical(encoded) -> pd.Categorical:
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    return categorical_of_unique(codes, encoded.dictionary.to_numpy(zero_copy_only=False))
