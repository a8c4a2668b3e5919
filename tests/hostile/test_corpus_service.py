"""Every file of the hostile corpus through the import service: a refused file is a sentence
and leaves the database as it was; a read file accounts for every row (imported or rejected) and
imports exactly what its plan said."""

from __future__ import annotations

import sqlite3

import pytest

from app.services import importing
from app.services.errors import UserFacingError
from app.services.importing import workbook_process
from tests.conftest import TODAY
from tests.hostile import corpus
from tests.hostile.helpers import case_params, content, refuse_reading
from tests.services.importing import samples


@pytest.mark.parametrize("name", case_params(corpus.CASES))
def test_corpus_case_through_the_service(name, db, db_path, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_process, "MAX_UNPACKED_BYTES", corpus.BOMB_LIMIT_BYTES)
    first = importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                              as_of=TODAY)
    importing.commit(db, first.plan, settings=settings, as_of=TODAY)
    before = content(db_path)
    path = corpus.make(name, tmp_path / "case")
    if name == "unreadable":
        refuse_reading(monkeypatch, path)
    try:
        prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    except UserFacingError as refused:
        assert name in corpus.REFUSED, refused.text
        assert refused.text and "Traceback" not in refused.text
        assert content(db_path) == before
        return
    assert name not in corpus.REFUSED
    plan = prepared.plan
    assert plan.rows_read > 0
    assert plan.rows_read == plan.purchases_added + plan.purchases_existing + plan.rows_rejected
    assert set(plan.rejected["row"]) <= set(range(1, plan.rows_read + 100))
    result = importing.commit(db, plan, settings=settings, as_of=TODAY)
    conn = sqlite3.connect(db_path)
    try:
        added = conn.execute("SELECT COUNT(*) FROM purchases WHERE batch_id = ?",
                             (result.batch_id,)).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    assert added == plan.purchases_added == result.purchases_added
    assert integrity == "ok"
