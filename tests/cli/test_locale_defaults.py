"""A database first filled from the command line gets the system locale's phone region and
currency, as the window's first run would have suggested; what the owner set stays."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.services.locale_defaults import store_locale_defaults
from app.services.settings import CURRENCY, FIRST_RUN_DONE, PHONE_REGION, Settings
from tests.services.importing import samples

UK_SALES = "Date,Customer,Phone,Amount\n03/04/2025,Jane Roe,07911 123456,12.50\n"


@pytest.fixture
def locale_env(monkeypatch):
    def use(name: str) -> None:
        for key in ("LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(key, raising=False)
        monkeypatch.setenv("LANG", name)
    return use


def _settings(db_path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT key, value_json FROM settings"))
    finally:
        conn.close()


def _phones(db_path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT phone_e164 FROM customers")]
    finally:
        conn.close()


def _cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


def test_a_uk_owners_first_import_reads_uk_numbers(tmp_path, locale_env, capsys) -> None:
    locale_env("en_GB.UTF-8")
    db_path = tmp_path / "new" / "r.sqlite3"
    path = samples.write_text(tmp_path, "uk.csv", UK_SALES, "utf-8")
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 0
    stored = _settings(db_path)
    assert (stored["phone_region"], stored["currency"]) == ('"GB"', '"GBP"')
    assert _phones(db_path) == ["+447911123456"]
    capsys.readouterr()
    # The script is in the locale's language when Settings name none.
    assert main(["message", "1", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Jane" in out and not _cyrillic(out)


def test_a_russian_locale_gets_russia(tmp_path, locale_env, capsys) -> None:
    locale_env("ru_RU.UTF-8")
    db_path = tmp_path / "r.sqlite3"
    path = samples.write_text(tmp_path, "ru.csv",
                              "Дата;Клиент;Телефон;Сумма\n01.03.2026;Анна;8 913 111-22-33;500\n")
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 0
    stored = _settings(db_path)
    assert (stored["phone_region"], stored["currency"]) == ('"RU"', '"RUB"')
    assert _phones(db_path) == ["+79131112233"]
    capsys.readouterr()
    assert main(["message", "1", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Анна" in out and _cyrillic(out.replace("Анна", ""))


def test_what_the_owner_set_is_kept(db, settings) -> None:
    settings.set(PHONE_REGION, "IE")
    assert store_locale_defaults(db, settings, "en_GB.UTF-8") == {"currency": "GBP"}
    assert (settings.get(PHONE_REGION), settings.get(CURRENCY)) == ("IE", "GBP")


def test_nothing_is_stored_after_the_first_run_or_without_a_locale(db, settings) -> None:
    assert store_locale_defaults(db, settings, "C") == {}
    assert store_locale_defaults(db, settings, "") == {}
    settings.set(FIRST_RUN_DONE, True)
    assert store_locale_defaults(db, settings, "en_GB") == {}
    assert Settings(db).get(PHONE_REGION) == PHONE_REGION.default
