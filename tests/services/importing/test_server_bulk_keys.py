"""Team mode: a load that doubles the shop drops the keys and secondary indexes and adds them
back before COMMIT, each key checked in one pass, whether the account may switch reference checks
off (the test server's superuser) or not; the keys and indexes are then exactly as before, a wrong
reference still refuses the whole import, and smaller imports keep them."""

from __future__ import annotations

import pytest

from app.services import importing, pg_bulk
from app.services.importing import writing
from tests.conftest import TODAY
from tests.services.importing import samples


def _keys(db) -> list[tuple[str, str, str]]:
    """Every foreign key and index of the schema, as the server spells them."""
    conn = db.raw_connection()
    try:
        return [*conn.execute(
            "SELECT CAST(conrelid AS regclass)::text, conname, pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2").fetchall(),
            *conn.execute("SELECT tablename, indexname, indexdef FROM pg_indexes"
                          " WHERE schemaname = current_schema() ORDER BY 1, 2").fetchall()]
    finally:
        conn.close()


def _file(tmp_path, name: str, count: int, start: int = 0):
    rows = "".join(f"0{1 + i % 9}.04.2025;Покупатель {i};+7 900 {i:07d};{100 + i % 50},00\n"
                   for i in range(start, start + count))
    return samples.write_text(tmp_path, name, "Дата;Клиент;Телефон;Сумма\n" + rows, "cp1251")


@pytest.fixture(params=["without the privilege", "superuser"])
def without_the_privilege(db, monkeypatch, request):
    if db.dialect != "postgresql":
        pytest.skip("foreign keys on a server (run with --engine postgresql)")
    if request.param == "without the privilege":
        # As for an account without SET on session_replication_role: the checks stay on.
        monkeypatch.setattr(writing, "_skip_reference_checks", lambda conn, plan: None)
    dropped: list[tuple[str, list[str]]] = []
    original = writing._drop_keys_for_bulk

    def recorded(conn, table, incoming):
        statements = original(conn, table, incoming)
        dropped.append((table, statements))
        return statements

    monkeypatch.setattr(writing, "_drop_keys_for_bulk", recorded)
    return dropped


def _import(db, settings, path):
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    return importing.commit(db, prepared.plan, settings=settings, as_of=TODAY)


def test_a_doubling_load_drops_and_restores_the_keys(db, settings, tmp_path,
                                                    without_the_privilege):
    keys = _keys(db)
    result = _import(db, settings, _file(tmp_path, "big.csv", 21_000))
    assert result.purchases_added == 21_000
    dropped = dict(without_the_privilege)
    assert {"customers", "purchases"} <= dropped.keys()
    assert all(dropped[table] for table in ("customers", "purchases"))
    assert _keys(db) == keys

    without_the_privilege.clear()  # a smaller import on top: checked line by line
    assert _import(db, settings, _file(tmp_path, "more.csv", 500, 30_000)).purchases_added == 500
    assert dict(without_the_privilege)["purchases"] == []
    assert _keys(db) == keys


def test_a_wrong_reference_still_refuses_the_whole_load(db, settings, tmp_path, monkeypatch,
                                                        without_the_privilege):
    keys = _keys(db)
    original = pg_bulk.copy_columns

    def copy_and_plant_an_orphan(raw, head, row, columns):
        written = original(raw, head, row, columns)
        if head.lstrip().startswith("INSERT INTO purchases"):
            raw.execute("UPDATE purchases SET customer_id = 999999999"
                        " WHERE id = (SELECT MIN(id) FROM purchases)")
        return written

    monkeypatch.setattr(pg_bulk, "copy_columns", copy_and_plant_an_orphan)
    with pytest.raises(Exception, match="foreign key"):
        _import(db, settings, _file(tmp_path, "big.csv", 21_000))
    conn = db.raw_connection()
    try:
        assert conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0] == 0
    finally:
        conn.close()
    assert _keys(db) == keys
