"""Render resources/icons/regulars.svg to the PNG and ICO files the packaged app needs.

    python tools/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "regulars.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "regulars.png"))
    big = ICONS / "regulars-512.png"
    render(512).save(str(big))
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    Image.open(big).save(ICONS / "regulars.ico", sizes=sizes)
    big.unlink()
    print("wrote regulars.png and regulars.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
