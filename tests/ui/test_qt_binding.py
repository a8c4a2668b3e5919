"""The Qt binding must not leak references to None/True/False: PySide6 6.12.0 takes one away on
every void call and signal emit, and Python 3.11 aborts ("none_dealloc") once they run out — the
app would die after some minutes of normal use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_void_calls_and_signals_keep_none_and_bools_alive(qtbot) -> None:
    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = [sys.getrefcount(v) for v in (None, True, False)]
    for _ in range(2_000):
        label.setText("x")
        box.setChecked(True)
        box.setChecked(False)
    after = [sys.getrefcount(v) for v in (None, True, False)]
    # A few references may come and go with the interpreter's own work; thousands may not.
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
