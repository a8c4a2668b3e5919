"""Who is using the app on this laptop: a name, asked once per laptop in team mode.

The name lives in a small file in the app's data folder, not in the shared database: two
laptops on one server are two people, and one laptop keeps its person whichever database it
opens. The solo owner is never asked; rows they write carry no name (nobody else to tell apart).

The services that record who did something (contacts, complaints, merges, claims) read the
current person from here instead of taking it from every caller: the many ways a contact is
logged (Today, the card, autopilot, bulk sends) would each have to pass it along. The app sets
it once at start (`load()`), tests with `set_current()`.
"""

from __future__ import annotations

import json
import logging

from app.services import paths

log = logging.getLogger(__name__)

FILE_NAME = "person.json"
NAME_LIMIT = 40

_current: str | None = None


def current() -> str | None:
    """The person using the app now; None in solo mode or before a name was given."""
    return _current


def set_current(name: str | None) -> None:
    global _current
    _current = clean(name) or None


def clean(name: str | None) -> str:
    """One line, trimmed, short enough for a badge ("Anna is writing")."""
    return " ".join((name or "").split())[:NAME_LIMIT]


def stored_name() -> str | None:
    """This laptop's person, or None when nobody gave a name yet (or the file is damaged)."""
    path = paths.data_dir() / FILE_NAME
    try:
        name = json.loads(path.read_text("utf-8")).get("name")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError):
        log.warning("Unreadable %s; the name will be asked again", path)
        return None
    return clean(name) or None if isinstance(name, str) else None


def store_name(name: str) -> str:
    """Remember the laptop's person and make them current; returns the name as kept."""
    kept = clean(name)
    if not kept:
        raise ValueError("empty name")
    (paths.data_dir() / FILE_NAME).write_text(json.dumps({"name": kept}), "utf-8")
    set_current(kept)
    return kept


def load(team_mode: bool) -> bool:
    """At start: make the stored name current in team mode. True when a name must be asked."""
    if not team_mode:
        set_current(None)
        return False
    set_current(stored_name())
    return _current is None
