"""An import by one person while another person reads (team mode, or two windows on one SQLite
file): every read succeeds, never waits for a "database is locked" error, and sees the shop as
it was before the import or after it, never half of it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.services import customers, importing
from app.services.dashboard.metrics import compute_dashboard
from app.services.database import Database
from app.services.importing import writing
from app.services.reminders import tasks
from app.services.segments.orders import load_order_lines
from app.services.settings import Settings
from tests.conftest import TODAY
from tests.services.importing import samples
from tests.team.helpers import customer_with_task

LINES = 3000
WAIT = 60  # seconds; only reached when something hangs


def sales_file(folder: Path, name: str, first: int, count: int) -> Path:
    # Each line its own customer and receipt: purchases, orders and customers all grow by count.
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00;R{i}\n"
                   for i in range(first, first + count))
    return samples.write_text(folder, name, "Дата;Клиент;Телефон;Сумма;Чек\n" + rows, "cp1251")


def shop_as_seen(db: Database) -> dict[str, object]:
    """What the other person's pages read: the customers table, Today, the purchase lines the
    segments and charts are built from, and the dashboard's figures."""
    table = customers.load_customer_table(db)
    listed = tasks.today_list(db, Settings(db), TODAY)
    today = sorted(item.id for item in listed.items + listed.unreachable)
    conn = db.raw_connection()
    try:
        lines = load_order_lines(conn)
    finally:
        conn.close()
    board = compute_dashboard(db, TODAY)
    return {"customers": len(table), "today": today,
            "lines": len(lines), "money": int(lines["amount_minor"].sum()),
            "board": (board.customers, board.buyers)}


def test_reads_during_an_import_see_before_or_after_never_half(
        db: Database, other_db: Database, settings: Settings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def seen_now() -> dict[str, object]:
        return shop_as_seen(other_db)

    first = importing.prepare(db, sales_file(tmp_path, "old.csv", 0, 200), settings=settings,
                              as_of=TODAY)
    importing.commit(db, first.plan, settings=settings, as_of=TODAY)
    customer_with_task(db, "Анна Смирнова")  # someone on Today's list
    before = seen_now()
    assert before["customers"] == 201 and before["lines"] == 200
    assert before["today"]
    prepared = importing.prepare(db, sales_file(tmp_path, "new.csv", 200, LINES),
                                 settings=settings, as_of=TODAY)
    assert prepared.plan.purchases_added == LINES

    # The write stops after its first chunk of purchases (half of them in, uncommitted) until
    # the other person has read everything; then it goes on while the reads continue.
    monkeypatch.setattr(writing, "CHUNK", LINES // 2)
    halfway, read_halfway = threading.Event(), threading.Event()
    original = writing.insert_columns

    def insert_then_wait(conn, head, row, columns):
        original(conn, head, row, columns)
        if head.lstrip().startswith("INSERT INTO purchases") and not halfway.is_set():
            halfway.set()
            assert read_halfway.wait(WAIT)

    monkeypatch.setattr(writing, "insert_columns", insert_then_wait)
    failures: list[BaseException] = []

    def run_import() -> None:
        try:
            importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)
        except BaseException as error:  # reported by the test, not lost in the thread
            failures.append(error)
            halfway.set()

    writer = threading.Thread(target=run_import, name="import")
    writer.start()
    try:
        assert halfway.wait(WAIT)
        assert not failures
        seen = [seen_now()]  # the import's write transaction is open right now
    finally:
        read_halfway.set()
    while writer.is_alive():  # the rest of the write, its commit and the figures' recompute
        seen.append(seen_now())
    writer.join()
    assert not failures, failures
    after = seen_now()

    assert seen[0] == before  # half an import is invisible
    assert after["customers"] == 201 + LINES and after["lines"] == 200 + LINES
    assert after["board"] == (201 + LINES, 200 + LINES)
    assert after["today"] == before["today"]
    for read in seen:
        for key in ("customers", "lines", "money"):
            assert read[key] in (before[key], after[key]), (key, read[key])
        board_customers, buyers = read["board"]
        assert board_customers in (201, 201 + LINES) and buyers in (200, 200 + LINES)
        assert read["today"] == before["today"]
