"""`today`: exact columns, CSV and JSON, and "what if" dates that leave the real data alone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from app.cli import main
from app.services.demo import create_demo_shop
from app.services.reminders.catalog import priority_of
from app.services.settings import LANGUAGE, MESSAGE_LANGUAGE, Settings

PAST = dt.date(2025, 6, 1)  # never the real today, so the command works on a copy
COLUMNS = ["customer_id", "name", "rule", "due_date", "priority", "reason", "channel", "message"]


def _task_count(db) -> int:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.sqlite_only  # another day's list runs on a copy of the file
def test_today_csv_has_the_issue_columns(db, db_arg, capsys):
    create_demo_shop(db, PAST, seed=7)
    code = main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--language", "en"])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and list(rows[0]) == COLUMNS
    assert all(r["due_date"] <= PAST.isoformat() for r in rows)
    assert [int(r["priority"]) for r in rows] == sorted(int(r["priority"]) for r in rows)
    assert all(int(r["priority"]) == priority_of(r["rule"]) for r in rows)
    assert all(r["reason"] and r["message"] for r in rows)
    assert _task_count(db) == 0  # a date other than today ran on a copy


@pytest.mark.sqlite_only  # another day's list runs on a copy of the file
def test_today_json_in_russian(db, db_arg, capsys):
    create_demo_shop(db, PAST, seed=7)
    main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--format", "json",
          "--language", "ru"])
    rows = json.loads(capsys.readouterr().out)
    assert rows and list(rows[0]) == COLUMNS
    reasons = " ".join(r["reason"] for r in rows)
    assert "дн" in reasons and "days" not in reasons


@pytest.mark.sqlite_only  # another day's list runs on a copy of the file
def test_today_writes_messages_in_the_message_language_unless_told(db, db_arg, capsys):
    """Reasons follow the app's language, messages the language of messages; --language sets
    both."""
    create_demo_shop(db, PAST, seed=7)
    Settings(db).set_many({LANGUAGE.key: "ru", MESSAGE_LANGUAGE.key: "en"})
    main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    reasons = " ".join(r["reason"] for r in rows)
    messages = " ".join(r["message"] for r in rows)
    assert "дн" in reasons and "days" not in reasons
    assert "Hi " in messages and "здравствуйте" not in messages
    main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--format", "json",
          "--language", "ru"])
    messages = " ".join(r["message"] for r in json.loads(capsys.readouterr().out))
    assert "здравствуйте" in messages and "Hi " not in messages


def test_today_rejects_a_bad_date(db_arg, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["today", "--db", db_arg, "--as-of", "27.11.2026"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def _scalar(db, sql: str) -> object:
    conn = db.raw_connection()
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_today_for_the_real_today_refreshes_and_snapshots_like_the_app(
        db, db_arg, capsys, monkeypatch):
    from app.services.clock import Clock
    from app.services.segments.recompute import recompute

    monkeypatch.setattr(Clock, "today", lambda _self: PAST)
    create_demo_shop(db, PAST, seed=7)
    recompute(db, PAST - dt.timedelta(days=1))  # figures from yesterday: stale
    assert main(["today", "--db", db_arg, "--language", "en"]) == 0
    assert capsys.readouterr().out.startswith(",".join(COLUMNS))
    assert _scalar(db, "SELECT COUNT(*) FROM customer_stats WHERE computed_as_of != '"
                   + PAST.isoformat() + "'") == 0
    assert _scalar(db, "SELECT COUNT(*) FROM segment_snapshots WHERE taken_on = '"
                   + PAST.isoformat() + "'") > 0
    assert _task_count(db) > 0


@pytest.mark.sqlite_only  # another day's list runs on a copy of the file
def test_today_prints_every_due_reminder_and_limit_prints_the_days_list(db, db_arg, capsys):
    create_demo_shop(db, PAST, seed=7)
    main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--language", "en"])
    every = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(every) > 15  # the daily capacity (15 by default) is the page's, not the command's
    assert len({r["customer_id"] for r in every}) == len(every)
    main(["today", "--db", db_arg, "--as-of", PAST.isoformat(), "--language", "en",
          "--limit", "5"])
    limited = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(limited[0]) == COLUMNS
    # Five, in the list's order: the greetings due today (the day or never) and the most
    # important of the others.
    assert len(limited) == 5 and all(row in every for row in limited)
    assert [every.index(row) for row in limited] == sorted(every.index(row) for row in limited)
    greetings = [row for row in every if row["rule"] == "birthday"]
    assert 0 < len(greetings) <= 5 and all(row in limited for row in greetings)


def test_today_rejects_a_negative_limit(db_arg, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["today", "--db", db_arg, "--limit", "-3"])
    assert exc.value.code == 2
    assert "number of people" in capsys.readouterr().err


def test_another_day_on_a_shared_server_is_refused_and_writes_nothing(db, db_arg, engine, capsys):
    if engine != "postgresql":
        pytest.skip("a shared server's refusal (the file's copy is tested above)")
    create_demo_shop(db, PAST, seed=7)
    assert main(["today", "--db", db_arg, "--as-of", PAST.isoformat()]) == 2
    assert "shared server" in capsys.readouterr().err
    assert _task_count(db) == 0
