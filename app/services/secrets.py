"""Passwords (the SMTP one, and the shared database's in team mode): kept only in the OS keyring
(never the database, settings, logs or exports).

When the machine has no usable keyring backend (keyring's "fail" backend, or a chainer with
nothing to chain, or the null backend), the password lives in memory for this run only: the UI
says so and asks once per run (a store that `get`s None: see the UI's `obtain_password`).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError

from app.services.settings import QT_TRANSLATE_NOOP as _T

log = logging.getLogger(__name__)

SERVICE = "Regulars SMTP"
DATABASE_SERVICE = "Regulars database"

MSG_NO_BACKEND = _T("secrets", "This computer has no password keychain that Regulars can use, "
                               "so the e-mail password is kept only until Regulars is closed.")
MSG_KEYRING_FAILED = _T("secrets", "The system keychain refused to store the password, so it is "
                                   "kept only until Regulars is closed.")


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str = ""  # English source sentence (context "secrets") when not usable


def keyring_status() -> KeyringStatus:
    """Whether passwords can be stored permanently on this computer."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        log.warning("Keyring unavailable: %s", exc)
        return KeyringStatus(False, "error", MSG_NO_BACKEND)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring | null.Keyring):
        return KeyringStatus(False, name, MSG_NO_BACKEND)
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return KeyringStatus(False, name, MSG_NO_BACKEND)
    return KeyringStatus(True, name)


def account_name(user: str, host: str) -> str:
    return f"{user.strip()}@{host.strip().lower()}"


@dataclass(frozen=True)
class StoreResult:
    in_keyring: bool
    message: str = ""  # English source sentence when the password is only kept in memory


class PasswordStore:
    """Keyring first; memory (for this run only) when there is no usable keyring."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._memory: dict[str, str] = {}

    def get(self, user: str, host: str) -> str | None:
        key = account_name(user, host)
        if key in self._memory:
            return self._memory[key]
        if not keyring_status().usable:
            return None
        try:
            return keyring.get_password(self._service, key)
        except KeyringError as exc:
            log.warning("Could not read a password from the keyring: %s", type(exc).__name__)
            return None

    def set(self, user: str, host: str, password: str) -> StoreResult:
        key = account_name(user, host)
        status = keyring_status()
        if status.usable:
            try:
                keyring.set_password(self._service, key, password)
            except KeyringError as exc:
                log.warning("Keyring refused a password: %s", type(exc).__name__)
            else:
                self._memory.pop(key, None)
                return StoreResult(True)
            self._memory[key] = password
            return StoreResult(False, MSG_KEYRING_FAILED)
        self._memory[key] = password
        return StoreResult(False, status.reason)


_STORE = PasswordStore()
_DATABASE_STORE = PasswordStore(DATABASE_SERVICE)


def password_store() -> PasswordStore:
    """The store for this run of the app (its memory is what "ask once per run" means)."""
    return _STORE


def database_password_store() -> PasswordStore:
    """The shared database's password (team mode), keyed by user and server/database."""
    return _DATABASE_STORE


def shared_database_password(user: str, server: str) -> str | None:
    """Team mode's password: PGPASSWORD when the command's environment sets it, else the
    keyring's; None lets libpq try its own (~/.pgpass, a trusted local socket)."""
    return os.environ.get("PGPASSWORD") or database_password_store().get(user, server)
