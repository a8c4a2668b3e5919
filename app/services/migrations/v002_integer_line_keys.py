"""Schema v2: a purchase line's import identity becomes one 64-bit integer, without an index.

Why: the text key ("i:" + 32 hex digits) took 34 bytes in the row and again in its unique index,
a quarter of the file for a million lines, and every large import sorted it. An integer is 8
bytes. The importer is the only writer of keys and reads them all anyway to tell new lines from
known ones, so the unique index guarded nothing the importer does not check itself (it refuses a
plan when purchases changed between reading and writing: see importing/writing.py); without it,
lines can be stored in customer order, which makes the customer index cheap to build.
64 bits of SipHash leave a collision between two different lines of one shop at about one in ten
million even at ten million lines.

`ix_purchases_date` had no reader (every query by date also names the customer) and cost a
sort of the whole table on every large import.

SQLite cannot change a column's type in place, so the table is rebuilt (the documented
create-copy-drop-rename procedure; foreign keys are off while steps run).
"""

from __future__ import annotations

import hashlib
import sqlite3

TABLE = """
CREATE TABLE purchases_v2 (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	purchased_on DATE NOT NULL,
	amount_minor INTEGER NOT NULL,
	quantity DOUBLE DEFAULT '1' NOT NULL,
	product TEXT,
	category TEXT,
	order_id TEXT,
	batch_id INTEGER,
	dedup_key INTEGER,
	CONSTRAINT pk_purchases PRIMARY KEY (id),
	CONSTRAINT fk_purchases_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE,
	CONSTRAINT fk_purchases_batch_id_import_batches FOREIGN KEY(batch_id) REFERENCES import_batches (id) ON DELETE SET NULL
)
"""  # noqa: E501  (kept exactly as the ORM renders it)

INDEXES = [
    "CREATE INDEX ix_purchases_batch_id ON purchases (batch_id)",
    "CREATE INDEX ix_purchases_customer_date ON purchases (customer_id, purchased_on)",
]


def run(conn: sqlite3.Connection) -> None:
    conn.create_function("regulars_line_key", 1,
                         lambda key: None if key is None else text_key_to_int(str(key)))
    conn.execute(TABLE)
    conn.execute(
        "INSERT INTO purchases_v2 (id, customer_id, purchased_on, amount_minor, quantity, product,"
        " category, order_id, batch_id, dedup_key) SELECT id, customer_id, purchased_on,"
        " amount_minor, quantity, product, category, order_id, batch_id,"
        " regulars_line_key(dedup_key) FROM purchases ORDER BY id")
    conn.execute("DROP TABLE purchases")
    conn.execute("ALTER TABLE purchases_v2 RENAME TO purchases")
    for sql in INDEXES:
        conn.execute(sql)


def text_key_to_int(key: str) -> int:
    """The v1 text key as the integer the importer now computes for the same line.

    "i:" keys spell the two 64-bit halves' bytes in little-endian order; the first half is the
    new key. Any other text (demo data, hand-made rows) gets a stable 64-bit hash of itself.
    """
    if len(key) == 34 and key.startswith("i:"):
        try:
            unsigned = int.from_bytes(bytes.fromhex(key[2:18]), "little")
        except ValueError:
            pass
        else:
            return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)
