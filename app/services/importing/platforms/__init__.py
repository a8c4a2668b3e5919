"""Known platform exports, recognised by their header and imported with no mapping step.

One module per platform declares `FORMATS` (see `base.PlatformFormat`); every module of this
package is found here, so adding a platform is adding a module. `recognise` picks the format a
file's header belongs to: the one whose whole signature is present, the longest one when several
are (a more specific export beats a general one).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from app.services.importing.mapping import normalize_header
from app.services.importing.platforms.base import Money, PlatformFormat

__all__ = ["Money", "PlatformFormat", "all_formats", "by_key", "recognise"]
_INFRASTRUCTURE = {"base", "rules"}  # the modules that declare no platform


@functools.cache
def all_formats() -> tuple[PlatformFormat, ...]:
    found: list[PlatformFormat] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name in _INFRASTRUCTURE or module.name.startswith("_"):
            continue
        loaded = importlib.import_module(f"{__name__}.{module.name}")
        found.extend(getattr(loaded, "FORMATS", ()))
    keys = [f.key for f in found]
    duplicated = {k for k in keys if keys.count(k) > 1}
    if duplicated:
        raise ValueError(f"platform formats declared twice: {sorted(duplicated)}")
    return tuple(found)


def recognise(headers: list[str]) -> PlatformFormat | None:
    names = {normalize_header(h) for h in headers}
    matching = [f for f in all_formats() if f.matches(names)]
    if not matching:
        return None
    return max(matching, key=lambda f: (len(f.signature), f.key))


def by_key(key: str) -> PlatformFormat | None:
    return next((f for f in all_formats() if f.key == key), None)
