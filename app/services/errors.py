"""Expected failures with a sentence for the user; anything else is a bug (the crash dialog).

Messages are constant English source strings, so they can be translated (the UI looks them up in
context "errors"); the variable parts go in `params` and fill the `%1`, `%2`… placeholders after
translation. `str(error)` is the filled-in English sentence, for logs and the command line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, params: Sequence[object]) -> str:
    """Replace `%1`…`%9` with `params` in one pass, like QString.arg."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(params[index]) if 0 <= index < len(params) else match.group(0)

    return _PLACEHOLDER.sub(value, text) if params else text


class UserFacingError(Exception):
    """An environment or input problem the user can act on (not a bug)."""

    def __init__(self, message: str, *, hint: str = "", params: Sequence[object] = ()) -> None:
        self.message = message  # English source, may hold %1, %2…
        self.hint = hint
        self.params = tuple(str(p) for p in params)
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """The English message with its parameters filled in."""
        return fill(self.message, self.params)

    @property
    def hint_text(self) -> str:
        return fill(self.hint, self.params)

    def __str__(self) -> str:
        return f"{self.text} {self.hint_text}".strip()


class DatabaseTooNewError(UserFacingError):
    pass


class DatabaseLockedError(UserFacingError):
    pass


class DatabaseCorruptError(UserFacingError):
    pass


class DatabaseReadOnlyError(UserFacingError):
    pass


class DiskFullError(DatabaseReadOnlyError):
    """SQLite could not grow the file (no space left, or a file-size limit)."""


class NotRegularsDatabaseError(UserFacingError):
    """An SQLite file with tables that are not Regulars' (another program's database)."""
