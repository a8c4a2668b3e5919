"""Team mode: the connection to the shared server dropped in the middle of an import (the server
restarted, the network went away) leaves nothing of the file in the database, and the owner reads
a sentence, not a traceback. The server's side of a kill of the app is the same dropped connection.
"""

from __future__ import annotations

import pytest

from app.services import importing, pg_bulk
from app.services.errors import UserFacingError
from tests.conftest import TODAY
from tests.services.importing import samples


def counts(db):
    conn = db.raw_connection()
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("purchases", "customers", "import_batches", "customer_stats"))
    finally:
        conn.close()


def _drop_mid_import(db, settings, tmp_path, monkeypatch, drop) -> None:
    """Imports a file whose purchases are written, uncommitted, when `drop(raw)` ends the
    import's connection; checks nothing remains and the sentence; then imports it again."""
    if db.dialect != "postgresql":
        pytest.skip("a connection to a server (run with --engine postgresql)")
    first = importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                              as_of=TODAY)
    importing.commit(db, first.plan, settings=settings, as_of=TODAY)
    before = counts(db)
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i},00\n"
                   for i in range(3000))
    second = samples.write_text(tmp_path, "big.csv", "Дата;Клиент;Телефон;Сумма\n" + rows,
                                "cp1251")
    prepared = importing.prepare(db, second, settings=settings, as_of=TODAY)
    assert prepared.plan.purchases_added == 3000

    original = pg_bulk.copy_columns
    seen_inside: list[int] = []

    def copy_then_lose_the_connection(raw, head, row, columns):
        written = original(raw, head, row, columns)
        if head.lstrip().startswith("INSERT INTO purchases"):
            # The rows are in, uncommitted; then the connection ends.
            seen_inside.append(raw.execute("SELECT COUNT(*) FROM purchases").fetchone()[0])
            drop(raw)
        return written

    monkeypatch.setattr(pg_bulk, "copy_columns", copy_then_lose_the_connection)
    with pytest.raises(UserFacingError) as caught:
        importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)
    assert seen_inside == [before[0] + 3000]
    assert caught.value.text == "The connection to the shared database was lost."
    assert "not changed" in caught.value.hint
    assert counts(db) == before  # nothing of the batch: no lines, customers, batch or figures

    # The server is fine and the same plan imports once the connection is back.
    monkeypatch.undo()
    result = importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)
    assert (result.purchases_added, result.customers_created) == (3000, 3000)
    after = counts(db)
    assert after[:3] == (before[0] + 3000, before[1] + 3000, before[2] + 1)


def test_a_connection_dropped_mid_import_leaves_nothing_and_says_so(db, settings, tmp_path,
                                                                  monkeypatch):
    def end_the_connection(raw) -> None:
        other = db.raw_connection()
        try:
            other.execute("SELECT pg_terminate_backend(?)", (raw.info.backend_pid,))
        finally:
            other.close()

    _drop_mid_import(db, settings, tmp_path, monkeypatch, end_the_connection)


def test_the_server_restarted_mid_import_leaves_nothing_and_says_so(db, settings, tmp_path,
                                                                  monkeypatch, request):
    """A real restart (pg_ctl restart -m fast): the server rolls the open import back on its
    way down, and the app's other connections, dead since, are replaced when used again."""
    if db.dialect != "postgresql":
        pytest.skip("a connection to a server (run with --engine postgresql)")
    server = request.getfixturevalue("shared_server")
    _drop_mid_import(db, settings, tmp_path, monkeypatch, lambda raw: server.restart())
