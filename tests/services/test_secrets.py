"""The SMTP password lives in the keyring, or (without one) in memory for this run only."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import chainer, fail

from app.services.secrets import SERVICE, PasswordStore, account_name, keyring_status
from app.services.settings import Settings


def test_password_goes_to_the_keyring(fake_keyring, settings: Settings) -> None:
    store = PasswordStore()
    assert keyring_status().usable
    assert store.get("olga@shop.ru", "smtp.example.com") is None
    result = store.set("olga@shop.ru", "smtp.example.com", "s3cret")
    assert result.in_keyring and result.message == ""
    assert fake_keyring.store[(SERVICE, account_name("olga@shop.ru", "smtp.example.com"))] == \
        "s3cret"
    # A new run (a new store) still finds it.
    assert PasswordStore().get("olga@shop.ru", "smtp.example.com") == "s3cret"
    # ...and it is nowhere in the settings.
    assert "s3cret" not in repr(settings.all())


@pytest.mark.parametrize("backend", [fail.Keyring, chainer.ChainerBackend])
def test_no_backend_keeps_password_in_memory_for_this_run(
        backend: type, monkeypatch: pytest.MonkeyPatch) -> None:
    if backend is chainer.ChainerBackend:
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend())
    status = keyring_status()
    assert not status.usable and "keychain" in status.reason
    store = PasswordStore()
    result = store.set("olga", "smtp.example.com", "s3cret")
    assert not result.in_keyring and result.message == status.reason
    assert store.get("olga", "smtp.example.com") == "s3cret"
    assert PasswordStore().get("olga", "smtp.example.com") is None  # the next run asks again
