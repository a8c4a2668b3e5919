"""`report [--month YYYY-MM] --out FILE.pdf`: the monthly report as a PDF, as the Dashboard's
"Report…" button writes it, in the shop's language. Nothing in the database changes.

The month defaults to the last full one; figures look up to `--as-of` (default today). The PDF
is drawn by Qt (app.ui.application starts it headless), the content by the services.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import SubParsers, as_of_date, open_db_for, subparser


def register_report(commands: SubParsers) -> None:
    sub = subparser(commands, "report", "write the monthly report (figures against the previous "
                    "month and the same month last year, pictures, segments, reminders) as a PDF",
                    cmd_report)
    sub.add_argument("--month", metavar="YYYY-MM",
                     help="the month to report on (default: the last full month)")
    sub.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                     help="where to write the PDF (replaced if it exists)")
    sub.add_argument("--as-of", type=as_of_date, metavar="YYYY-MM-DD",
                     help="compute as of this day (default: today); later purchases are ignored")


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.dashboard.periods import default_period
    from app.services.dashboard.report_data import check_output, parse_month, report_month

    as_of = args.as_of or Clock().today()
    # A bad month or an unwritable folder is said before any work is done.
    month = (report_month(parse_month(args.month), as_of) if args.month
             else default_period(as_of))
    out: Path = args.out
    check_output(out)
    db = open_db_for(args)
    try:
        from app.ui.application import write_monthly_report

        write_monthly_report(db, month, as_of, out)
    finally:
        db.dispose()
    print(f"Wrote the report for {month.first_date.isoformat()[:7]} to {out}")
    return 0
