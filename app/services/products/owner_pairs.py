"""The owner's own pairs ("with a jacket offer a scarf"), which come before any found pair, and
the suggestions she hid. Stored by product name in the `product_pairs` setting."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.settings import PRODUCT_PAIRS, QT_TRANSLATE_NOOP, Settings

Pair = tuple[str, str]


@dataclass(frozen=True)
class OwnerPairs:
    own: list[Pair] = field(default_factory=list)
    hidden: set[Pair] = field(default_factory=set)


def load(db: Database) -> OwnerPairs:
    stored = Settings(db).get(PRODUCT_PAIRS)
    own = [(str(a), str(b)) for a, b in _pairs(stored.get("owner"))]
    return OwnerPairs(own, {(str(a), str(b)) for a, b in _pairs(stored.get("hidden"))})


def add(db: Database, first: str, then: str) -> None:
    """Adds "with `first` offer `then`" (a hidden pair of the same products is shown again)."""
    first, then = first.strip(), then.strip()
    if not first or not then or first == then:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "products", "Choose two different products for a pair."))
    current = load(db)
    own = [p for p in current.own if p != (first, then)] + [(first, then)]
    _save(db, own, current.hidden - {(first, then)})


def remove(db: Database, first: str, then: str) -> None:
    current = load(db)
    _save(db, [p for p in current.own if p != (first, then)], current.hidden)


def hide(db: Database, first: str, then: str) -> None:
    """Hides a suggestion: neither the found pair nor the owner's own one is offered."""
    current = load(db)
    _save(db, [p for p in current.own if p != (first, then)], current.hidden | {(first, then)})


def _save(db: Database, own: list[Pair], hidden: set[Pair]) -> None:
    Settings(db).set(PRODUCT_PAIRS, {"owner": [list(p) for p in own],
                                     "hidden": [list(p) for p in sorted(hidden)]})


def _pairs(value: object) -> list[tuple[object, object]]:
    if not isinstance(value, list):
        return []
    return [(p[0], p[1]) for p in value if isinstance(p, list) and len(p) == 2]
