"""Segment keys to words in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.segments import catalog as segments_catalog


def segment_label(key: str | None) -> str:
    name = segments_catalog.name_of(key)
    return QCoreApplication.translate("segments", name) if name else (key or "")
