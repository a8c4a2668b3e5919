"""Stopping an import the user cancelled, from any step (needs neither pandas nor numpy)."""

from __future__ import annotations

from collections.abc import Callable

Cancelled = Callable[[], bool]  # asked at safe points: True once the user pressed Cancel


class ImportCancelled(Exception):
    """The user cancelled: nothing was changed (a write is rolled back, a read stopped)."""
