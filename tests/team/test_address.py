"""The shared server's address: parsed from what the owner or a script types, never a password."""

from __future__ import annotations

import pytest

from app.services.errors import UserFacingError
from app.services.team.address import SharedAddress, is_shared_address
from app.services.team.connection import translate


def test_a_network_address_is_read_whole() -> None:
    address = SharedAddress.parse("postgresql://anna@shop-server:5433/regulars")
    assert address == SharedAddress("shop-server", 5433, "regulars", "anna")
    assert address.url() == "postgresql://anna@shop-server:5433/regulars"


def test_a_socket_folder_and_defaults() -> None:
    address = SharedAddress.parse("postgresql://@/shop?host=/tmp/pg%20sock")
    assert address == SharedAddress("/tmp/pg sock", 5432, "shop", "postgres")
    assert SharedAddress.parse(address.url()) == address


@pytest.mark.parametrize("text", [
    "postgresql://anna:secret@server/shop",   # a password would reach history and settings
    "postgresql://server",                    # no database
    "mysql://anna@server/shop",
    "postgresql://anna@server:port/shop",
])
def test_unusable_addresses_get_a_sentence(text: str) -> None:
    with pytest.raises(UserFacingError):
        SharedAddress.parse(text)


def test_only_server_addresses_are_shared() -> None:
    assert is_shared_address("postgresql://a@b/c")
    assert is_shared_address("postgres://a@b/c")
    assert not is_shared_address("shop.sqlite3")
    assert not is_shared_address("C:\\postgresql\\shop.sqlite3")


def test_the_password_comes_from_the_environment_or_the_keychain(monkeypatch) -> None:
    from app.services.secrets import database_password_store, shared_database_password

    def password_for(address: SharedAddress) -> str | None:
        return shared_database_password(address.user, address.keychain_host)

    address = SharedAddress("server", 5432, "shop", "anna")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert password_for(address) is None
    database_password_store().set("anna", address.keychain_host, "from-keychain")
    assert password_for(address) == "from-keychain"
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert password_for(address) == "from-env"


@pytest.mark.parametrize(("sqlite", "postgres"), [
    ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
    ("SELECT '?', \"x?\" FROM t WHERE b = ?", "SELECT '?', \"x?\" FROM t WHERE b = %s"),
    ("SELECT a FROM t WHERE b LIKE '%x' AND c = ?",
     "SELECT a FROM t WHERE b LIKE '%%x' AND c = %s"),
    ("SELECT a % 7 FROM t WHERE b = ?", "SELECT a %% 7 FROM t WHERE b = %s"),
])
def test_placeholders_are_translated_outside_quotes(sqlite: str, postgres: str) -> None:
    assert translate(sqlite) == postgres


def test_named_placeholders_are_translated_too() -> None:
    assert translate("SELECT a FROM t WHERE (:since IS NULL OR d >= :since) AND e = ':x'",
                     named=True) == (
        "SELECT a FROM t WHERE (%(since)s IS NULL OR d >= %(since)s) AND e = ':x'")
