"""Export a segment's customers to CSV or XLSX for a mailing service.

Text cells are escaped against formulas by `app.services.csv_safety` (phones in E.164 kept).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from app.services.csv_safety import escape_cell, escape_phone
from app.services.errors import UserFacingError
from app.services.money import to_units
from app.services.segments.catalog import name_of

HEADER = ["name", "phone", "email", "segment", "recency_days", "frequency", "monetary",
          "r_score", "f_score", "m_score"]

def export_rows(
    customers: pd.DataFrame, segment_name: Callable[[str | None], str] = name_of
) -> list[list[object]]:
    """Rows (without header) from segment_reports.CUSTOMER_COLUMNS; money in major units."""
    rows: list[list[object]] = []
    c: Any  # pandas types every cell of a row as any scalar; these columns are fixed by the query
    for c in customers.itertuples(index=False):
        rows.append([
            escape_cell(str(c.name or "")),
            escape_phone(str(c.phone or "")),
            escape_cell(str(c.email or "")),
            escape_cell(segment_name(c.segment)),
            _int(c.recency_days),
            int(c.frequency),
            round(to_units(int(c.monetary_minor)), 2),
            _int(c.r_score),
            _int(c.f_score),
            _int(c.m_score),
        ])
    return rows


def export_customers(
    customers: pd.DataFrame, path: Path, *, header: list[str] | None = None,
    segment_name: Callable[[str | None], str] = name_of, delimiter: str = ",",
) -> int:
    """Write `customers` to `path` (.xlsx or CSV by suffix); returns the number of rows.

    `header` lets the UI pass translated column titles; `segment_name` translated segment names.
    """
    rows = export_rows(customers, segment_name)
    titles = [escape_cell(t) for t in (header or HEADER)]
    try:
        if Path(path).suffix.lower() == ".xlsx":
            _write_xlsx(Path(path), titles, rows)
        else:
            # UTF-8 with BOM: Excel then opens Cyrillic names correctly.
            with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=delimiter)
                writer.writerow(titles)
                writer.writerows(rows)
    except OSError as exc:
        raise UserFacingError(
            "Could not write the export file.",
            hint="Choose another folder or close the file if a spreadsheet has it open.",
        ) from exc
    return len(rows)


def _write_xlsx(path: Path, titles: list[str], rows: list[list[object]]) -> None:
    from openpyxl import Workbook  # only needed for this format

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.append(titles)
    for row in rows:
        sheet.append(["" if v is None else v for v in row])
    book.save(path)


def _int(value: float | None) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
