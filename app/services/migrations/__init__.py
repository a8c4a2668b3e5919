"""Numbered schema steps, tracked in SQLite's `PRAGMA user_version`.

Step N takes a schema at version N-1 to N. Steps are frozen once released: a later change is a new
step, never an edit, because users' databases already went through the old one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import resources
from types import ModuleType

from app.services.migrations import (
    v002_integer_line_keys,
    v005_hand_sales,
    v008_referral_codes,
    v010_points,
    v012_people,
)
from app.services.sql_dialect import dialect_of

Step = Callable[[sqlite3.Connection], None]


def _sql_file(name: str) -> Step:
    """A step written in SQL both engines understand, or with a PostgreSQL variant beside it
    (`vNNN_name.postgresql.sql`). Steps up to the PostgreSQL baseline never run there."""

    def run(conn: sqlite3.Connection) -> None:
        files = resources.files(__name__)
        variant = files.joinpath(name.replace(".sql", f".{dialect_of(conn)}.sql"))
        script = (variant if variant.is_file() else files.joinpath(name)).read_text("utf-8")
        # Statement by statement: executescript() would commit and break the step's transaction.
        for statement in split_statements(script):
            conn.execute(statement)

    run.__name__ = name
    return run


def _python_module(module: ModuleType) -> Step:
    """A step that needs more than SQL (a Python function converting values): `module.run`."""
    run: Step = module.run
    run.__name__ = module.__name__.rpartition(".")[2]
    return run


STEPS: list[Step] = [
    _sql_file("v001_initial.sql"),
    _python_module(v002_integer_line_keys),
    _sql_file("v003_predictions.sql"),
    _sql_file("v004_customer_merges.sql"),
    _python_module(v005_hand_sales),
    _sql_file("v006_loyalty_levels.sql"),
    _sql_file("v007_feedback.sql"),
    _python_module(v008_referral_codes),
    _sql_file("v009_autopilot_outbox.sql"),
    _python_module(v010_points),
    _sql_file("v011_marketing_consent.sql"),
    _python_module(v012_people),
]

LATEST_VERSION = len(STEPS)


def split_statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
