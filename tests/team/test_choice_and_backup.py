"""Which database a laptop opens, and team-mode backups (a local copy of the shared data)."""

from __future__ import annotations

import sqlite3

import psycopg

from app.services import backups
from app.services.database import open_database, open_shared_database
from app.services.settings import Settings
from app.services.team import choice, move
from app.services.team.address import SharedAddress


def test_the_choice_is_remembered_without_a_password(tmp_path) -> None:
    assert choice.chosen_server() is None
    address = SharedAddress("shop.local", 5433, "regulars", "anna")
    choice.choose_server(address)
    assert choice.chosen_server() == address
    text = choice.choice_file().read_text("utf-8")
    assert "postgresql://anna@shop.local:5433/regulars" in text and "password" not in text
    choice.choose_local()
    assert choice.chosen_server() is None


def test_a_damaged_choice_opens_the_local_file() -> None:
    choice.choice_file().write_text("{not json", "utf-8")
    assert choice.chosen_server() is None
    choice.choice_file().write_text('{"shared": "postgresql://anna:secret@host/db"}', "utf-8")
    assert choice.chosen_server() is None  # a password in the note is refused, not used


def test_team_backup_is_a_local_copy_of_the_shared_data(shared_server, tmp_path, clock) -> None:
    from app.services.demo import create_demo_shop

    local = open_database(tmp_path / "shop.sqlite3")
    create_demo_shop(local, clock.today(), seed=3)
    local.dispose()
    with psycopg.connect(**shared_server.admin.connect_kwargs(None), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS team_backup WITH (FORCE)")
        admin.execute("CREATE DATABASE team_backup")
    server = open_shared_database(shared_server.address("team_backup"), None)
    try:
        move.move_to_server(tmp_path / "shop.sqlite3", server)
        settings = Settings(server)
        settings.set(backups.BACKUP_DIR, str(tmp_path / "copies"))
        copy = backups.backup_now(server, settings, clock=clock)
        assert copy.parent == tmp_path / "copies"
        assert copy.name.startswith("team_backup-shared-")
        assert backups.validate_backup(copy) >= 1  # restorable like a solo backup
        found = backups.list_backups(tmp_path / "copies", backups.backup_stem(server))
        assert [b.path for b in found] == [copy]
        conn = sqlite3.connect(copy)
        original = sqlite3.connect(tmp_path / "shop.sqlite3")
        try:
            for table in ("customers", "purchases"):
                query = f"SELECT COUNT(*), SUM(id) FROM {table}"
                assert conn.execute(query).fetchone() == original.execute(query).fetchone()
        finally:
            conn.close()
            original.close()
    finally:
        server.dispose()


def test_a_brought_back_file_is_the_one_opened_next(tmp_path) -> None:
    from app.cli import build_parser
    from app.cli.common import gui_database_of
    from app.services import paths

    args = build_parser().parse_args([])
    assert gui_database_of(args) == (paths.default_db_path(), None)
    choice.choose_server(SharedAddress("shop.local", 5432, "regulars", "anna"))
    assert gui_database_of(args)[1] == "postgresql://anna@shop.local:5432/regulars"
    explicit = build_parser().parse_args(["--db", str(tmp_path / "x.sqlite3")])
    assert gui_database_of(explicit) == (tmp_path / "x.sqlite3", None)  # --db wins
    choice.choose_local(tmp_path / "back.sqlite3")
    assert gui_database_of(args) == ((tmp_path / "back.sqlite3").resolve(), None)
