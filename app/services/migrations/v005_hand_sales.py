"""Schema v5: a purchase can be recorded by hand (a sale made in a chat, with no till export).

`origin` is "hand" for those and NULL for imported lines (every line stored before this step
came from an import or the demo shop). `note` is the owner's remark on a hand sale. Both are
plain added columns: SQLite adds a nullable column without rewriting the table.
"""

from __future__ import annotations

import sqlite3


def run(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE purchases ADD COLUMN origin TEXT")
    conn.execute("ALTER TABLE purchases ADD COLUMN note TEXT")
