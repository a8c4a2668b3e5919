"""A fast path for large, regular text tables: pyarrow's multi-threaded CSV reader.

Each column comes back dictionary-encoded (each distinct value stored once), so no Python object is
made per cell. It returns None whenever the file needs what only pandas' reader does the way
`reading` expects (rows of another width, blank lines, undecodable bytes, pyarrow missing): the
caller then reads the file with pandas, so results never depend on which reader ran. That is
also how a line with more cells than the header gets accounted for: pandas names the lines it
skips (pyarrow's parallel reader does not know their numbers), and `text_lines` lists them.
`read_arrow` needs neither pandas nor numpy (see `early`); `categoricals` turns its columns into
pandas ones.
"""

from __future__ import annotations

import codecs
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.importing.sniffing import TextLayout

if TYPE_CHECKING:  # neither is loaded before it is needed (see `early`)
    import pandas as pd
    import pyarrow as pa

MIN_BYTES = 4 * 1024 * 1024  # below this pandas is as fast and starts quicker


def read_arrow(path: Path, layout: TextLayout) -> list[pa.DictionaryArray] | None:
    """The table's columns as pyarrow dictionary arrays of str (in `layout.names` order), or
    None."""
    if path.stat().st_size < MIN_BYTES:
        return None
    try:
        import pyarrow as pa
        from pyarrow import csv
    except ImportError:
        return None
    names = layout.names
    name = codecs.lookup(layout.encoding).name
    if name == "utf-8-sig":
        name = "utf-8"  # pyarrow skips the BOM itself
    if name.startswith("utf-16"):
        return None

    irregular_rows: list[int] = []

    def irregular(row: csv.InvalidRow) -> str:
        irregular_rows.append(row.number)
        return "skip"

    try:
        table = csv.read_csv(
            path,
            read_options=csv.ReadOptions(column_names=names, skip_rows=layout.header_index + 1,
                                         encoding=name, block_size=8 << 20),
            parse_options=csv.ParseOptions(delimiter=layout.delimiter, quote_char='"',
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
    pa.default_memory_pool().release_unused()  # give the file's text back to the OS now
    return encoded


def _dictionary_encode(column: pa.ChunkedArray) -> pa.DictionaryArray:
    return column.combine_chunks().dictionary_encode()


def categoricals(names: list[str], encoded: list[pa.DictionaryArray]
                 ) -> dict[str, pd.Categorical]:
    """read_arrow's columns as {name: pandas Categorical}; `encoded` is emptied on the way, so
    each column's arrow memory is freed as soon as it is converted."""
    import numpy as np

    from app.services.importing.coded import categorical_of_unique

    columns: dict[str, pd.Categorical] = {}
    for name in names:
        column = encoded.pop(0)
        codes = column.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
        columns[name] = categorical_of_unique(
            codes, column.dictionary.to_numpy(zero_copy_only=False))
    return columns
