"""What a server problem means for the owner: a sentence, not a psycopg traceback."""

from __future__ import annotations

import psycopg

from app.services.errors import DatabaseLockedError, UserFacingError
from app.services.team.address import SharedAddress


class SharedDatabaseUnavailableError(UserFacingError):
    """The server cannot be reached or refuses this user."""


def friendly_server_error(exc: BaseException,
                          address: SharedAddress | None) -> UserFacingError | None:
    """The sentence for a connection or server problem; None for anything else (a bug)."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, psycopg.Error):
        return None
    text = str(original).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return SharedDatabaseUnavailableError(
            "The server refused the user name or password.",
            hint="Check them in Settings → Shared database; nothing was changed.")
    if isinstance(original, psycopg.errors.LockNotAvailable | psycopg.errors.DeadlockDetected):
        return DatabaseLockedError(
            "Someone else is changing the same data right now.",
            hint="Try again in a moment; nothing was changed.")
    if isinstance(original, psycopg.OperationalError):
        if address is None:
            return SharedDatabaseUnavailableError(
                "The connection to the shared database was lost.",
                hint="Check that the server is on and this computer is on its network; "
                     "what was not saved was not changed.")
        where = address.host if address.host.startswith("/") else f"{address.host}:{address.port}"
        if "does not exist" in text and "database" in text:
            return SharedDatabaseUnavailableError(
                "There is no database named “%1” on the server.",
                hint="Create it on the server (createdb), or check the name.",
                params=(address.database,))
        return SharedDatabaseUnavailableError(
            "Cannot reach the shared database at %1.",
            hint="Check that the server is on and this computer is on its network; "
                 "nothing was changed.", params=(where,))
    return None
