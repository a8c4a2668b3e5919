"""A centred, width-capped column for word-wrapped text (empty states, the welcome panel)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centered_column(*widgets: QWidget, max_width: int = 620) -> QHBoxLayout:
    """A row holding `widgets` stacked in a column of at most `max_width`, centred by stretches.

    Centring a word-wrapped QLabel with an alignment flag makes Qt size it for a single line and
    clip the rest; stretches around a width-capped column avoid that.
    """
    column = QWidget()
    column.setMaximumWidth(max_width)
    inner = QVBoxLayout(column)
    for widget in widgets:
        inner.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 4)
    row.addStretch(1)
    return row
