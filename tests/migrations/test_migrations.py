"""Schema migrations: a new file, an old stored database, and a database from the future."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from app.models import Base
from app.services import migrations
from app.services.database import open_database, schema_version
from app.services.errors import DatabaseCorruptError, DatabaseTooNewError
from app.services.importing import service as import_service
from app.services.settings import Settings
from tests.services.importing.samples import write_cp1251_sales

AS_OF = dt.date(2025, 4, 1)

STORED = Path(__file__).parent / "data"


def test_new_database_is_created_at_latest_version(db_path: Path) -> None:
    db = open_database(db_path)
    assert schema_version(db_path) == migrations.LATEST_VERSION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_migrated_schema_matches_the_models(db_path: Path) -> None:
    """Every table and column the ORM expects exists after migrating (no create_all anywhere)."""
    db = open_database(db_path)
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        actual = {c["name"] for c in inspector.get_columns(table.name)}
        assert actual == {c.name for c in table.columns}, table.name
        actual_indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= actual_indexes, table.name
    db.dispose()


@pytest.mark.parametrize("stored", sorted(STORED.glob("schema_v*.sqlite3")), ids=lambda p: p.stem)
def test_stored_databases_of_every_released_schema_open(stored: Path, tmp_path: Path) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    before = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    db = open_database(copy, backup_dir=tmp_path / "backups")
    assert schema_version(copy) == migrations.LATEST_VERSION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM customers").scalar() == before > 0
    db.dispose()


def test_upgrade_backs_up_first_and_runs_new_steps(tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(STORED / "schema_v1.sqlite3", copy)

    def step_two(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE customers ADD COLUMN loyalty_level TEXT")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, step_two])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.STEPS))
    backups = tmp_path / "backups"
    db = open_database(copy, backup_dir=backups)
    db.dispose()
    assert schema_version(copy) == len(migrations.STEPS)
    columns = [r[1] for r in sqlite3.connect(copy).execute("PRAGMA table_info(customers)")]
    assert "loyalty_level" in columns
    saved = list(backups.glob("*.sqlite3"))
    assert len(saved) == 1
    assert schema_version(saved[0]) == 1


def test_lines_imported_under_schema_v1_are_still_recognised(tmp_path: Path) -> None:
    """v1 stored each line's key as text ("i:" + the two halves' little-endian bytes in hex);
    after the v2 upgrade, importing the same file again must still add nothing."""
    sales = write_cp1251_sales(tmp_path)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    keys = [int(k) for k in
            import_service.prepare(fresh, sales, settings=Settings(fresh), as_of=AS_OF)
            .plan.purchases["dedup_key"]]
    fresh.dispose()
    assert len(set(keys)) == len(keys) > 2

    old = tmp_path / "old.sqlite3"
    shutil.copy(STORED / "schema_v1.sqlite3", old)
    conn = sqlite3.connect(old)
    with conn:
        for number, key in enumerate(keys):
            v1_text = "i:" + (key % (1 << 64)).to_bytes(8, "little").hex() + "ab" * 8
            conn.execute("INSERT INTO purchases (customer_id, purchased_on, amount_minor,"
                         " dedup_key) VALUES (1, '1999-01-01', ?, ?)", (number, v1_text))
    conn.close()

    db = open_database(old, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT dedup_key FROM purchases WHERE purchased_on = '1999-01-01'"
            " ORDER BY amount_minor").scalars().all()
        dated = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_purchases_date'").scalar()
    assert stored == keys
    assert dated == 0
    again = import_service.prepare(db, sales, settings=Settings(db), as_of=AS_OF).plan
    assert again.purchases_added == 0
    assert again.purchases_existing == len(keys)
    db.dispose()


def test_failed_step_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(STORED / "schema_v1.sqlite3", copy)

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE customers ADD COLUMN half_done TEXT")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken_step])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.STEPS))
    with pytest.raises(RuntimeError):
        open_database(copy, backup_dir=tmp_path / "backups")
    assert schema_version(copy) == len(migrations.STEPS) - 1  # the steps before it stay done
    columns = [r[1] for r in sqlite3.connect(copy).execute("PRAGMA table_info(customers)")]
    assert "half_done" not in columns


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(db_path)


def test_garbage_file_is_reported_as_damaged(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseCorruptError):
        open_database(db_path)


# What schema v1 stored for the sample files' lines (written by the v1 importer, commit 915e4b9).
V1_KEYS = {
    "cp1251": ["i:1ee6e4c8589b97a10b295a5aa4195935", "i:36ea9f183210d291f691dd9fc91b6884",
               "i:51847a9951823c83a065fdb15e2cefb3", "i:8491bcc4788c1717546d504797baf4a8"],
    "shopify": ["i:54c1542a1d801aa39e55e06a81f8b577", "i:9830eada95fa31d3c6dd85271a881f66",
                "i:b6918ed563169e5c12f95a03e1b6c5b5"],
    # No order column; two identical lines (both kept: the occurrence tells them apart).
    "till": ["i:0fbf0789d1a579adb5e072eb4ca0be3e", "i:35ddfead0c7a54656025043935614659",
             "i:4ab0c195e07800ff4bd9b472260f6909"],
}
TILL = ("Дата;Клиент;Телефон;Товар;Сумма\n" + "01.03.2025;Анна;8 912 345-67-89;Кофе;100\n" * 2
        + "02.03.2025;Борис;;Чай;250,50\n")


@pytest.mark.parametrize("sample", sorted(V1_KEYS))
def test_todays_line_keys_are_the_ones_v1_stored(sample: str, tmp_path: Path) -> None:
    """The upgrade converts stored keys; the importer must still compute the same ones, or every
    re-import after an upgrade would add the whole file again."""
    from app.services.migrations.v002_integer_line_keys import text_key_to_int
    from tests.services.importing.samples import write_shopify, write_text

    writers = {"cp1251": lambda: write_cp1251_sales(tmp_path),
               "shopify": lambda: write_shopify(tmp_path),
               "till": lambda: write_text(tmp_path, "till.csv", TILL, "cp1251")}
    path = writers[sample]()
    db = open_database(tmp_path / "x.sqlite3")
    plan = import_service.prepare(db, path, settings=Settings(db), as_of=AS_OF).plan
    db.dispose()
    assert sorted(plan.purchases["dedup_key"].tolist()) == sorted(
        text_key_to_int(k) for k in V1_KEYS[sample])


def test_step_three_adds_an_empty_predictions_cache(tmp_path: Path) -> None:
    """A shop upgraded from an older schema starts with no predictions: the start of the day
    fits them (predictions.store), and until then the screens show none."""
    copy = tmp_path / "old.sqlite3"
    shutil.copy(STORED / "schema_v1.sqlite3", copy)
    db = open_database(copy, backup_dir=tmp_path / "backups")
    db.dispose()
    conn = sqlite3.connect(copy)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(predictions)")]
    assert columns[:4] == ["customer_id", "next_day", "low_day", "high_day"]
    assert conn.execute("SELECT COUNT(*) FROM predictions").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] > 0
    conn.close()


def test_schema_v2_gains_the_merge_tables_and_keeps_its_customers(tmp_path: Path) -> None:
    """v4 adds customer_merges, customer_identities and duplicate_dismissals; a v2 shop's
    customers can then be merged and the merge undone."""
    from app.services.duplicates import actions

    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    assert schema_version(copy) == 2
    old = sqlite3.connect(copy)
    customers = old.execute("SELECT * FROM customers ORDER BY id").fetchall()
    purchases_of_2 = old.execute("SELECT COUNT(*) FROM purchases WHERE customer_id = 2").fetchone()
    old.close()
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        # Later steps append columns (v6: referral_code); the v2 columns keep their values.
        after = conn.exec_driver_sql("SELECT * FROM customers ORDER BY id").fetchall()
        assert [tuple(r)[:len(customers[0])] for r in after] == customers
        for table in ("customer_merges", "customer_identities", "duplicate_dismissals"):
            assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() == 0
    merge_id = actions.merge(db, 1, 2, as_of=AS_OF)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM purchases WHERE customer_id = 2"
                                    ).scalar() == 0
    actions.unmerge(db, merge_id, as_of=AS_OF, now=dt.datetime(2025, 4, 1, 12))
    with db.engine.connect() as conn:
        assert (conn.exec_driver_sql("SELECT COUNT(*) FROM purchases WHERE customer_id = 2"
                                     ).scalar(),) == purchases_of_2
    db.dispose()


def test_v5_marks_every_stored_line_imported_and_keeps_it(tmp_path: Path) -> None:
    """Upgrading a v2 database adds (step 5) the hand-sale columns; every line it held stays,
    as an imported line (origin NULL) with its key, so undo and re-import treat it as before."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    old = sqlite3.connect(copy)
    before = old.execute("SELECT id, amount_minor, dedup_key FROM purchases ORDER BY id").fetchall()
    old.close()
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        after = conn.exec_driver_sql(
            "SELECT id, amount_minor, dedup_key FROM purchases ORDER BY id").fetchall()
        marked = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM purchases WHERE origin IS NOT NULL OR note IS NOT NULL").scalar()
    db.dispose()
    assert [tuple(r) for r in after] == before and len(before) > 100
    assert marked == 0


def test_schema_v2_gains_the_level_history_with_its_customers_kept(tmp_path: Path) -> None:
    """v6 adds `customer_levels`, whose rows follow their customer (a foreign key, so a merge
    of duplicates moves them and a deletion removes them)."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    assert schema_version(copy) == 2
    before = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM purchases").scalar() == before > 0
        keys = conn.exec_driver_sql("PRAGMA foreign_key_list(customer_levels)").fetchall()
        assert [(k[2], k[3], k[4], k[6]) for k in keys] == [
            ("customers", "customer_id", "id", "CASCADE")]
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM customer_levels").scalar() == 0
    db.dispose()


def test_v7_adds_scores_and_complaints_to_a_v2_database(tmp_path: Path) -> None:
    """The stored v2 database gains the feedback tables, each tied to customers by a real
    foreign key (deleting a customer removes their scores and complaints)."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    assert schema_version(copy) == 2
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.begin() as conn:
        for table in ("scores", "complaints"):
            keys = conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})").all()
            assert ("customers", "customer_id", "id", "CASCADE") in {
                (k[2], k[3], k[4], k[6]) for k in keys}, table
        customer = conn.exec_driver_sql("SELECT MIN(id) FROM customers").scalar()
        conn.exec_driver_sql("INSERT INTO scores (customer_id, scored_on, score, source)"
                             f" VALUES ({customer}, '2026-03-01', 9, 'card')")
        conn.exec_driver_sql("INSERT INTO complaints (customer_id, opened_on, text)"
                             f" VALUES ({customer}, '2026-03-01', 'x')")
        with pytest.raises(Exception, match="CHECK"):
            conn.exec_driver_sql("INSERT INTO scores (customer_id, scored_on, score, source)"
                                 f" VALUES ({customer}, '2026-03-01', 11, 'card')")
        conn.exec_driver_sql(f"DELETE FROM customers WHERE id = {customer}")
        left = conn.exec_driver_sql(
            "SELECT (SELECT COUNT(*) FROM scores) + (SELECT COUNT(*) FROM complaints)").scalar()
    assert left == 0
    db.dispose()


def test_v8_gives_every_stored_customer_a_unique_referral_code(tmp_path: Path) -> None:
    """A v2 shop upgraded: every customer gets a well-formed code, no two alike, and an empty
    referral_rewards table; the customers' other columns are untouched."""
    from tests.services.referrals.helpers import is_well_formed

    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    old = sqlite3.connect(copy)
    names = old.execute("SELECT id, first_name, display_name FROM customers ORDER BY id").fetchall()
    old.close()
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, first_name, display_name, referral_code"
                                    " FROM customers ORDER BY id").fetchall()
        rewards = conn.exec_driver_sql("SELECT COUNT(*) FROM referral_rewards").scalar()
    db.dispose()
    assert [tuple(r[:3]) for r in rows] == names and len(names) > 10
    codes = [r[3] for r in rows]
    assert all(is_well_formed(c) for c in codes)
    assert len(set(codes)) == len(codes)
    assert rewards == 0


def test_schema_v2_database_gets_an_empty_autopilot_outbox(tmp_path: Path) -> None:
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    db = open_database(copy, backup_dir=tmp_path / "backups")
    conn = sqlite3.connect(copy)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(autopilot_outbox)")}
    assert {"task_id", "customer_id", "rule", "subject", "body", "planned_on", "state",
            "reason", "attempts", "message_id", "sending_at", "finished_at"} <= columns
    assert conn.execute("SELECT COUNT(*) FROM autopilot_outbox").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM autopilot_exclusions").fetchone()[0] == 0
    # One automatic message per task: a second row for the same task is refused.
    customer = conn.execute("SELECT MIN(id) FROM customers").fetchone()[0]
    with conn:
        conn.execute("INSERT INTO tasks (customer_id, rule, due_on, occasion_key, priority)"
                     " VALUES (?, 'birthday', '2026-01-01', 'k', 20)", (customer,))
    task = conn.execute("SELECT MAX(id) FROM tasks").fetchone()[0]
    insert = ("INSERT INTO autopilot_outbox (task_id, customer_id, rule, email, subject, body,"
              " planned_on, created_at) VALUES (?, ?, 'birthday', 'a@b.c', 's', 'b',"
              " '2026-01-01', '2026-01-01 09:00')")
    with conn:
        conn.execute(insert, (task, customer))
    with pytest.raises(sqlite3.IntegrityError), conn:
        conn.execute(insert, (task, customer))
    conn.close()
    db.dispose()


def test_v10_gives_a_stored_database_an_empty_points_ledger_that_follows_its_customer(
        tmp_path: Path) -> None:
    """The stored v2 shop gains `points_ledger`, empty (points are off until turned on), with
    rows tied to their customer: a deletion removes them, a missing customer is refused."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    before = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    db = open_database(copy, backup_dir=tmp_path / "backups")
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0] == before > 0
    assert conn.execute("SELECT COUNT(*) FROM points_ledger").fetchone()[0] == 0
    keys = conn.execute("PRAGMA foreign_key_list(points_ledger)").fetchall()
    assert [(k[2], k[3], k[4], k[6]) for k in keys] == [
        ("customers", "customer_id", "id", "CASCADE")]
    customer = conn.execute("SELECT MIN(id) FROM customers").fetchone()[0]
    insert = ("INSERT INTO points_ledger (customer_id, kind, points_minor, day, active_on,"
              " created_at) VALUES (?, ?, 500, '2026-01-01', '2026-01-15', '2026-01-01 09:00')")
    with conn:
        conn.execute(insert, (customer, "adjusted"))
    with pytest.raises(sqlite3.IntegrityError), conn:
        conn.execute(insert, (10**9, "adjusted"))
    with conn:
        conn.execute("DELETE FROM customers WHERE id = ?", (customer,))
    assert conn.execute("SELECT COUNT(*) FROM points_ledger").fetchone()[0] == 0
    conn.close()
    db.dispose()
def test_v11_adds_marketing_consent_unknown_for_stored_customers(tmp_path: Path) -> None:
    """The stored v9 database: its customers keep everything and have no consent recorded."""
    copy = tmp_path / "v9.sqlite3"
    shutil.copy(STORED / "schema_v9.sqlite3", copy)
    assert schema_version(copy) == 9
    db = open_database(copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT display_name, do_not_contact, marketing_consent FROM customers"
            " ORDER BY id").fetchall()
    db.dispose()
    assert [tuple(r) for r in rows] == [("Анна Петрова", 0, None), ("Bob Smith", 1, None)]


def test_v12_keeps_a_stored_shop_unattributed_at_card_version_one(tmp_path: Path) -> None:
    """The stored v2 shop's contacts keep no name (nobody is guessed), every card starts at
    version 1, and the claims and changes tables start empty."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(STORED / "schema_v2.sqlite3", copy)
    old = sqlite3.connect(copy)
    customers, contacts = old.execute(
        "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM contacts)").fetchone()
    old.close()
    db = open_database(copy, backup_dir=tmp_path / "backups")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT COUNT(*), MIN(version), MAX(version) FROM customers"
                        ).fetchone() == (customers, 1, 1)
    assert customers > 0
    assert conn.execute("SELECT COUNT(*), COUNT(by_person) FROM contacts").fetchone() == (
        contacts, 0)
    for table in ("task_claims", "changes", "complaints", "customer_merges"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    conn.close()
    db.dispose()
