"""Start-up on a shared database that cannot be reached: a sentence and the local file offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import application
from app.ui.application import _open_shared_or_offer_local, _Quit, local_file_box

UNREACHABLE = "postgresql://anna@127.0.0.1:1/regulars"


def test_an_unreachable_server_offers_the_local_file(qapp, monkeypatch) -> None:
    told = []
    monkeypatch.setattr(application, "offer_local_file", lambda e: told.append(e) or True)
    assert _open_shared_or_offer_local(UNREACHABLE) is None  # the caller opens the local file
    assert told[0].text == "Cannot reach the shared database at 127.0.0.1:1."


def test_closing_instead_ends_the_start(qapp, monkeypatch) -> None:
    monkeypatch.setattr(application, "offer_local_file", lambda e: False)
    with pytest.raises(_Quit):
        _open_shared_or_offer_local(UNREACHABLE)


def test_a_reachable_server_opens(shared_server) -> None:
    db = _open_shared_or_offer_local(shared_server.address("regulars_test").url())
    assert db is not None and db.dialect == "postgresql"
    assert db.title == "regulars_test @ " + shared_server.admin.host
    db.dispose()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_render_the_offer(qapp, monkeypatch, language) -> None:
    from app.services.team.errors import SharedDatabaseUnavailableError
    from app.ui import i18n

    i18n.install(qapp, language)
    try:
        error = SharedDatabaseUnavailableError(
            "Cannot reach the shared database at %1.",
            hint="Check that the server is on and this computer is on its network; "
                 "nothing was changed.", params=("192.168.1.10:5432",))
        box, local = local_file_box(error)
        box.show()
        assert local.text()
        Path("/tmp/pgmove").mkdir(exist_ok=True)
        box.grab().save(f"/tmp/pgmove/start_offer_{language}.png")
        box.close()
    finally:
        i18n.install(qapp, "en")


def test_restore_on_a_shared_database_explains_instead(qapp, shared_server, clock,
                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui import backup_actions
    from app.ui.application import build_context

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: said.append(text))
    db = shared_server.fresh_database()
    try:
        context = build_context(db, "en", clock=clock)
        assert backup_actions.restore(None, context) is False
        assert "Move my shop there" in said[0]
    finally:
        shared_server.empty(db)
