"""ImportPlan -> database, in ONE transaction: all of it, or (crash, kill, cancel, a dropped
connection to the shared server) none.

Customers and purchases go in through `sqlite_bulk.insert_columns` on a raw connection: many rows
per INSERT on SQLite, COPY on PostgreSQL (team mode). SQLite's pragmas, its foreign-key shortcut,
the index rebuild and the write-ahead-log checkpoint are SQLite's alone; on PostgreSQL the indexes
stay (dropping one would lock every other reader out for the whole import). Customers get their
ids inside the transaction, so new customer refs (negative numbers in the plan) are resolved
without a lookup per row.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.services import day_numbers, pg_bulk, sql_dialect
from app.services.database import Database, friendly_error, rollback
from app.services.errors import UserFacingError
from app.services.importing import customer_extras
from app.services.importing.cancelling import Cancelled, ImportCancelled
from app.services.importing.line_keys import purchases_fingerprint
from app.services.importing.planning import ImportPlan
from app.services.sqlite_bulk import insert_columns
from app.services.team import changes

log = logging.getLogger(__name__)
CHUNK = 50_000

Progress = Callable[[float, str], None]


class PlanOutdated(UserFacingError):
    """Purchases were added or removed after the file was checked: its plan may be wrong."""


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    rows_read: int
    rows_rejected: int
    purchases_added: int
    orders_added: int
    customers_created: int
    customers_matched: int
    seconds: float


def write_plan_with_lines(db: Database, plan: ImportPlan, progress: Progress | None = None,
                          cancelled: Cancelled | None = None
                          ) -> tuple[ImportResult, pd.DataFrame | None]:
    """Write the plan in one transaction. Also returns every purchase line now in the database, as
    orders.load_order_lines gives them, when the import went into a database without purchases
    (the lines are then exactly the plan's): the recompute that follows need not read them back.
    Else None."""
    started = time.perf_counter()
    report = progress or (lambda _f, _s: None)
    conn = db.raw_connection()
    conn.isolation_level = None  # explicit BEGIN/COMMIT: one transaction we control
    postgres = sql_dialect.is_postgres(conn)
    try:
        if not postgres:
            conn.execute("PRAGMA cache_size = -262144")  # 256 MB page cache for index inserts
            conn.execute("PRAGMA temp_store = MEMORY")
            # COMMIT would also copy the whole write into the database file (a second pass over
            # it); `checkpointing` does that beside the recompute that follows instead.
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        _begin(conn, plan)
        try:
            batch_id = _insert_batch(conn, plan)
            rebuilt = [
                *_drop_indexes_for_bulk(conn, "customers", len(plan.new_customers)),
                *_drop_keys_for_bulk(conn, "customers", len(plan.new_customers)),
                *_drop_keys_for_bulk(conn, "purchases", len(plan.purchases))]
            refs = _insert_customers(conn, plan, batch_id)
            customer_extras.write_extras(conn, plan.extras, refs)
            report(0.05, "customers")
            stages = [time.perf_counter()]
            # The purchases' indexes stay: lines arrive in customer-and-day order (the plan's
            # storage order) with rising ids, so both grow at their ends, cheaper than a rebuild.
            added, customer_ids = _insert_purchases(conn, plan, batch_id, refs, report,
                                                    cancelled)
            stages.append(time.perf_counter())
            for sql in rebuilt:
                conn.execute(sql)
            stages.append(time.perf_counter())
            conn.execute(
                "UPDATE import_batches SET purchases_added = ? WHERE id = ?", (added, batch_id))
            changes.note(conn, "import")  # other windows refresh: in the import or not at all
            if cancelled and cancelled():
                raise ImportCancelled
            conn.execute("COMMIT")
            stages.append(time.perf_counter())
            log.debug("Import write: customers %.2f s, purchases %.2f s, indexes and keys %.2f s,"
                      " commit %.2f s", stages[0] - started, *np.diff(stages))
        except BaseException as error:
            _roll_back(conn, error)
            raise
    except Exception as error:
        # The server restarted or the connection dropped: the server rolled the transaction
        # back, so nothing of the file was written; the owner gets that sentence.
        friendly = friendly_error(error) if postgres else None
        if friendly is not None:
            raise friendly from error
        raise
    finally:
        conn.close()
    report(1.0, "done")
    seconds = time.perf_counter() - started
    log.info("Import batch %d: %d purchases, %d new customers in %.2f s", batch_id, added,
             plan.customers_created, seconds)
    result = ImportResult(batch_id, plan.rows_read, plan.rows_rejected, added,
                          plan.orders_added, plan.customers_created, plan.customers_matched,
                          seconds)
    lines = None
    if plan.purchases_seen == (0, 0) and added == len(plan.purchases):  # checked under the lock
        lines = pd.DataFrame({
            "customer_id": customer_ids,
            "day": plan.purchases["day"].to_numpy().astype("int32"),
            "amount_minor": plan.purchases["amount_minor"].to_numpy().astype("int64"),
            "order_key": plan.purchases["order_code"].to_numpy().astype("int64"),
        })
    return result, lines


def _roll_back(conn: sqlite3.Connection, error: BaseException) -> None:
    """ROLLBACK, unless the connection itself is gone (then the server has rolled back): that
    error, not a second one from the ROLLBACK, is the one to report."""
    try:
        rollback(conn)
    except Exception:
        if not sql_dialect.is_postgres(conn):
            raise
        log.debug("ROLLBACK after %r failed", error, exc_info=True)


@contextmanager
def checkpointing(db: Database) -> Iterator[None]:
    """Copies the write-ahead log into the database file on another thread while the body runs.

    SQLite does the copy without holding Python's GIL, so on two cores it costs the import
    (nearly) nothing. PASSIVE never waits for readers; whatever it cannot copy now, the next
    automatic checkpoint does. The shared server (team mode) has no file to copy into."""
    if db.dialect != "sqlite":
        yield
        return
    thread = threading.Thread(target=_checkpoint, args=(db.path,), name="wal-checkpoint",
                              daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


def _checkpoint(path: Path) -> None:
    try:
        conn = sqlite3.connect(path, timeout=15)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error as error:  # harmless: the log is simply copied later
        log.warning("Checkpoint after import skipped: %s", error)


def _begin(conn: sqlite3.Connection, plan: ImportPlan) -> None:
    """BEGIN IMMEDIATE, with foreign-key checks off for this connection when they cannot fail.

    The checks cost a lookup per line (a large share of the insert time). The only
    references an import writes are to its own batch, to customers it creates, and to customers
    the plan matched; once the write lock is held nobody can delete those, so checking them once
    here is enough. If one was deleted since planning, the checks stay on (and fail as before).
    """
    if sql_dialect.is_postgres(conn):
        conn.execute("BEGIN IMMEDIATE")  # the shop's writer lock
        _skip_reference_checks(conn, plan)
    else:
        matched = _matched_ids(plan)
        conn.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction has it any effect
        conn.execute("BEGIN IMMEDIATE")
        found = conn.execute(
            "SELECT COUNT(*) FROM customers WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(matched),)).fetchone()[0] if matched else 0
        if found != len(matched):
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
    # Which lines are new was decided against the purchases of that moment; no unique index
    # backs that up (see migrations/v002_integer_line_keys.py), so a change since then refuses.
    if len(plan.purchases) and purchases_fingerprint(conn) != plan.purchases_seen:
        conn.execute("ROLLBACK")
        raise PlanOutdated("Sales were added or removed while this file was being checked, so "
                           "nothing was imported. Please import the file again.")


def _skip_reference_checks(conn: sqlite3.Connection, plan: ImportPlan) -> None:
    """PostgreSQL's version of the shortcut above, where the server lets this user switch its
    reference checks off (`session_replication_role`: a superuser, or GRANT SET ON PARAMETER);
    otherwise they stay on, slower. Other people's writers need not take the shop's lock here,
    so the customers the import refers to are locked against deletion (FOR KEY SHARE, what each
    check would do row by row) and counted once."""
    allowed = conn.execute("SELECT has_parameter_privilege("
                           "'session_replication_role', 'SET')").fetchone()[0]
    if not allowed:
        return
    referred = [int(r) for r in plan.extras.referrers.values() if r > 0]
    matched = sorted({*_matched_ids(plan), *referred})
    if matched:
        among, param = sql_dialect.id_in(conn, "id", matched)
        found = conn.execute(f"SELECT COUNT(*) FROM (SELECT id FROM customers WHERE {among}"
                             " FOR KEY SHARE) AS kept", (param,)).fetchone()[0]
        if found != len(matched):
            return
    conn.execute("SET LOCAL session_replication_role = replica")  # until COMMIT or ROLLBACK


def _matched_ids(plan: ImportPlan) -> list[int]:
    if not len(plan.purchases):
        return []
    refs = plan.purchases["customer_ref"].to_numpy(dtype=np.int64)
    # pd.unique hashes; np.unique would sort
    matched: list[int] = np.sort(pd.unique(refs[refs > 0])).tolist()
    return matched


def _drop_indexes_for_bulk(conn: sqlite3.Connection, table: str, incoming: int) -> list[str]:
    """Drops a table's secondary indexes when the import more than doubles the table.

    Building an index once, sorted, is several times faster than growing it row by row. Both
    happen inside the import's transaction, so a crash leaves the indexes as they were. Returns
    the statements that re-create them.
    """
    if sql_dialect.is_postgres(conn) or not _bulk_load(conn, table, incoming):
        return []  # PostgreSQL: _drop_keys_for_bulk
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


def _drop_keys_for_bulk(conn: sqlite3.Connection, table: str, incoming: int) -> list[str]:
    """PostgreSQL: drops the table's keys and secondary indexes when the import at least
    doubles it, and returns the statements that add them back before COMMIT: each key then
    checked by one join instead of a lookup per line, each index built by one sort. A million
    lines into an empty shop: 3.1x SQLite's import time with the checks on, 1.6x with them
    switched off (`_skip_reference_checks`), 1.4x this way (bench_import, both accounts).
    Dropping takes the tables from other people's readers until COMMIT, so only a load that
    big does it; smaller imports keep the indexes, and the readers, going."""
    if not sql_dialect.is_postgres(conn) or not _bulk_load(conn, table, incoming):
        return []
    return pg_bulk.drop_keys_and_indexes(conn, table)


def _bulk_load(conn: sqlite3.Connection, table: str, incoming: int) -> bool:
    """At least 20,000 new rows, and at least as many as the table holds: a rebuild pays."""
    return incoming >= 20_000 and incoming >= conn.execute(
        f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _insert_batch(conn: sqlite3.Connection, plan: ImportPlan) -> int:
    cur = conn.execute(
        "INSERT INTO import_batches (file_name, file_hash, sheet, rows_read, rows_rejected,"
        " purchases_added, orders_added, customers_created, customers_matched)"
        " VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
        (plan.source_name, plan.file_hash, plan.sheet, plan.rows_read, plan.rows_rejected,
         plan.purchases_added, plan.orders_added, plan.customers_created,
         plan.customers_matched),
    )
    return int(cur.fetchone()[0])


def _insert_customers(conn: sqlite3.Connection, plan: ImportPlan, batch_id: int) -> dict[int, int]:
    """Inserts the new customers; returns {negative ref: new id}."""
    if sql_dialect.is_postgres(conn) and plan.new_customers:
        # The ids are given here, in order (see line_keys.storage_order): no one else may add a
        # customer until COMMIT (reading them goes on), then the id sequence moves past them.
        conn.execute("LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE")
    base = conn.execute("SELECT COALESCE(MAX(id), 0) FROM customers").fetchone()[0]
    customers = plan.new_customers
    ids = list(range(base + 1, base + 1 + len(customers)))
    refs = {customer.ref: new_id for customer, new_id in zip(customers, ids, strict=True)}
    month: list[int | None] = [None] * len(customers)
    day, year = list(month), list(month)
    for i, customer in enumerate(customers):  # column by column: no tuple per customer
        if customer.birthday is not None and customer.birthday != day_numbers.MISSING:
            born = day_numbers.to_date(customer.birthday)
            month[i], day[i] = born.month, born.day
            year[i] = born.year if born.year > 1900 else None
    insert_columns(conn, "INSERT INTO customers (id, display_name, phone_raw, phone_e164, email,"
                   " external_code, birthday_month, birthday_day, birthday_year,"
                   " created_by_batch_id) VALUES ", f"(?,?,?,?,?,?,?,?,?,{int(batch_id)})", [
                       ids, [c.display_name for c in customers],
                       [c.phone_raw for c in customers], [c.phone_e164 for c in customers],
                       [c.email for c in customers], [c.external_code for c in customers],
                       month, day, year])
    if customers:
        sql_dialect.ids_reinserted(conn, "customers")
    return refs


def _insert_purchases(conn: sqlite3.Connection, plan: ImportPlan, batch_id: int,
                      refs: dict[int, int], report: Progress,
                      cancelled: Cancelled | None) -> tuple[int, np.ndarray]:
    """Inserts the plan's purchases; returns how many, and each line's customer id."""
    purchases = plan.purchases
    total = len(purchases)
    if total == 0:
        return 0, np.zeros(0, dtype=np.int64)
    ref_values = purchases["customer_ref"].to_numpy(dtype=np.int64)
    negative = ref_values < 0
    if negative.any():  # new customers' refs -> their ids, with arrays, not a dict lookup per row
        new_refs = np.fromiter(refs.keys(), dtype=np.int64, count=len(refs))
        new_ids = np.fromiter(refs.values(), dtype=np.int64, count=len(refs))
        order = np.argsort(new_refs)
        at = np.searchsorted(new_refs[order], ref_values[negative])
        ref_values = ref_values.copy()
        ref_values[negative] = new_ids[order][at]
    head = ("INSERT INTO purchases (customer_id, purchased_on, amount_minor, quantity,"
            " product, category, order_id, dedup_key, batch_id) VALUES ")
    row = f"(?,?,?,?,?,?,?,?,{int(batch_id)})"
    first_id = _reserve_ids(conn, "purchases", total)
    if first_id is not None:
        head = head.replace("(customer_id,", "(id, customer_id,")
        row = "(?," + row[1:]
    columns = [_chunks_of(purchases[c]) for c in ("purchased_on", "amount_minor", "quantity",
                                                    "product", "category", "order_id",
                                                    "dedup_key")]
    for start in range(0, total, CHUNK):
        if cancelled and cancelled():
            raise ImportCancelled
        stop = min(start + CHUNK, total)
        # As lists: what insert_columns makes of arrays anyway (sqlite3 binds no numpy scalars).
        ids = [] if first_id is None else [list(range(first_id + start, first_id + stop))]
        insert_columns(conn, head, row, [*ids, ref_values[start:stop].tolist(),
                                         *(chunk(start, stop).tolist() for chunk in columns)])
        report(0.05 + 0.95 * stop / total, "purchases")
    # Every line is one new row (no conflict clause, no trigger): the insert adds them all or
    # raises.
    return total, ref_values


def _reserve_ids(conn: sqlite3.Connection, table: str, count: int) -> int | None:
    """PostgreSQL: the first of `count` ids taken from the table's sequence at once, the
    others' writes to the table held off until COMMIT (reading goes on): a million lines each
    asking the sequence cost more than writing them. SQLite numbers rows for free: None."""
    if not sql_dialect.is_postgres(conn):
        return None
    conn.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
    sequence = f"pg_get_serial_sequence('{table}', 'id')"
    first = int(conn.execute(f"SELECT nextval({sequence})").fetchone()[0])
    conn.execute(f"SELECT setval({sequence}, ?)", (first + count - 1,))
    return first


def _chunks_of(column: pd.Series) -> Callable[[int, int], np.ndarray]:
    """A column's values from `start` to `stop`; a categorical's texts (None where missing) are
    looked up one chunk at a time, never for the whole column at once."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        lookup = np.append(column.cat.categories.to_numpy(dtype=object), [None])
        codes = column.cat.codes.to_numpy()
        return lambda start, stop: lookup[codes[start:stop]]
    values = column.to_numpy()
    return lambda start, stop: values[start:stop]
