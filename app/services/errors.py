"""Expected failures with a sentence for the user; anything else is a bug (the crash dialog).

Messages are English source strings; the UI passes them through its translator (context "errors").
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An environment or input problem the user can act on (not a bug)."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DatabaseTooNewError(UserFacingError):
    pass


class DatabaseLockedError(UserFacingError):
    pass


class DatabaseCorruptError(UserFacingError):
    pass


class DatabaseReadOnlyError(UserFacingError):
    pass
