"""`demo [--seed N]`: create the demo shop's database (if missing) and print where it is."""

from __future__ import annotations

import argparse

from app.cli.common import SubParsers, db_path_of, lock_for_writing, subparser
from app.services import paths


def register_demo(commands: SubParsers) -> None:
    sub = subparser(commands, "demo", "create the demo shop database (if missing) and print "
                    "where it is", cmd_demo)
    sub.add_argument("--seed", type=int, default=2024, help="random seed for the demo data")


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.clock import Clock
    from app.services.database import open_database
    from app.services.demo import demo_language, ensure_demo_shop

    # The shop speaks the system's language, like the UI that will open it.
    language = demo_language()
    path = db_path_of(args) if getattr(args, "db", None) else paths.demo_db_path(language)
    lock_for_writing(path)
    db = open_database(path)
    result = ensure_demo_shop(db, Clock().today(), seed=args.seed, language=language)
    print(f"demo shop: {path} ({result.customers} customers, {result.purchases} purchases)")
    return 0
