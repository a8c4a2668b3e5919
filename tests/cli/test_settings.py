import json
import sqlite3

import pytest

from app.cli import main
from app.services import settings as specs


def stored(db_path, key):
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return None if row is None else json.loads(row[0])


def test_set_then_get_and_list_show_the_value_and_the_default(tmp_path, capsys):
    db = str(tmp_path / "r.sqlite3")
    assert main(["settings", "set", "currency", "GBP", "--db", db]) == 0
    assert main(["settings", "set", "rfm_recency_bands", "20, 45,90,200", "--db", db]) == 0
    assert main(["settings", "set", "send_delay_seconds", "0,5", "--db", db]) == 0
    capsys.readouterr()
    assert stored(db, "currency") == "GBP"
    assert stored(db, "rfm_recency_bands") == [20, 45, 90, 200]
    assert stored(db, "send_delay_seconds") == 0.5
    assert main(["--db", db, "settings", "get", "currency"]) == 0
    assert capsys.readouterr().out == '"GBP"\n'
    assert main(["settings", "list", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "KEY\tVALUE\tDEFAULT"
    assert "currency\t\"GBP\"\t\"RUB\"" in lines
    assert "rfm_recency_bands\t[20, 45, 90, 200]\t[30, 60, 90, 180]" in lines
    keys = [line.split("\t")[0] for line in lines[1:]]
    assert "last_auto_backup" not in keys and "first_run_done" not in keys
    assert len(keys) == len([s for s in specs.SPECS if s.type_name != "hidden"])
    assert main(["settings", "list", "--format", "json", "--db", db]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["send_delay_seconds"] == {"key": "send_delay_seconds", "value": 0.5,
                                          "default": 2.0}


@pytest.mark.parametrize(("key", "value", "sentence"), [
    ("currency", "XYZ", "codes, such as RUB, GBP, EUR."),
    ("smtp_port", "0", "it takes a whole number from 1 to 65535"),
    ("lost_after_days", "soon", "it takes a whole number from 30 to 3650"),
    ("rfm_recency_bands", "90,60,30,10", "each larger than the one before"),
    ("rfm_recency_bands", "30,60", "exactly 4 whole numbers"),
    ("reminder_rules", "[1]", "JSON of the same shape"),
    ("last_auto_backup", "2020-01-01", "There is no setting called 'last_auto_backup'"),
    ("smtp_password", "secret", "kept in the system keychain"),
])
def test_a_wrong_value_or_key_is_a_sentence_and_changes_nothing(tmp_path, capsys, key, value,
                                                                 sentence):
    db = str(tmp_path / "r.sqlite3")
    assert main(["settings", "set", key, value, "--db", db]) == 2
    assert sentence in capsys.readouterr().err
    assert stored(db, key) is None


def test_setting_the_business_type_moves_the_default_scripts_only(tmp_path, capsys):
    db = str(tmp_path / "r.sqlite3")
    rules = '{"rhythm": {"template": "upsell"}, "not_bought": {"template": "soft_reminder"}}'
    assert main(["settings", "set", "reminder_rules", rules, "--db", db]) == 0
    assert main(["settings", "set", "business_type", "tutor", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == 'business_type = "tutor"'
    assert stored(db, "business_type") == "tutor"
    assert stored(db, "reminder_rules") == {"rhythm": {"template": "upsell"},  # her choice
                                           "not_bought": {"template": "rebook"}}
    assert main(["settings", "set", "business_type", "florist", "--db", db]) != 0


def test_the_business_type_brings_its_instalments_window_unless_the_owner_chose_one(tmp_path):
    db = str(tmp_path / "r.sqlite3")
    assert main(["settings", "set", "business_type", "tutor", "--db", db]) == 0
    assert stored(db, "instalment_days") == 14  # lessons are paid in parts
    assert main(["settings", "set", "business_type", "shop", "--db", db]) == 0
    assert stored(db, "instalment_days") == 0  # two purchases of a product are two sales
    assert main(["settings", "set", "instalment_days", "7", "--db", db]) == 0
    assert main(["settings", "set", "business_type", "salon", "--db", db]) == 0
    assert stored(db, "instalment_days") == 7  # her number stays
