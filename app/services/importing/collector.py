"""Python's cycle collector switched off for a whole process that only imports (the CLI).

A million-line import makes millions of objects and no reference cycles worth collecting; the
collector would walk the young ones again and again. The switch is process-wide, so only a caller
that owns the whole process may ask for it: the GUI never does, since its GUI thread keeps
running (and making garbage) while a worker thread imports. Loads no pandas, so the CLI can use
it before the importer loads.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """The collector off for the body (also as a decorator), then as it was before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
