"""Level keys to words: the owner's own name, or the built-in one in the UI language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.loyalty.ladder import BUILTIN_NAMES, Ladder
from app.services.loyalty.levels import ladder_of, level_of
from app.ui.context import AppContext


def level_label(ladder: Ladder, key: str | None) -> str:
    if not key:
        return ""
    level = ladder.by_key(key)
    if level is not None and level.name.strip():
        return level.name.strip()
    if key in BUILTIN_NAMES:
        return QCoreApplication.translate("loyalty", BUILTIN_NAMES[key][0])
    return key


# Badge colours by place on the ladder (higher = warmer), text stays dark for contrast.
BADGE_COLOURS = ("#e0f2fe", "#dcfce7", "#fef3c7", "#fde2e2", "#ede9fe")


def badge_colour(rank: int) -> str:
    return BADGE_COLOURS[min(max(rank, 0), len(BADGE_COLOURS) - 1)]


def level_badge(context: AppContext, customer_id: int) -> str:
    """A small coloured badge (rich text) of the customer's level, "" when she has none."""
    key = level_of(context.db, customer_id)
    if key is None:
        return ""
    ladder = ladder_of(context.settings)
    return (f" <span style='font-size:small; font-weight:normal; background:"
            f"{badge_colour(ladder.index_of(key))};'>&nbsp;{escape(level_label(ladder, key))}"
            f"&nbsp;</span>")
