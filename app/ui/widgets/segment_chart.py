"""The 5x5 R x F grid, coloured by segment, with customer counts; Lost as a strip below.

Imports matplotlib, so import this module only when the chart is about to be shown. Clicking a
cell or the Lost strip emits `segment_clicked(key)`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.segments.catalog import segment_for

LABEL_SIZE = 7.5
MIN_LABEL_SIZE = 5.5
LABEL_INSET = 0.06  # of a cell's width, each side
LABEL_TOP = 0.94  # of a cell's height: the name hangs from here...
LABEL_BOTTOM = 0.5  # ...and ends above the middle, where the count sits below
# Near-black rather than the palette's text colour: a mid green of the dark look needs it for 4.5:1.
DARK_TEXT = "#111111"
LIGHT_TEXT = "#ffffff"


class SegmentChart(FigureCanvasQTAgg):
    segment_clicked = Signal(str)
    _grid_ax: Axes  # both set by plot()
    _lost_ax: Axes

    def __init__(self, parent: QWidget | None = None) -> None:
        self.figure = Figure(figsize=(5.2, 4.6), dpi=100, layout="constrained")
        # The canvas is unannotated; untyped_calls_exclude (pyproject) does not reach super().
        super().__init__(self.figure)  # type: ignore[no-untyped-call]
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 320)
        self.mpl_connect("button_press_event", self._on_click)
        # A name too long for a small chart is hidden; hovering a cell still says whose it is.
        self.mpl_connect("motion_notify_event", self._on_hover)
        self._names: dict[str, str] = {}
        self._labels: list[tuple[Text, str]] = []  # (text artist, segment name)

    def plot(self, counts: np.ndarray, lost: int, *, colour: Callable[[str], QColor],
             label: Callable[[str], str], r_ticks: list[str], f_ticks: list[str],
             titles: tuple[str, str, str], dark: bool, selected: str | None = None) -> None:
        """counts[r - 1][f - 1]; ticks are R5..R1 and F1..F5 band texts; titles: x, y, Lost."""
        fg = "#e5e7eb" if dark else "#1f2937"
        bg = "#202124" if dark else "#ffffff"
        self.figure.clear()
        self.figure.set_facecolor(bg)
        grid_ax, lost_ax = self.figure.subplots(2, 1, height_ratios=[5, 0.7])
        for ax in (grid_ax, lost_ax):
            ax.set_facecolor(bg)
            ax.tick_params(colors=fg, length=0)
            for spine in ax.spines.values():
                spine.set_visible(False)

        named: set[str] = set()
        self._labels = []
        self._names = {key: label(key) for r in range(1, 6) for f in range(1, 6)
                       for key in (segment_for(r, f),)}
        self._names["lost"] = titles[2]
        for r in range(1, 6):
            for f in range(1, 6):
                key = segment_for(r, f)
                x, y = f - 1, r - 1  # R5 at the top
                face = colour(key)
                edge = fg if key == selected else bg
                grid_ax.add_patch(Rectangle((x, y), 1, 1, facecolor=face.name(), edgecolor=edge,
                                            linewidth=3 if key == selected else 1.5))
                text = text_on(face)
                grid_ax.text(x + 0.5, y + 0.3, f"{int(counts[r - 1][f - 1])}", ha="center",
                             va="center", fontsize=13, fontweight="bold", color=text)
                if key not in named:  # the name once, in the region's top-left cell
                    named.add(key)
                    top = max(rr for rr in range(1, 6) for ff in range(1, 6)
                              if segment_for(rr, ff) == key)
                    left = min(ff for ff in range(1, 6) if segment_for(top, ff) == key)
                    artist = grid_ax.text(left - 1 + LABEL_INSET, top - 1 + LABEL_TOP, label(key),
                                          ha="left", va="top", fontsize=LABEL_SIZE, color=text)
                    self._labels.append((artist, label(key)))
        grid_ax.set_xlim(0, 5)
        grid_ax.set_ylim(0, 5)
        grid_ax.set_xticks([i + 0.5 for i in range(5)], f_ticks, color=fg, fontsize=8)
        grid_ax.set_yticks([i + 0.5 for i in range(5)], list(reversed(r_ticks)), color=fg,
                           fontsize=8)
        grid_ax.set_xlabel(titles[0], color=fg, fontsize=9)
        grid_ax.set_ylabel(titles[1], color=fg, fontsize=9)
        grid_ax.set_aspect("auto")

        face = colour("lost")
        lost_ax.add_patch(Rectangle((0, 0), 5, 1, facecolor=face.name(),
                                    edgecolor=fg if selected == "lost" else bg,
                                    linewidth=3 if selected == "lost" else 1.5))
        lost_ax.text(2.5, 0.5, f"{titles[2]}: {lost}", ha="center", va="center", fontsize=10,
                     fontweight="bold", color=text_on(face))
        lost_ax.set_xlim(0, 5)
        lost_ax.set_ylim(0, 1)
        lost_ax.set_xticks([])
        lost_ax.set_yticks([])
        self._grid_ax, self._lost_ax = grid_ax, lost_ax
        self.draw_idle()

    def draw(self) -> None:
        self._fit_labels()
        super().draw()  # type: ignore[no-untyped-call]  # unannotated canvas, as in __init__

    def _fit_labels(self) -> None:
        """Segment names fit their cell, above the count: one line if it fits, else two, else
        a smaller font (Russian names such as «Потенциально лояльные» are long)."""
        if not self._labels:
            return
        engine = self.figure.get_layout_engine()
        if engine is not None:
            engine.execute(self.figure)  # the axes' final place, before measuring
        renderer = self.get_renderer()
        (x0, y0), (x1, y1) = self._grid_ax.transData.transform([(0, 0), (1, 1)])
        width = (x1 - x0) * (1 - 2 * LABEL_INSET)
        height = (y1 - y0) * (LABEL_TOP - LABEL_BOTTOM)

        def fits() -> bool:
            box = artist.get_window_extent(renderer)
            return bool(box.width <= width and box.height <= height)

        for artist, text in self._labels:
            size = LABEL_SIZE
            artist.set_fontsize(size)
            artist.set_text(text)
            if not fits() and len(text.split()) > 1:
                artist.set_text(_wrap(text))
            while not fits() and size > MIN_LABEL_SIZE:
                size -= 0.5
                artist.set_fontsize(size)
            # Too small a chart to name the segment legibly: the colour and a click still do.
            artist.set_visible(fits())

    def _on_click(self, event: object) -> None:
        key = self._segment_at(event)
        if key is not None:
            self.segment_clicked.emit(key)

    def _on_hover(self, event: object) -> None:
        key = self._segment_at(event)
        self.setToolTip(self._names.get(key, "") if key is not None else "")

    def _segment_at(self, event: object) -> str | None:
        ax = getattr(event, "inaxes", None)
        x, y = getattr(event, "xdata", None), getattr(event, "ydata", None)
        if ax is None or x is None or y is None or not hasattr(self, "_grid_ax"):
            return None
        if ax is self._lost_ax:
            return "lost"
        if ax is self._grid_ax and 0 <= x < 5 and 0 <= y < 5:
            return segment_for(int(y) + 1, int(x) + 1)
        return None

    def cell_centre(self, r: int, f: int) -> tuple[float, float]:
        """Widget pixel position of a cell's centre (for tests that click the chart)."""
        px, py = self._grid_ax.transData.transform((f - 0.5, r - 0.5))
        ratio = self.devicePixelRatioF() or 1.0
        return px / ratio, self.height() - py / ratio


def text_on(face: QColor) -> str:
    """Dark text on a light colour, white on a dark one: whichever reads better (WCAG)."""
    return max((DARK_TEXT, LIGHT_TEXT), key=lambda text: contrast(face, QColor(text)))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (same) to 21 (black on white); 4.5 is the bar for small text."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def _wrap(text: str) -> str:
    words = text.split()
    if len(words) < 2:
        return text
    half = len(words) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])
