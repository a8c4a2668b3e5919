"""`segments [--as-of YYYY-MM-DD] [--format csv|json]`: every customer's RFM figures and segment.

The columns are a contract for scripts: customer_id, name, phone, email, recency_days,
frequency, monetary, r_score, f_score, m_score, segment (English key; empty without orders).
Money is in major units with two decimals. Computed afresh as of the date; the cache is not touched.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from typing import Any

from app.cli.common import SubParsers, add_report_options, open_db_for, subparser

COLUMNS = ["customer_id", "name", "phone", "email", "recency_days", "frequency", "monetary",
           "r_score", "f_score", "m_score", "segment"]


def register_segments(commands: SubParsers) -> None:
    sub = subparser(commands, "segments", "print every customer's recency, frequency, money, "
                    "R/F/M scores and segment", cmd_segments)
    add_report_options(sub, "compute as of this day (default: today); later purchases are ignored")


def cmd_segments(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.segments.reports import customer_segments

    db = open_db_for(args)
    try:
        frame = customer_segments(db, args.as_of or Clock().today())
    finally:
        db.dispose()
    records = [_record(row) for row in frame.itertuples(index=False)]
    try:
        _write(records, args.format)
    except BrokenPipeError:  # `segments | head`: the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
    return 0


def _write(records: list[dict[str, Any]], fmt: str) -> None:
    from app.services.money import to_units

    if fmt == "json":
        for record in records:
            record["monetary"] = round(to_units(record["monetary"]), 2)
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            record["monetary"] = f"{to_units(record['monetary']):.2f}"
            writer.writerow({k: "" if v is None else v for k, v in record.items()})


def _record(row: Any) -> dict[str, Any]:
    import pandas as pd

    def number(value: Any) -> int | None:
        return None if pd.isna(value) else int(value)

    return {
        "customer_id": int(row.customer_id),
        "name": row.name,
        "phone": row.phone,
        "email": row.email,
        "recency_days": number(row.recency_days),
        "frequency": int(row.frequency),
        "monetary": int(row.monetary_minor),  # minor units until formatted
        "r_score": number(row.r_score),
        "f_score": number(row.f_score),
        "m_score": number(row.m_score),
        "segment": row.segment if isinstance(row.segment, str) else None,
    }
