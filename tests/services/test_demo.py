"""The demo shop: big enough, varied, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from app.services import paths
from app.services.database import open_database
from app.services.demo import create_demo_shop, demo_language, ensure_demo_shop

TODAY = dt.date(2026, 11, 27)


def _dump(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    db = open_database(path)
    conn = db.raw_connection()
    try:
        return (pd.read_sql_query("SELECT * FROM customers ORDER BY id", conn)
                .drop(columns=["created_at", "updated_at"]),
                pd.read_sql_query("SELECT * FROM purchases ORDER BY id", conn))
    finally:
        conn.close()
        db.dispose()


def test_demo_is_realistic_and_varied(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    result = create_demo_shop(db, TODAY, seed=11)
    assert result.customers >= 300
    assert result.purchases >= 2000
    conn = db.raw_connection()
    last = pd.read_sql_query("SELECT customer_id, MAX(purchased_on) AS last, COUNT(*) AS n"
                             " FROM purchases WHERE amount_minor > 0 GROUP BY customer_id", conn)
    names = [r[0] for r in conn.execute("SELECT display_name FROM customers")]
    first = conn.execute("SELECT MIN(purchased_on) FROM purchases").fetchone()[0]
    conn.close()
    age = (pd.Timestamp(TODAY) - pd.to_datetime(last["last"])).dt.days
    assert (age <= 30).sum() > 20, "recent buyers"
    assert (age > 365).sum() > 20, "lost customers"
    assert ((age > 60) & (age <= 365)).sum() > 20, "lapsing customers"
    assert (last["n"] >= 5).sum() > 20, "loyal customers"
    assert all(any("а" <= ch <= "я" for ch in n.lower()) for n in names), "Russian names"
    assert dt.date.fromisoformat(first) <= TODAY - dt.timedelta(days=600), "about two years"


def test_same_seed_gives_the_same_shop(tmp_path: Path) -> None:
    for name in ("a", "b"):
        create_demo_shop(open_database(tmp_path / f"{name}.sqlite3"), TODAY, seed=5)
    a, b = _dump(tmp_path / "a.sqlite3"), _dump(tmp_path / "b.sqlite3")
    pd.testing.assert_frame_equal(a[0], b[0])
    pd.testing.assert_frame_equal(a[1], b[1])
    create_demo_shop(open_database(tmp_path / "c.sqlite3"), TODAY, seed=6)
    assert not _dump(tmp_path / "c.sqlite3")[0].equals(a[0])


def test_ensure_demo_shop_does_not_duplicate(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    first = ensure_demo_shop(db, TODAY)
    second = ensure_demo_shop(db, TODAY)
    assert first == second


def test_english_demo_is_an_english_shop_in_pounds(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo-en.sqlite3")
    result = create_demo_shop(db, TODAY, seed=11, language="en")
    assert result.customers >= 300
    conn = db.raw_connection()
    texts = [str(v) for row in conn.execute(
        "SELECT display_name, first_name, phone_raw, email, telegram, tags FROM customers")
        for v in row if v]
    texts += [str(v) for row in conn.execute("SELECT product, category FROM purchases")
              for v in row if v]
    settings = dict(conn.execute("SELECT key, value_json FROM settings"))
    phones = [r[0] for r in conn.execute("SELECT phone_e164 FROM customers")]
    conn.close()
    assert not [t for t in texts if any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in t)]
    assert "Emma" in " ".join(texts) or "James" in " ".join(texts)
    assert settings["currency"] == '"GBP"' and settings["phone_region"] == '"GB"'
    assert settings["shop_name"] == '"Bean & Leaf"' and settings["language"] == '"en"'
    assert all(p.startswith("+447") and len(p) == 13 for p in phones), "UK mobiles"


def test_russian_demo_names_its_language_and_roubles(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    create_demo_shop(db, TODAY, seed=11)
    conn = db.raw_connection()
    settings = dict(conn.execute("SELECT key, value_json FROM settings"))
    conn.close()
    assert settings["language"] == '"ru"' and settings["currency"] == '"RUB"'
    assert settings["shop_name"] == '"Зерно и лист"'


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "ru_RU.UTF-8"}, "ru"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "uk_UA.UTF-8", "LANG": "en_US.UTF-8"}, "ru"), ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "Russian_Russia.1251"}, "ru"), ({"LANG": "de_DE"}, "en"), ({}, "en"),
])
def test_the_demo_speaks_the_system_language(environ, language) -> None:
    assert demo_language(environ) == language


def test_each_language_has_its_own_demo_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REGULARS_DATA_DIR", str(tmp_path))
    assert paths.demo_db_path("ru").name == "demo.sqlite3"
    assert paths.demo_db_path("en").name == "demo-en.sqlite3"
    assert paths.resolve_db_path(None, demo=True, language="en") == tmp_path / "demo-en.sqlite3"
