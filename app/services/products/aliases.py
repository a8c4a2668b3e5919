"""Products written differently ("Кофе зерно 250г", "кофе в зёрнах 250 г") merged into one: a
map from each written name to its canonical one, stored in the `product_aliases` setting.
Purchases keep their own text (an undo or a re-import sees what the file said); every figure,
pair and suggestion reads the canonical name (`lines.load_product_lines`)."""

from __future__ import annotations

from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.settings import PRODUCT_ALIASES, QT_TRANSLATE_NOOP, Settings


def load(db: Database) -> dict[str, str]:
    return {str(k): str(v) for k, v in Settings(db).get(PRODUCT_ALIASES).items()}


def merge(db: Database, names: list[str], canonical: str) -> None:
    """`names` become `canonical`; names already merged into one of them follow (no chains)."""
    canonical = canonical.strip()
    if not canonical:
        raise UserFacingError(QT_TRANSLATE_NOOP("products", "Choose the name to keep."))
    current = load(db)
    target = current.get(canonical, canonical)
    merged = {name.strip() for name in names} - {target}
    updated = {k: (target if v in merged or v == canonical else v) for k, v in current.items()}
    updated.update(dict.fromkeys(merged, target))
    updated.pop(target, None)
    Settings(db).set(PRODUCT_ALIASES, dict(sorted(updated.items())))


def unmerge(db: Database, name: str) -> None:
    """`name` counts as itself again."""
    current = load(db)
    current.pop(name, None)
    Settings(db).set(PRODUCT_ALIASES, current)
